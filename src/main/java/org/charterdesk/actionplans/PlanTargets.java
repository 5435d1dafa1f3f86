package org.charterdesk.actionplans;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.notifications.MailContent;
import org.charterdesk.notifications.MailProperties;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.Outbox;
import org.charterdesk.notifications.StaffRecipients;
import org.charterdesk.security.Actors;
import org.charterdesk.security.StaffGroups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily check of an approved plan's target dates: open actions past their target are flagged once, and their
 * owner and the service's managers told; open actions nearing their target with no progress update lately are
 * handed back for a progress step.
 */
@Service
public class PlanTargets {

    private final ActionPlanRepository plans;
    private final PlanActionRepository actions;
    private final PlanProgressRepository progress;
    private final PlanEventRepository events;
    private final Outbox outbox;
    private final WorkingDayCalendar calendar;
    private final CalendarProperties calendarProperties;
    private final MailProperties mail;
    private final PlanProperties properties;
    private final Clock clock;

    PlanTargets(
            ActionPlanRepository plans,
            PlanActionRepository actions,
            PlanProgressRepository progress,
            PlanEventRepository events,
            Outbox outbox,
            WorkingDayCalendar calendar,
            CalendarProperties calendarProperties,
            MailProperties mail,
            PlanProperties properties,
            Clock clock) {
        this.plans = plans;
        this.actions = actions;
        this.progress = progress;
        this.events = events;
        this.outbox = outbox;
        this.calendar = calendar;
        this.calendarProperties = calendarProperties;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
    }

    /** Flags the plan's overdue actions and returns the ids of the open actions nearing their target. */
    @Transactional
    public List<Long> check(Long planId) {
        ActionPlan plan = plans.findById(planId)
                .orElseThrow(() -> new IllegalStateException("There is no action plan " + planId));
        LocalDate today = LocalDate.now(clock.withZone(calendarProperties.zone()));
        LocalDate soon = calendar.addWorkingDays(calendar.dayZero(today), properties.nearingWorkingDays());
        // Counted in whole days back from the start of today, as a person reading the plan would count them.
        Instant updatedSince = today.minusDays(properties.updatedLately().toDays())
                .atStartOfDay(calendarProperties.zone())
                .toInstant();
        List<Long> nearing = new ArrayList<>();
        for (PlanAction action : actions.findByPlanIdOrderById(planId)) {
            if (!action.getStatus().isOpen()) {
                continue;
            }
            if (action.getTargetDate().isBefore(today)) {
                if (action.flagOverdue(today)) {
                    tellOverdue(plan, action);
                }
            } else if (!action.getTargetDate().isAfter(soon) && !updatedSince(action, updatedSince)) {
                nearing.add(action.getId());
            }
        }
        return nearing;
    }

    private boolean updatedSince(PlanAction action, Instant since) {
        return progress.findByActionIdOrderByWrittenAtDesc(action.getId()).stream()
                .findFirst()
                .map(p -> !p.getWrittenAt().isBefore(since))
                .orElse(false);
    }

    private void tellOverdue(ActionPlan plan, PlanAction action) {
        String summary = "Action overdue in '" + plan.getTitle() + "': " + action.getDescription() + " (target "
                + PlainDates.format(action.getTargetDate()) + ")";
        MailContent email = MailContent.to("Hello,", "Overdue action: " + action.getDescription())
                .say("An action of an approved plan has passed its target date and is not complete.")
                .fact("Plan", plan.getTitle())
                .fact("Action", action.getDescription())
                .fact("Owner", action.getOwner())
                .fact("Target date", PlainDates.format(action.getTargetDate()))
                .fact("Status", action.getStatus().displayName())
                .link("Open the plan", mail.link("/plans/" + plan.getId()))
                .build();
        outbox.toStaff(
                null,
                NotificationType.ACTION_OVERDUE,
                StaffRecipients.memberAndGroup(action.getOwner(), StaffGroups.managers(plan.getServiceCode())),
                null,
                summary,
                email);
        events.save(new PlanEvent(plan.getId(), clock.instant(), Actors.SYSTEM, summary));
    }
}

package org.charterdesk.actionplans;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.complaints.CaseEvent;
import org.charterdesk.notifications.MailContent;
import org.charterdesk.notifications.MailProperties;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.Outbox;
import org.charterdesk.security.StaffGroups;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the {@code action-plan} process asks of the plans, as {@code ${actionPlanProcess.…}}: who reviews, who
 * revises, whether a second approval is needed, the open actions and their owners, and the daily check of target
 * dates (overdue actions flagged once, with their owner and the service's managers told).
 */
@Component("actionPlanProcess")
public class ActionPlanProcess {

    private final ActionPlanRepository plans;
    private final PlanActionRepository actions;
    private final PlanProgressRepository progress;
    private final PlanEventRepository events;
    private final Outbox outbox;
    private final WorkingDayCalendar calendar;
    private final CalendarProperties calendarProperties;
    private final MailProperties mail;
    private final Clock clock;
    private final String quarterlyCycle;
    private final String dailyCycle;
    private final int nearingDays;

    ActionPlanProcess(
            ActionPlanRepository plans,
            PlanActionRepository actions,
            PlanProgressRepository progress,
            PlanEventRepository events,
            Outbox outbox,
            WorkingDayCalendar calendar,
            CalendarProperties calendarProperties,
            MailProperties mail,
            Clock clock,
            @Value("${charterdesk.plans.progress-cycle:R/P3M}") String quarterlyCycle,
            @Value("${charterdesk.plans.check-cycle:R/P1D}") String dailyCycle,
            @Value("${charterdesk.plans.nearing-working-days:10}") int nearingDays) {
        this.plans = plans;
        this.actions = actions;
        this.progress = progress;
        this.events = events;
        this.outbox = outbox;
        this.calendar = calendar;
        this.calendarProperties = calendarProperties;
        this.mail = mail;
        this.clock = clock;
        this.quarterlyCycle = quarterlyCycle;
        this.dailyCycle = dailyCycle;
        this.nearingDays = nearingDays;
    }

    public String reviewers(Long planId) {
        return StaffGroups.managers(plan(planId).getServiceCode());
    }

    public String authors(Long planId) {
        String service = plan(planId).getServiceCode();
        return StaffGroups.officers(service) + "," + StaffGroups.managers(service);
    }

    public boolean corporate(Long planId) {
        return plan(planId).isCorporate();
    }

    public String quarterlyCycle() {
        return quarterlyCycle;
    }

    public String dailyCycle() {
        return dailyCycle;
    }

    public void activate(Long planId) {
        ActionPlan plan = plan(planId);
        plan.setStatus(PlanStatus.APPROVED);
        events.save(new PlanEvent(planId, clock.instant(), CaseEvent.SYSTEM, "The plan is approved and in force"));
    }

    public List<Long> openActions(Long planId) {
        return actions.findByPlanIdOrderById(planId).stream()
                .filter(a -> a.getStatus().isOpen())
                .map(PlanAction::getId)
                .toList();
    }

    public String owner(Long actionId) {
        return actions.findById(actionId).orElseThrow().getOwner();
    }

    /**
     * Flags open actions past their target date (once each, telling the owner and the managers) and returns the
     * open actions whose target falls within the next working days and that have had no progress update lately.
     */
    public List<Long> checkTargets(Long planId) {
        ActionPlan plan = plan(planId);
        LocalDate today = LocalDate.now(clock.withZone(calendarProperties.zone()));
        LocalDate soon = calendar.addWorkingDays(calendar.dayZero(today), nearingDays);
        List<Long> nearing = new ArrayList<>();
        for (PlanAction action : actions.findByPlanIdOrderById(planId)) {
            if (!action.getStatus().isOpen()) {
                continue;
            }
            if (action.getTargetDate().isBefore(today)) {
                if (action.flagOverdue(today)) {
                    tellOverdue(plan, action);
                }
            } else if (!action.getTargetDate().isAfter(soon) && !updatedSince(action, today.minusDays(14))) {
                nearing.add(action.getId());
            }
        }
        return nearing;
    }

    private boolean updatedSince(PlanAction action, LocalDate day) {
        return progress.findByActionIdOrderByWrittenAtDesc(action.getId()).stream()
                .findFirst()
                .map(p -> !p.getWrittenAt()
                        .isBefore(day.atStartOfDay(calendarProperties.zone()).toInstant()))
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
        outbox.toStaffMember(null, NotificationType.ACTION_OVERDUE, action.getOwner(), null, summary, email);
        outbox.toStaffGroup(
                null,
                NotificationType.ACTION_OVERDUE,
                StaffGroups.managers(plan.getServiceCode()),
                null,
                summary,
                email);
        events.save(new PlanEvent(plan.getId(), clock.instant(), CaseEvent.SYSTEM, summary));
    }

    private ActionPlan plan(Long planId) {
        return plans.findById(planId).orElseThrow(() -> new IllegalStateException("There is no action plan " + planId));
    }
}

package org.charterdesk.complaints.restrictions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseTimeline;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.ProcedureConflictException;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.charterdesk.work.StepNotFoundException;
import org.charterdesk.work.StepRefusedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A manager's review of a restriction on its review date: extend it, vary it, or lift it, always with a reason. */
@Service
public class RestrictionReviews {

    static final String REVIEW = "ReviewRestriction";

    private final TaskService tasks;
    private final ContactRestrictionRepository restrictions;
    private final RestrictionReviewRepository reviews;
    private final ContactRestrictions contactRestrictions;
    private final CaseFileRepository cases;
    private final CaseTimeline timeline;
    private final InputRules rules;
    private final Clock clock;
    private final CalendarProperties calendar;

    RestrictionReviews(
            TaskService tasks,
            ContactRestrictionRepository restrictions,
            RestrictionReviewRepository reviews,
            ContactRestrictions contactRestrictions,
            CaseFileRepository cases,
            CaseTimeline timeline,
            InputRules rules,
            Clock clock,
            CalendarProperties calendar) {
        this.tasks = tasks;
        this.restrictions = restrictions;
        this.reviews = reviews;
        this.contactRestrictions = contactRestrictions;
        this.cases = cases;
        this.timeline = timeline;
        this.rules = rules;
        this.clock = clock;
        this.calendar = calendar;
    }

    private Task reviewTask(String taskId) {
        Task task = tasks.createTaskQuery()
                .taskId(taskId)
                .processDefinitionKey(ContactRestrictions.PROCESS_KEY)
                .singleResult();
        if (task == null || !REVIEW.equals(task.getTaskDefinitionKey())) {
            throw new StepNotFoundException();
        }
        return task;
    }

    private void check(ReviewInput input, boolean keeps, LocalDate today) {
        rules.check(input)
                .text("reason", input == null ? null : input.reason())
                .rule(
                        keeps
                                && (input.nextReviewOn() == null
                                        || !input.nextReviewOn().isAfter(today)),
                        "nextReviewOn",
                        "Give the next review date, after today")
                .rule(
                        input != null && input.outcome() == ReviewOutcome.VARY && input.varied() == null,
                        "varied",
                        "Say what it now restricts")
                .orThrow();
    }

    /** The open review of a restriction, if there is one and the member may do it. */
    @Transactional(readOnly = true)
    public Optional<String> openReview(long restrictionId, StaffMember member) {
        ContactRestriction r = restrictions.findById(restrictionId).orElseThrow();
        if (!ContactRestrictions.mayRestrict(member, r.getServiceCode())) {
            return Optional.empty();
        }
        return Optional.ofNullable(tasks.createTaskQuery()
                        .processDefinitionKey(ContactRestrictions.PROCESS_KEY)
                        .processInstanceBusinessKey("restriction-" + restrictionId)
                        .taskDefinitionKey(REVIEW)
                        .singleResult())
                .map(Task::getId);
    }

    @Transactional
    public void review(String taskId, ReviewInput input, StaffMember manager) {
        Task task = reviewTask(taskId);
        long id = ((Number) tasks.getVariable(taskId, "restrictionId")).longValue();
        ContactRestriction r = restrictions.findById(id).orElseThrow();
        if (!ContactRestrictions.mayRestrict(manager, r.getServiceCode())) {
            throw new StepRefusedException("Only a manager of the service reviews a restriction");
        }
        CaseFile origin = cases.findById(r.getCaseId()).orElseThrow();
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        boolean keeps = input != null && input.outcome() != null && input.outcome() != ReviewOutcome.LIFT;
        check(input, keeps, today);
        if (input.outcome() == ReviewOutcome.VARY) {
            r.restrict(input.varied(), contactRestrictions.check(input.varied(), origin));
        }
        if (keeps) {
            r.reviewNextOn(input.nextReviewOn());
        } else {
            r.lifted(today);
        }
        reviews.save(new RestrictionReview(
                id,
                manager.username(),
                clock.instant(),
                input.outcome(),
                input.reason().strip(),
                input.nextReviewOn()));
        timeline.record(
                origin,
                manager.username(),
                EventType.RESTRICTION,
                manager.displayName() + " reviewed the contact restriction: "
                        + input.outcome().displayName().toLowerCase()
                        + (keeps ? "; next review " + PlainDates.format(input.nextReviewOn()) : ""));
        if (task.getAssignee() == null) {
            tasks.claim(taskId, manager.username());
        } else if (!task.getAssignee().equals(manager.username())) {
            throw new ProcedureConflictException("Someone else has this review");
        }
        tasks.complete(taskId, Map.of("lifted", !keeps));
    }
}

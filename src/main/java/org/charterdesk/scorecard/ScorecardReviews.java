package org.charterdesk.scorecard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.charterdesk.validation.InvalidInputException;
import org.charterdesk.work.StepNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The customer focus group's six-monthly review of the scorecard: opened by the engine, concluded by the group. */
@Service
public class ScorecardReviews {

    private final ScorecardReviewRepository reviews;
    private final ScorecardSteps steps;
    private final TaskService tasks;
    private final InputRules rules;
    private final AuditLog audit;
    private final Clock clock;

    ScorecardReviews(
            ScorecardReviewRepository reviews,
            ScorecardSteps steps,
            TaskService tasks,
            InputRules rules,
            AuditLog audit,
            Clock clock) {
        this.reviews = reviews;
        this.steps = steps;
        this.tasks = tasks;
        this.rules = rules;
        this.audit = audit;
        this.clock = clock;
    }

    /** The review of the half year ending on this day, opened once. */
    @Transactional
    public Long open(LocalDate halfYearEnd) {
        return reviews.findByHalfYearEnd(halfYearEnd)
                .orElseGet(() -> reviews.save(new ScorecardReview(halfYearEnd)))
                .getId();
    }

    @Transactional(readOnly = true)
    public ReviewSummary find(Long reviewId) {
        return ReviewSummary.of(reviews.findById(reviewId)
                .orElseThrow(() -> InvalidInputException.of("review", "There is no such review")));
    }

    /** Whether the member may record this review's conclusions now. */
    @Transactional(readOnly = true)
    public boolean mayRecord(StaffMember member, Long reviewId) {
        return openStep(reviewId).filter(t -> steps.mayDo(t, member)).isPresent();
    }

    /** The focus group records its conclusions, which closes the review step. */
    @Transactional
    public void record(StaffMember member, Long reviewId, String conclusions) {
        // The review's row is locked first, so that of two members recording at once the second waits, then is told
        // the step has just been done.
        ScorecardReview review = reviews.findWithLockById(reviewId)
                .orElseThrow(() -> InvalidInputException.of("review", "There is no such review"));
        Task task = openStep(reviewId).orElseThrow(StepNotFoundException::new);
        steps.take(task.getId(), member);
        String words = InputRules.stripToNull(conclusions);
        rules.check(conclusions)
                .rule(words == null, "conclusions", "Write what the group concluded")
                .rule(words != null && words.length() > 4000, "conclusions", "Keep it under 4,000 characters")
                .text("conclusions", conclusions)
                .orThrow();
        review.record(words, member.username(), clock.instant());
        audit.recordChange(
                member.username(),
                null,
                "Recorded the scorecard review for the half year ending " + review.getHalfYearEnd() + ": " + words);
        tasks.complete(task.getId());
    }

    private Optional<Task> openStep(Long reviewId) {
        return steps.openStep(ScorecardSteps.REVIEW, "reviewId", reviewId);
    }
}

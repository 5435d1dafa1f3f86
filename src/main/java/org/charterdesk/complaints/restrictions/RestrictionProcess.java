package org.charterdesk.complaints.restrictions;

import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CustomerLetters;
import org.springframework.stereotype.Component;

/** The expressions of the {@code contact-restriction} process, as {@code ${restrictionProcess.…(execution)}}. */
@Component("restrictionProcess")
public class RestrictionProcess {

    private final ContactRestrictionRepository restrictions;
    private final CaseFileRepository cases;
    private final CustomerLetters letters;
    private final CalendarProperties calendar;

    RestrictionProcess(
            ContactRestrictionRepository restrictions,
            CaseFileRepository cases,
            CustomerLetters letters,
            CalendarProperties calendar) {
        this.restrictions = restrictions;
        this.cases = cases;
        this.letters = letters;
        this.calendar = calendar;
    }

    /** The review is due on its date, at the time the day's warnings go. */
    public Date reviewAt(DelegateExecution execution) {
        return Date.from(
                ZonedDateTime.of(restriction(execution).getReviewOn(), calendar.atRiskWarningTime(), calendar.zone())
                        .toInstant());
    }

    /** The customer is told the restriction is lifted. */
    public void lifted(DelegateExecution execution) {
        letters.restrictionLifted(
                cases.findById(restriction(execution).getCaseId()).orElseThrow());
    }

    private ContactRestriction restriction(DelegateExecution execution) {
        long id = ((Number) execution.getVariable("restrictionId")).longValue();
        return restrictions.findById(id).orElseThrow();
    }
}

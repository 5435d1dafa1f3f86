package org.charterdesk.complaints.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseFileRepository;
import org.charterdesk.complaints.CaseNotFoundException;
import org.charterdesk.complaints.ComplaintProcedure;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.complaints.information.InformationRequests;
import org.springframework.stereotype.Component;

/**
 * The dates of the process's timers and task due dates, as {@code ${deadlineDates.…(execution, 'KIND')}}: worked
 * out from the case's deadlines in the database, which the working-day calendar set. {@code 'TRIAGE'} means the
 * case's open stage 1 deadline, whose clock runs while the contact is triaged.
 */
@Component("deadlineDates")
public class DeadlineDates {

    static final String TRIAGE = "TRIAGE";

    private final CaseFileRepository cases;
    private final Deadlines deadlines;
    private final ComplaintProcedure procedure;
    private final CalendarProperties calendar;
    private final InformationRequests information;

    DeadlineDates(
            CaseFileRepository cases,
            Deadlines deadlines,
            ComplaintProcedure procedure,
            CalendarProperties calendar,
            InformationRequests information) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.procedure = procedure;
        this.calendar = calendar;
        this.information = information;
    }

    /** When the at-risk warning of the deadline falls due. */
    public Date atRisk(DelegateExecution execution, String kind) {
        return Date.from(deadlines.atRiskTime(deadline(execution, kind)));
    }

    /** When the deadline is broken: the start of the day after it is due. */
    public Date breach(DelegateExecution execution, String kind) {
        return Date.from(deadlines.breachTime(deadline(execution, kind)));
    }

    /** A task's due date: the last minute of the day it is due. */
    public Date due(DelegateExecution execution, String kind) {
        return Date.from(deadlines.stepDueTime(deadline(execution, kind)));
    }

    /** When the time to ask for stage 2 runs out: the start of the day after the last day. */
    public Date escalationWindowEnds(DelegateExecution execution) {
        LocalDate lastDay = procedure.lastDayToEscalate(execution.getProcessBusinessKey());
        Instant end = lastDay.plusDays(1).atStartOfDay(calendar.zone()).toInstant();
        return Date.from(end);
    }

    /** When the wait for the customer's answer ends: the start of the day after the date it was due by. */
    public Date answerDue(DelegateExecution execution) {
        LocalDate lastDay = information.answerDueOn(execution.getProcessBusinessKey());
        return Date.from(lastDay.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
    }

    CaseDeadline deadline(DelegateExecution execution, String kind) {
        return deadline(caseOf(execution), kind);
    }

    /** The case the process instance runs for, by its business key. */
    CaseFile caseOf(DelegateExecution execution) {
        return cases.findByReference(execution.getProcessBusinessKey())
                .orElseThrow(() -> new CaseNotFoundException(execution.getProcessBusinessKey()));
    }

    CaseDeadline deadline(CaseFile c, String kind) {
        return TRIAGE.equals(kind)
                ? deadlines.forStep(c, ComplaintStep.TRIAGE_CONTACT)
                : deadlines.get(c, DeadlineKind.valueOf(kind));
    }
}

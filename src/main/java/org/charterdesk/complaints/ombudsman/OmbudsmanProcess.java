package org.charterdesk.complaints.ombudsman;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.charterdesk.calendar.CalendarProperties;
import org.springframework.stereotype.Component;

/**
 * The expressions of the {@code complaint-ombudsman} process, as {@code ${ombudsmanProcess.…}}: dates and owners
 * read from the referral's rows, and the service tasks, each handing over to {@link OmbudsmanWork}.
 */
@Component("ombudsmanProcess")
public class OmbudsmanProcess {

    static final String PROCESS_KEY = "complaint-ombudsman";
    static final String REFERRAL_ID = "referralId";

    private final OmbudsmanWork work;
    private final CalendarProperties calendar;

    OmbudsmanProcess(OmbudsmanWork work, CalendarProperties calendar) {
        this.work = work;
        this.calendar = calendar;
    }

    /** The request this instance of the event sub-process answers: the one just recorded, kept in its scope. */
    public void noteRequest(DelegateExecution execution) {
        execution.setVariableLocal("requestId", work.newestRequest(referral(execution)));
    }

    public Date requestDue(Long requestId) {
        return lastMinuteOf(work.request(requestId).getDueOn());
    }

    public Date requestAtRisk(Long requestId) {
        LocalDate day = work.request(requestId).getAtRiskOn();
        return Date.from(ZonedDateTime.of(day, calendar.atRiskWarningTime(), calendar.zone())
                .toInstant());
    }

    public Date requestBreach(Long requestId) {
        return startOf(work.request(requestId).getDueOn().plusDays(1));
    }

    public void requestAtRiskWarning(Long requestId) {
        work.requestAtRisk(requestId);
    }

    public void requestOverdueWarning(Long requestId) {
        work.requestOverdue(requestId);
    }

    public List<Long> recommendationIds(DelegateExecution execution) {
        return work.openRecommendations(referral(execution));
    }

    public boolean hasRecommendations(DelegateExecution execution) {
        return !recommendationIds(execution).isEmpty();
    }

    public String owner(Long recommendationId) {
        return work.recommendation(recommendationId).getOwner();
    }

    public Date recommendationDue(Long recommendationId) {
        return lastMinuteOf(work.recommendation(recommendationId).getDueOn());
    }

    public Date recommendationOverdueAt(Long recommendationId) {
        return startOf(work.recommendation(recommendationId).getDueOn().plusDays(1));
    }

    public void recommendationOverdue(Long recommendationId) {
        work.recommendationOverdue(recommendationId);
    }

    public void close(DelegateExecution execution) {
        work.close(referral(execution));
    }

    private static Long referral(DelegateExecution execution) {
        return ((Number) execution.getVariable(REFERRAL_ID)).longValue();
    }

    private Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(calendar.zone()).toInstant());
    }

    private Date lastMinuteOf(LocalDate day) {
        return Date.from(
                day.plusDays(1).atStartOfDay(calendar.zone()).toInstant().minusSeconds(60));
    }
}

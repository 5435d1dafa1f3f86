package org.charterdesk.reporting;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.charterdesk.actionplans.ActionStatus;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.complaints.deadlines.DeadlineStatus;
import org.charterdesk.complaints.information.WaitingClock;
import org.springframework.stereotype.Component;

/**
 * The rows a report counts, read as narrow projections (a reference and the few columns a figure needs), never as
 * whole cases, and joined in the database rather than through lists of case ids: a year at a large council is
 * 200,000 cases, more than a statement may carry as parameters and more than the heap should hold as entities.
 * The lists come in no particular order; each row names its service, so that one read serves a report of each
 * service and of them all.
 */
@Component
class ReportRows {

    private final EntityManager entityManager;
    private final WaitingClock waitingClock;
    private final ZoneId zone;

    ReportRows(EntityManager entityManager, WaitingClock waitingClock, CalendarProperties calendar) {
        this.entityManager = entityManager;
        this.waitingClock = waitingClock;
        this.zone = calendar.zone();
    }

    Instant start(ReportPeriod period) {
        return period.from().atStartOfDay(zone).toInstant();
    }

    Instant end(ReportPeriod period) {
        return period.to().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Everything a report of the period counts, for some services. */
    record PeriodRows(
            List<Received> received,
            List<Ended> closed,
            List<Ended> withdrawn,
            Map<Stage, List<Sent>> sent,
            List<Completed> completed,
            List<Answer> answers,
            List<LearningAction> learningActions) {

        /** The same rows for only some of the services. */
        PeriodRows of(Collection<String> services) {
            Map<Stage, List<Sent>> sentThere = new EnumMap<>(Stage.class);
            sent.forEach((stage, rows) -> sentThere.put(stage, only(rows, Sent::service, services)));
            return new PeriodRows(
                    only(received, Received::service, services),
                    only(closed, Ended::service, services),
                    only(withdrawn, Ended::service, services),
                    sentThere,
                    only(completed, Completed::service, services),
                    only(answers, Answer::service, services),
                    only(learningActions, LearningAction::service, services));
        }

        private static <T> List<T> only(List<T> rows, Function<T, String> service, Collection<String> services) {
            return rows.stream()
                    .filter(r -> services.contains(service.apply(r)))
                    .toList();
        }
    }

    /** Reads the period's rows for the services, once. */
    PeriodRows load(ReportPeriod period, List<String> services) {
        Map<Stage, List<Sent>> sent = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            sent.put(stage, sent(stage, services, period));
        }
        return new PeriodRows(
                received(period, services),
                ended(period, services, CaseStatus.CLOSED),
                ended(period, services, CaseStatus.WITHDRAWN),
                sent,
                completed(period, services),
                answers(period, services),
                learningActions(period, services));
    }

    /** A case received in the period. */
    record Received(String service, String reference, CaseKind kind, CaseStatus status, Long promiseNotKept) {

        /** A complaint: contacts found not to be complaints are left out. */
        boolean complaint() {
            return kind == CaseKind.COMPLAINT && status != CaseStatus.NOT_A_COMPLAINT;
        }
    }

    private List<Received> received(ReportPeriod period, List<String> services) {
        return entityManager
                .createQuery("""
                select c.service.code, c.reference, c.kind, c.status, c.promiseNotKept from CaseFile c
                where c.service.code in :services and c.receivedOn between :from and :to""", Object[].class)
                .setParameter("services", services)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultStream()
                .map(row -> new Received(
                        (String) row[0], (String) row[1], (CaseKind) row[2], (CaseStatus) row[3], (Long) row[4]))
                .toList();
    }

    /** A case that ended in the period, at the stage it ended at, and whether it was escalated to get there. */
    record Ended(String service, String reference, Stage stage, boolean escalated) {}

    /** Cases that ended with this status in the period (the day they last closed). */
    private List<Ended> ended(ReportPeriod period, List<String> services, CaseStatus status) {
        return entityManager
                .createQuery("""
                select c.service.code, c.reference, c.closedAtStage,
                    case when c.escalationRequestedAt is null then 0 else 1 end
                from CaseFile c where c.service.code in :services and c.status = :status
                and c.closedAt >= :start and c.closedAt < :end""", Object[].class)
                .setParameter("services", services)
                .setParameter("status", status)
                .setParameter("start", start(period))
                .setParameter("end", end(period))
                .getResultStream()
                .map(row ->
                        new Ended((String) row[0], (String) row[1], (Stage) row[2], ((Number) row[3]).intValue() == 1))
                .toList();
    }

    /** How many cases with this status ended in the period. */
    int endedCount(ReportPeriod period, List<String> services, CaseStatus status) {
        return entityManager
                .createQuery("""
                select count(c) from CaseFile c where c.service.code in :services and c.status = :status
                and c.closedAt >= :start and c.closedAt < :end""", Long.class)
                .setParameter("services", services)
                .setParameter("status", status)
                .setParameter("start", start(period))
                .setParameter("end", end(period))
                .getSingleResult()
                .intValue();
    }

    /** How many complaints were received in each month of the period (months with none are left out). */
    Map<YearMonth, Integer> complaintsReceivedByMonth(ReportPeriod period, List<String> services) {
        Map<YearMonth, Integer> byMonth = new HashMap<>();
        entityManager
                .createQuery("""
                select extract(year from c.receivedOn), extract(month from c.receivedOn), count(c)
                from CaseFile c where c.service.code in :services and c.receivedOn between :from and :to
                and c.kind = :complaint and c.status <> :notAComplaint
                group by extract(year from c.receivedOn), extract(month from c.receivedOn)""", Object[].class)
                .setParameter("services", services)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .setParameter("complaint", CaseKind.COMPLAINT)
                .setParameter("notAComplaint", CaseStatus.NOT_A_COMPLAINT)
                .getResultList()
                .forEach(row -> byMonth.put(
                        YearMonth.of(((Number) row[0]).intValue(), ((Number) row[1]).intValue()),
                        ((Number) row[2]).intValue()));
        return byMonth;
    }

    /**
     * A stage's decision sent in the period: its case, outcome and day sent, the day the stage started (receipt, or
     * the start of stage 2), whether the case's charter stops the clock while waiting, the stage's response
     * deadline (its dates are null if the case has none) and the working days the stage waited for the customer.
     */
    record Sent(
            String service,
            String reference,
            Outcome outcome,
            Instant sentAt,
            boolean learning,
            LocalDate startedOn,
            boolean clockStops,
            LocalDate completedOn,
            LocalDate dueOn,
            LocalDate originalDueOn,
            int movedDays,
            int waited) {

        boolean hasDeadline() {
            return completedOn != null;
        }
    }

    private List<Sent> sent(Stage stage, List<String> services, ReportPeriod period) {
        Instant start = start(period);
        Instant end = end(period);
        Map<Long, Integer> waited = waitingClock.daysWaited(stage, services, start, end);
        return entityManager
                .createQuery("""
                select c.id, c.service.code, c.reference, d.outcome, d.sentAt,
                    case when d.learning is null then 0 else 1 end,
                    c.receivedOn, c.stage2StartedOn,
                    case when c.timescales.clockStopsWhileWaiting = true then 1 else 0 end,
                    r.completedOn, r.dueOn, r.originalDueOn, r.pausedDays, r.closureDays
                from StageDecision d join CaseFile c on c.id = d.caseId
                left join CaseDeadline r on r.caseFile = c and r.kind = :kind
                where d.stage = :stage and c.service.code in :services
                and d.sentAt >= :start and d.sentAt < :end""", Object[].class)
                .setParameter("stage", stage)
                .setParameter("kind", DeadlineKind.responseOf(stage))
                .setParameter("services", services)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultStream()
                .map(row -> new Sent(
                        (String) row[1],
                        (String) row[2],
                        (Outcome) row[3],
                        (Instant) row[4],
                        ((Number) row[5]).intValue() == 1,
                        (LocalDate) (stage == Stage.STAGE_1 ? row[6] : row[7]),
                        ((Number) row[8]).intValue() == 1,
                        (LocalDate) row[9],
                        (LocalDate) row[10],
                        (LocalDate) row[11],
                        row[12] == null ? 0 : ((Number) row[12]).intValue() + ((Number) row[13]).intValue(),
                        waited.getOrDefault((Long) row[0], 0)))
                .toList();
    }

    /** A charter deadline completed in the period: whether it was met, warned at risk and marked breached. */
    record Completed(
            String service, String reference, DeadlineKind kind, boolean met, boolean warned, boolean breached) {}

    private List<Completed> completed(ReportPeriod period, List<String> services) {
        return entityManager
                .createQuery("""
                select c.service.code, c.reference, d.kind, d.status, d.completedOn, d.dueOn,
                    case when d.atRiskWarnedAt is null then 0 else 1 end,
                    case when d.breachedAt is null then 0 else 1 end
                from CaseDeadline d join d.caseFile c where c.service.code in :services
                and d.completedOn between :from and :to""", Object[].class)
                .setParameter("services", services)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultStream()
                .map(row -> new Completed(
                        (String) row[0],
                        (String) row[1],
                        (DeadlineKind) row[2],
                        row[3] == DeadlineStatus.COMPLETED && !((LocalDate) row[4]).isAfter((LocalDate) row[5]),
                        ((Number) row[6]).intValue() == 1,
                        ((Number) row[7]).intValue() == 1))
                .toList();
    }

    /** A survey answered in the period. */
    record Answer(String service, String reference, int ease, int keptInformed, int clearAnswer, int satisfied) {}

    private List<Answer> answers(ReportPeriod period, List<String> services) {
        return entityManager
                .createQuery("""
                select c.service.code, c.reference, s.ease, s.keptInformed, s.clearAnswer, s.satisfied
                from SurveyResponse s, CaseFile c where s.caseId = c.id
                and c.service.code in :services and s.submittedAt >= :start and s.submittedAt < :end""", Object[].class)
                .setParameter("services", services)
                .setParameter("start", start(period))
                .setParameter("end", end(period))
                .getResultStream()
                .map(row -> new Answer(
                        (String) row[0],
                        (String) row[1],
                        (Integer) row[2],
                        (Integer) row[3],
                        (Integer) row[4],
                        (Integer) row[5]))
                .toList();
    }

    /** A plan action made from the learning of a complaint whose decision, with learning, was sent in the period. */
    record LearningAction(String service, String reference, ActionStatus status) {}

    private List<LearningAction> learningActions(ReportPeriod period, List<String> services) {
        return entityManager
                .createQuery("""
                select c.service.code, c.reference, a.status from PlanAction a, CaseFile c where a.caseId = c.id
                and c.service.code in :services and exists (select 1 from StageDecision d where d.caseId = c.id
                    and d.learning is not null and d.sentAt >= :start and d.sentAt < :end)""", Object[].class)
                .setParameter("services", services)
                .setParameter("start", start(period))
                .setParameter("end", end(period))
                .getResultStream()
                .map(row -> new LearningAction((String) row[0], (String) row[1], (ActionStatus) row[2]))
                .toList();
    }
}

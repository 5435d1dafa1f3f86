package org.charterdesk.reporting;

import jakarta.persistence.EntityManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The rows behind a report's figures, read when a figure's list of cases is opened (the figures themselves are
 * counted by the database, {@link ReportCounts}): narrow rows (a reference and the few columns a figure's test
 * needs), never whole cases, and joined in the database rather than through lists of case ids: a year at a large
 * council is 200,000 cases, more than a statement may carry as parameters and more than the heap should hold as
 * entities. Plain SQL through JDBC, dates read straight into {@code java.time}.
 */
@Component
class ReportRows {

    /** The case, its service and its reference, as every row below starts. */
    private static final String CASES = " from case_file c join council_service s on s.id = c.service_id ";

    private final EntityManager entityManager;
    private final NamedParameterJdbcTemplate jdbc;
    private final WaitingClock waitingClock;
    private final ZoneId zone;

    ReportRows(
            EntityManager entityManager,
            NamedParameterJdbcTemplate jdbc,
            WaitingClock waitingClock,
            CalendarProperties calendar) {
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.waitingClock = waitingClock;
        this.zone = calendar.zone();
    }

    Instant start(ReportPeriod period) {
        return period.start(zone);
    }

    Instant end(ReportPeriod period) {
        return period.end(zone);
    }

    /** The cases received in the period, in reference order (as every list below is). */
    List<Received> received(ReportPeriod period, List<String> services) {
        return byReference(received(new Read(period, services)), Received::reference);
    }

    /** The cases that ended with this status in the period. */
    List<Ended> ended(ReportPeriod period, List<String> services, CaseStatus status) {
        return byReference(ended(new Read(period, services), status), Ended::reference);
    }

    /** The stage's decisions sent in the period. */
    List<Sent> sent(ReportPeriod period, List<String> services, Stage stage) {
        return byReference(sent(new Read(period, services), stage), Sent::reference);
    }

    /** The charter deadlines completed in the period. */
    List<Completed> completed(ReportPeriod period, List<String> services) {
        return byReference(completed(new Read(period, services)), Completed::reference);
    }

    /** The surveys answered in the period. */
    List<Answer> answers(ReportPeriod period, List<String> services) {
        return byReference(answers(new Read(period, services)), Answer::reference);
    }

    /** The plan actions made from the learning of complaints decided in the period. */
    List<LearningAction> learningActions(ReportPeriod period, List<String> services) {
        return byReference(learningActions(new Read(period, services)), LearningAction::reference);
    }

    private static <T> List<T> byReference(List<T> rows, Function<T, String> reference) {
        List<T> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(reference));
        return sorted;
    }

    /**
     * One read of a period: its parameters, and the service codes as the caller gave them, so that 200,000 rows
     * share a handful of strings rather than each holding its own copy.
     */
    private final class Read {

        final ReportPeriod period;
        final List<String> services;
        final MapSqlParameterSource parameters;

        Read(ReportPeriod period, List<String> services) {
            this.period = period;
            this.services = services;
            this.parameters = new MapSqlParameterSource()
                    .addValue("services", services)
                    .addValue("from", period.from())
                    .addValue("to", period.to())
                    .addValue("start", start(period).atOffset(ZoneOffset.UTC))
                    .addValue("end", end(period).atOffset(ZoneOffset.UTC));
        }

        String service(String code) {
            int known = services.indexOf(code);
            return known < 0 ? code : services.get(known);
        }

        <T> List<T> rows(String sql, MapSqlParameterSource extra, RowReader<T> reader) {
            MapSqlParameterSource all = new MapSqlParameterSource(parameters.getValues());
            all.addValues(extra.getValues());
            return jdbc.query(sql, all, (rs, n) -> reader.read(rs));
        }
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** A case received in the period. */
    record Received(String service, String reference, CaseKind kind, CaseStatus status, Long promiseNotKept) {

        /** A complaint: contacts found not to be complaints are left out. */
        boolean complaint() {
            return kind == CaseKind.COMPLAINT && status != CaseStatus.NOT_A_COMPLAINT;
        }
    }

    private List<Received> received(Read read) {
        return read.rows(
                "select s.code, c.reference, c.kind, c.status, c.promise_not_kept" + CASES
                        + "where s.code in (:services) and c.received_on between :from and :to",
                new MapSqlParameterSource(),
                rs -> new Received(
                        read.service(rs.getString(1)),
                        rs.getString(2),
                        CaseKind.valueOf(rs.getString(3)),
                        CaseStatus.valueOf(rs.getString(4)),
                        rs.getObject(5, Long.class)));
    }

    /** A case that ended in the period, at the stage it ended at, and whether it was escalated to get there. */
    record Ended(String service, String reference, Stage stage, boolean escalated) {}

    /** Cases that ended with this status in the period (the day they last closed). */
    private List<Ended> ended(Read read, CaseStatus status) {
        return read.rows(
                "select s.code, c.reference, c.closed_at_stage,"
                        + " case when c.escalation_requested_at is null then 0 else 1 end" + CASES
                        + "where s.code in (:services) and c.status = :status"
                        + " and c.closed_at >= :start and c.closed_at < :end",
                new MapSqlParameterSource("status", status.name()),
                rs -> new Ended(
                        read.service(rs.getString(1)),
                        rs.getString(2),
                        rs.getString(3) == null ? null : Stage.valueOf(rs.getString(3)),
                        rs.getInt(4) == 1));
    }

    /**
     * A stage's decision sent in the period: its case, outcome and the day it was sent, the day the stage started
     * (receipt, or the start of stage 2), whether the case's charter stops the clock while waiting, the stage's
     * response deadline (its dates are null if the case has none) and the working days the stage waited for the
     * customer.
     */
    record Sent(
            String service,
            String reference,
            Outcome outcome,
            LocalDate sentOn,
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

    private List<Sent> sent(Read read, Stage stage) {
        Map<Long, Integer> waited = waitingClock.daysWaited(stage, read.services, start(read.period), end(read.period));
        return read.rows(
                "select c.id, s.code, c.reference, d.outcome, d.sent_at,"
                        + " case when d.learning is null then 0 else 1 end,"
                        + (stage == Stage.STAGE_1 ? " c.received_on," : " c.stage2_started_on,")
                        + " case when c.clock_stops_while_waiting then 1 else 0 end,"
                        + " r.completed_on, r.due_on, r.original_due_on, r.paused_days + r.closure_days"
                        + " from stage_decision d join case_file c on c.id = d.case_id"
                        + " join council_service s on s.id = c.service_id"
                        + " left join case_deadline r on r.case_id = c.id and r.kind = :kind"
                        + " where d.stage = :stage and s.code in (:services)"
                        + " and d.sent_at >= :start and d.sent_at < :end",
                new MapSqlParameterSource("stage", stage.name())
                        .addValue("kind", DeadlineKind.responseOf(stage).name()),
                rs -> new Sent(
                        read.service(rs.getString(2)),
                        rs.getString(3),
                        Outcome.valueOf(rs.getString(4)),
                        LocalDate.ofInstant(
                                rs.getObject(5, OffsetDateTime.class).toInstant(), zone),
                        rs.getInt(6) == 1,
                        rs.getObject(7, LocalDate.class),
                        rs.getInt(8) == 1,
                        rs.getObject(9, LocalDate.class),
                        rs.getObject(10, LocalDate.class),
                        rs.getObject(11, LocalDate.class),
                        rs.getInt(12),
                        waited.getOrDefault(rs.getLong(1), 0)));
    }

    /** A charter deadline completed in the period: whether it was met, warned at risk and marked breached. */
    record Completed(
            String service, String reference, DeadlineKind kind, boolean met, boolean warned, boolean breached) {}

    private List<Completed> completed(Read read) {
        return read.rows(
                "select s.code, c.reference, d.kind,"
                        + " case when d.status = :completed and d.completed_on <= d.due_on then 1 else 0 end,"
                        + " case when d.at_risk_warned_at is null then 0 else 1 end,"
                        + " case when d.breached_at is null then 0 else 1 end"
                        + " from case_deadline d join case_file c on c.id = d.case_id"
                        + " join council_service s on s.id = c.service_id"
                        + " where s.code in (:services) and d.completed_on between :from and :to",
                new MapSqlParameterSource("completed", DeadlineStatus.COMPLETED.name()),
                rs -> new Completed(
                        read.service(rs.getString(1)),
                        rs.getString(2),
                        DeadlineKind.valueOf(rs.getString(3)),
                        rs.getInt(4) == 1,
                        rs.getInt(5) == 1,
                        rs.getInt(6) == 1));
    }

    /** A survey answered in the period. */
    record Answer(String service, String reference, int ease, int keptInformed, int clearAnswer, int satisfied) {}

    private List<Answer> answers(Read read) {
        return read.rows(
                "select s.code, c.reference, a.ease, a.kept_informed, a.clear_answer, a.satisfied"
                        + " from survey_response a join case_file c on c.id = a.case_id"
                        + " join council_service s on s.id = c.service_id"
                        + " where s.code in (:services) and a.submitted_at >= :start and a.submitted_at < :end",
                new MapSqlParameterSource(),
                rs -> new Answer(
                        read.service(rs.getString(1)),
                        rs.getString(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6)));
    }

    /** A plan action made from the learning of a complaint whose decision, with learning, was sent in the period. */
    record LearningAction(String service, String reference, ActionStatus status) {}

    private List<LearningAction> learningActions(Read read) {
        return read.rows(
                "select s.code, c.reference, a.status from plan_action a join case_file c on c.id = a.case_id"
                        + " join council_service s on s.id = c.service_id where s.code in (:services)"
                        + " and exists (select 1 from stage_decision d where d.case_id = c.id"
                        + " and d.learning is not null and d.sent_at >= :start and d.sent_at < :end)",
                new MapSqlParameterSource(),
                rs -> new LearningAction(
                        read.service(rs.getString(1)), rs.getString(2), ActionStatus.valueOf(rs.getString(3))));
    }
}

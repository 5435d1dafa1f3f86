package org.charterdesk.reporting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.charterdesk.actionplans.ActionStatus;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.complaints.deadlines.DeadlineStatus;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A report's figures counted by the database: a year at a large council is 200,000 cases, so what comes back is
 * counts and sums grouped by service (and, where a figure needs working days, by the dates the calendar is applied
 * to), never the cases themselves. Each group names its service, so that one read serves a report of each service
 * and of them all. The lists behind the figures are read apart, when one is opened ({@link ReportRows}).
 */
@Component
class ReportCounts {

    /** The case and its service, as every count below starts. */
    private static final String CASES =
            " join case_file c on c.id = x.case_id join council_service s on s.id = c.service_id ";

    /** The cases and their services, for counts of the cases themselves. */
    private static final String FROM_CASES = " from case_file c join council_service s on s.id = c.service_id";

    private static final int SECONDS_A_DAY = 86_400;

    private final NamedParameterJdbcTemplate jdbc;
    private final ZoneId zone;

    ReportCounts(NamedParameterJdbcTemplate jdbc, CalendarProperties calendar) {
        this.jdbc = jdbc;
        this.zone = calendar.zone();
    }

    /** Everything a report of a period counts, for some services, each group with its service. */
    record PeriodCounts(
            List<Received> received,
            List<Ended> ended,
            List<Promise> promises,
            Map<Stage, StageCounts> stages,
            List<Learned> learned,
            List<Standard> standards,
            List<Answers> answers,
            List<Actions> actions,
            List<Learned> casesWithActions) {

        /** The same counts for only some of the services. */
        PeriodCounts of(Collection<String> services) {
            Map<Stage, StageCounts> there = new EnumMap<>(Stage.class);
            stages.forEach((stage, counts) -> there.put(stage, counts.of(services)));
            return new PeriodCounts(
                    only(received, Received::service, services),
                    only(ended, Ended::service, services),
                    only(promises, Promise::service, services),
                    there,
                    only(learned, Learned::service, services),
                    only(standards, Standard::service, services),
                    only(answers, Answers::service, services),
                    only(actions, Actions::service, services),
                    only(casesWithActions, Learned::service, services));
        }
    }

    /** A stage's decisions sent in the period, counted for each figure about them. */
    record StageCounts(
            List<Outcomes> outcomes,
            List<DaysCount> sentOn,
            List<DaysCount> startedOn,
            List<Deadlines> deadlines,
            List<Waited> waited) {

        StageCounts of(Collection<String> services) {
            return new StageCounts(
                    only(outcomes, Outcomes::service, services),
                    only(sentOn, DaysCount::service, services),
                    only(startedOn, DaysCount::service, services),
                    only(deadlines, Deadlines::service, services),
                    only(waited, Waited::service, services));
        }
    }

    private static <T> List<T> only(List<T> rows, Function<T, String> service, Collection<String> services) {
        return rows.stream().filter(r -> services.contains(service.apply(r))).toList();
    }

    /** Cases of a kind received; {@code complaint}: not found, for a complaint, not to be one. */
    record Received(String service, CaseKind kind, boolean complaint, long count) {}

    /** Cases that ended with a status, at a stage, escalated to it or not. */
    record Ended(String service, CaseStatus status, Stage stage, boolean escalated, long count) {}

    /** Complaints received that said a charter promise (by its lineage) was not kept. */
    record Promise(String service, long lineage, long count) {}

    /** Decisions with an outcome, of cases whose charter stops the clock while waiting or not. */
    record Outcomes(String service, Outcome outcome, boolean clockStops, long count) {}

    /** Decisions whose day (sent, or the stage's start) was this one. */
    record DaysCount(String service, LocalDate day, long count) {}

    /** Decisions whose response deadline had these dates and moved this many days (extensions apart). */
    record Deadlines(
            String service,
            LocalDate completedOn,
            LocalDate dueOn,
            LocalDate originalDueOn,
            int movedDays,
            long count) {}

    /** Decisions whose case waited for the customer at the stage, and the working days waited. */
    record Waited(String service, boolean clockStops, long count, long days) {}

    /** Cases with learning recorded in a decision sent in the period (or, for actions, made into an action). */
    record Learned(String service, long count) {}

    /** Charter deadlines of a kind completed in the period, met, warned at risk and breached. */
    record Standard(String service, DeadlineKind kind, long count, long met, long warned, long breached) {}

    /** Survey answers, and the sum of each question's marks. */
    record Answers(
            String service, long count, long ease, long keptInformed, long clearAnswer, long satisfied, long pleased) {}

    /** Plan actions with a status made from the learning of complaints decided in the period. */
    record Actions(String service, ActionStatus status, long count) {}

    PeriodCounts count(ReportPeriod period, List<String> services) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("services", services)
                .addValue("from", period.from())
                .addValue("to", period.to())
                .addValue("start", utc(period.start(zone)))
                .addValue("end", utc(period.end(zone)));
        List<Learned> learned = new ArrayList<>();
        Map<Stage, StageCounts> stages = stages(parameters, period, learned);
        return new PeriodCounts(
                received(parameters),
                ended(parameters),
                promises(parameters),
                stages,
                learned,
                standards(parameters),
                answers(parameters),
                actions(parameters),
                casesWithActions(parameters));
    }

    /**
     * How many complaints closed on each day of the period, by the day they last closed in the council's zone
     * (days with none are left out): one grouped count, which a monthly trend sums by month.
     */
    Map<LocalDate, Integer> closedByDay(ReportPeriod period, List<String> services) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("services", services)
                .addValue("start", utc(period.start(zone)))
                .addValue("end", utc(period.end(zone)));
        Map<LocalDate, Integer> byDay = new TreeMap<>();
        jdbc.query(
                "select closed_day, count(*) from (select " + localDay("c.closed_at", period, parameters)
                        + " closed_day" + FROM_CASES
                        + " where s.code in (:services) and c.status = '" + CaseStatus.CLOSED.name() + "'"
                        + " and c.closed_at >= :start and c.closed_at < :end) x group by closed_day",
                parameters,
                (RowCallbackHandler) rs -> byDay.put(LocalDate.ofEpochDay(rs.getLong(1)), rs.getInt(2)));
        return byDay;
    }

    /** How many complaints were received in each month of the period (months with none are left out). */
    Map<YearMonth, Integer> complaintsReceivedByMonth(ReportPeriod period, List<String> services) {
        MapSqlParameterSource parameters = new MapSqlParameterSource()
                .addValue("services", services)
                .addValue("from", period.from())
                .addValue("to", period.to());
        Map<YearMonth, Integer> byMonth = new TreeMap<>();
        jdbc.query(
                "select extract(year from c.received_on), extract(month from c.received_on), count(*)" + FROM_CASES
                        + " where s.code in (:services) and c.received_on between :from and :to"
                        + " and c.kind = '" + CaseKind.COMPLAINT.name() + "' and c.status <> '"
                        + CaseStatus.NOT_A_COMPLAINT.name() + "'"
                        + " group by extract(year from c.received_on), extract(month from c.received_on)",
                parameters,
                (RowCallbackHandler) rs -> byMonth.put(YearMonth.of(rs.getInt(1), rs.getInt(2)), rs.getInt(3)));
        return byMonth;
    }

    private static Object utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private <T> List<T> rows(String sql, MapSqlParameterSource parameters, RowReader<T> reader) {
        return jdbc.query(sql, parameters, (rs, n) -> reader.read(rs));
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private List<Received> received(MapSqlParameterSource parameters) {
        return rows(
                "select code, kind, not_one, count(*) from (select s.code, c.kind,"
                        + " case when c.status = '" + CaseStatus.NOT_A_COMPLAINT.name() + "' then 1 else 0 end not_one"
                        + FROM_CASES
                        + " where s.code in (:services) and c.received_on between :from and :to) x"
                        + " group by code, kind, not_one",
                parameters,
                rs -> {
                    CaseKind kind = CaseKind.valueOf(rs.getString(2));
                    return new Received(
                            rs.getString(1), kind, kind == CaseKind.COMPLAINT && rs.getInt(3) == 0, rs.getLong(4));
                });
    }

    private List<Ended> ended(MapSqlParameterSource parameters) {
        return rows(
                "select code, status, closed_at_stage, escalated, count(*) from (select s.code, c.status,"
                        + " c.closed_at_stage, case when c.escalation_requested_at is null then 0 else 1 end escalated"
                        + FROM_CASES
                        + " where s.code in (:services) and c.status in ('" + CaseStatus.CLOSED.name() + "', '"
                        + CaseStatus.WITHDRAWN.name() + "') and c.closed_at >= :start and c.closed_at < :end) x"
                        + " group by code, status, closed_at_stage, escalated",
                parameters,
                rs -> new Ended(
                        rs.getString(1),
                        CaseStatus.valueOf(rs.getString(2)),
                        rs.getString(3) == null ? null : Stage.valueOf(rs.getString(3)),
                        rs.getInt(4) == 1,
                        rs.getLong(5)));
    }

    private List<Promise> promises(MapSqlParameterSource parameters) {
        return rows(
                "select s.code, c.promise_not_kept, count(*)"
                        + FROM_CASES
                        + " where s.code in (:services) and c.received_on between :from and :to"
                        + " and c.promise_not_kept is not null and c.kind = '" + CaseKind.COMPLAINT.name() + "'"
                        + " and c.status <> '" + CaseStatus.NOT_A_COMPLAINT.name() + "'"
                        + " group by s.code, c.promise_not_kept",
                parameters,
                rs -> new Promise(rs.getString(1), rs.getLong(2), rs.getLong(3)));
    }

    /**
     * Both stages' decisions sent in the period, joined to their cases and response deadlines once (a common table)
     * and then counted five ways: by outcome, by the day sent, by the day the stage started, by the response
     * deadline's dates, and the cases with learning (each once, though both its stages had some).
     */
    private Map<Stage, StageCounts> stages(MapSqlParameterSource common, ReportPeriod period, List<Learned> learned) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(common.getValues());
        String sql = stagesSql(localDay("x.sent_at", period, parameters));
        Map<Stage, StageCounts> stages = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            stages.put(
                    stage,
                    new StageCounts(
                            new ArrayList<>(),
                            new ArrayList<>(),
                            new ArrayList<>(),
                            new ArrayList<>(),
                            waited(parameters, stage)));
        }
        jdbc.query(sql, parameters, rs -> {
            String service = rs.getString(2);
            long count = rs.getLong(9);
            String part = rs.getString(1);
            if (part.equals("learned")) {
                learned.add(new Learned(service, count));
                return;
            }
            StageCounts stage = stages.get(Stage.valueOf(rs.getString(3)));
            switch (part) {
                case "outcome" ->
                    stage.outcomes()
                            .add(new Outcomes(service, Outcome.valueOf(rs.getString(4)), rs.getLong(8) == 1, count));
                case "sent" -> stage.sentOn().add(new DaysCount(service, LocalDate.ofEpochDay(rs.getLong(8)), count));
                case "started" ->
                    stage.startedOn().add(new DaysCount(service, rs.getObject(5, LocalDate.class), count));
                default ->
                    stage.deadlines()
                            .add(new Deadlines(
                                    service,
                                    rs.getObject(5, LocalDate.class),
                                    rs.getObject(6, LocalDate.class),
                                    rs.getObject(7, LocalDate.class),
                                    rs.getInt(8),
                                    count));
            }
        });
        return stages;
    }

    /** The statement {@link #stages} runs, given how to work out the day a decision was sent. */
    private static String stagesSql(String sentDay) {
        return "with sent as (select s.code, x.case_id, x.stage, x.outcome, " + sentDay + " sent_day,"
                + " case when x.stage = '" + Stage.STAGE_1.name() + "' then c.received_on else c.stage2_started_on end"
                + " started_on, case when c.clock_stops_while_waiting then 1 else 0 end stops,"
                + " case when x.learning is null then 0 else 1 end learning,"
                + " r.completed_on, r.due_on, r.original_due_on, r.paused_days + r.closure_days moved"
                + " from stage_decision x" + CASES
                + " left join case_deadline r on r.case_id = x.case_id and r.kind = case when x.stage = '"
                + Stage.STAGE_1.name() + "' then '"
                + DeadlineKind.responseOf(Stage.STAGE_1).name() + "' else '"
                + DeadlineKind.responseOf(Stage.STAGE_2).name() + "' end"
                + " where s.code in (:services) and x.sent_at >= :start and x.sent_at < :end)"
                + " select 'outcome' part, code, stage, outcome, cast(null as date) day1, cast(null as date) day2,"
                + " cast(null as date) day3, stops number, count(*) n from sent group by code, stage, outcome, stops"
                + " union all select 'sent', code, stage, null, null, null, null, sent_day, count(*)"
                + " from sent group by code, stage, sent_day"
                + " union all select 'started', code, stage, null, started_on, null, null, 0, count(*)"
                + " from sent group by code, stage, started_on"
                + " union all select 'deadline', code, stage, null, completed_on, due_on, original_due_on, moved,"
                + " count(*) from sent where completed_on is not null"
                + " group by code, stage, completed_on, due_on, original_due_on, moved"
                + " union all select 'learned', code, null, null, null, null, null, 0, count(distinct case_id)"
                + " from sent where learning = 1 group by code";
    }

    /**
     * The day a timestamp column falls on in the council's time zone, as days since 1 January 1970: its seconds
     * moved on by the zone's offset at the time, one offset for each stretch between the zone's changes of clock in
     * the period (two a year in the UK). The database needs no time zone rules of its own.
     */
    private String localDay(String column, ReportPeriod period, MapSqlParameterSource parameters) {
        ZoneRules rules = zone.getRules();
        Instant start = period.start(zone);
        Instant end = period.end(zone);
        StringBuilder offset = new StringBuilder("case");
        Instant at = start;
        int change = 0;
        for (ZoneOffsetTransition next = rules.nextTransition(at);
                next != null && next.getInstant().isBefore(end);
                next = rules.nextTransition(at)) {
            String name = "change" + change++;
            parameters.addValue(name, next.getInstant().atOffset(ZoneOffset.UTC));
            offset.append(" when ")
                    .append(column)
                    .append(" < :")
                    .append(name)
                    .append(" then ")
                    .append(rules.getOffset(at).getTotalSeconds());
            at = next.getInstant();
        }
        int last = rules.getOffset(at).getTotalSeconds();
        String seconds = change == 0
                ? String.valueOf(last)
                : offset.append(" else ").append(last).append(" end").toString();
        return "floor((extract(epoch from " + column + ") + " + seconds + ") / " + SECONDS_A_DAY + ")";
    }

    /** The working days the stage's cases waited for their customers, for cases that waited at all. */
    private List<Waited> waited(MapSqlParameterSource common, Stage stage) {
        MapSqlParameterSource parameters =
                new MapSqlParameterSource(common.getValues()).addValue("stage", stage.name());
        return rows(
                "select s.code, case when c.clock_stops_while_waiting then 1 else 0 end, count(*), sum(w.days)"
                        + " from (select r.case_id, sum(coalesce(r.days_waited, 0)) days from information_request r"
                        + " where r.stage = :stage group by r.case_id) w"
                        + " join stage_decision x on x.case_id = w.case_id and x.stage = :stage" + CASES
                        + " where w.days > 0 and s.code in (:services) and x.sent_at >= :start and x.sent_at < :end"
                        + " group by s.code, case when c.clock_stops_while_waiting then 1 else 0 end",
                parameters,
                rs -> new Waited(rs.getString(1), rs.getInt(2) == 1, rs.getLong(3), rs.getLong(4)));
    }

    private List<Standard> standards(MapSqlParameterSource parameters) {
        String met = "x.status = '" + DeadlineStatus.COMPLETED.name() + "' and x.completed_on <= x.due_on";
        return rows(
                "select s.code, x.kind, count(*), sum(case when " + met + " then 1 else 0 end),"
                        + " sum(case when x.at_risk_warned_at is null then 0 else 1 end),"
                        + " sum(case when x.breached_at is not null or not (" + met + ") then 1 else 0 end)"
                        + " from case_deadline x" + CASES
                        + " where s.code in (:services) and x.completed_on between :from and :to"
                        + " group by s.code, x.kind",
                parameters,
                rs -> new Standard(
                        rs.getString(1),
                        DeadlineKind.valueOf(rs.getString(2)),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6)));
    }

    private List<Answers> answers(MapSqlParameterSource parameters) {
        return rows(
                "select s.code, count(*), sum(x.ease), sum(x.kept_informed), sum(x.clear_answer),"
                        + " sum(x.satisfied), sum(case when x.satisfied >= 4 then 1 else 0 end)"
                        + " from survey_response x" + CASES
                        + " where s.code in (:services) and x.submitted_at >= :start and x.submitted_at < :end"
                        + " group by s.code",
                parameters,
                rs -> new Answers(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        rs.getLong(7)));
    }

    /** Plan actions made from the learning of a complaint whose decision, with learning, was sent in the period. */
    private static final String LEARNING_ACTIONS = " from plan_action x" + CASES + "where s.code in (:services)"
            + " and exists (select 1 from stage_decision d where d.case_id = c.id"
            + " and d.learning is not null and d.sent_at >= :start and d.sent_at < :end)";

    private List<Actions> actions(MapSqlParameterSource parameters) {
        return rows(
                "select s.code, x.status, count(*)" + LEARNING_ACTIONS + " group by s.code, x.status",
                parameters,
                rs -> new Actions(rs.getString(1), ActionStatus.valueOf(rs.getString(2)), rs.getLong(3)));
    }

    private List<Learned> casesWithActions(MapSqlParameterSource parameters) {
        return rows(
                "select s.code, count(distinct x.case_id)" + LEARNING_ACTIONS + " group by s.code",
                parameters,
                rs -> new Learned(rs.getString(1), rs.getLong(2)));
    }
}

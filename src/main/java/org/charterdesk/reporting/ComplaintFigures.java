package org.charterdesk.reporting;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import org.charterdesk.actionplans.ActionStatus;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.calendar.WorkingDayTable;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.complaints.ombudsman.OmbudsmanFigures;
import org.charterdesk.security.StaffMember;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint performance figures for a period, for one service or all the reader may see: received, closed at
 * each stage, average working days, within timescale and extension, outcomes, charter standards met, at risk and
 * breached, satisfaction and learning. Every figure is counted by the database ({@link ReportCounts}) and carries
 * the list of the cases it counts, read when it is opened ({@link ReportRows}).
 * <p>
 * Definitions: a complaint counts as received on the day it was received (contacts found not to be complaints are
 * left out); as closed on the day it last closed, at the stage it closed at; a stage's response counts on the day
 * it was sent, its working days running from the stage's start (receipt, or the start of stage 2, as day 0) to that
 * day; it is within the timescale if its response deadline was completed by the original due date, within an
 * extension if by the extended one. A charter standard counts on the day its deadline was completed.
 */
@Service
public class ComplaintFigures {

    private final EntityManager entityManager;
    private final Charter charter;
    private final WorkingDayCalendar calendar;
    private final ZoneId zone;
    private final CouncilProperties council;
    private final ReportRows rows;
    private final ReportCounts counts;
    private final OmbudsmanFigures ombudsman;

    ComplaintFigures(
            ReportRows rows,
            ReportCounts counts,
            OmbudsmanFigures ombudsman,
            EntityManager entityManager,
            Charter charter,
            WorkingDayCalendar calendar,
            CalendarProperties calendarProperties,
            CouncilProperties council) {
        this.rows = rows;
        this.counts = counts;
        this.ombudsman = ombudsman;
        this.entityManager = entityManager;
        this.charter = charter;
        this.calendar = calendar;
        this.zone = calendarProperties.zone();
        this.council = council;
    }

    /** The services a member may report on: all for administrators, their own for managers. */
    public List<ServiceRef> servicesFor(StaffMember member) {
        return charter.serviceRefs().stream()
                .filter(s -> member.administrator() || member.corporateLead() || member.isManagerOf(s.code()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Report report(StaffMember member, ReportPeriod period, String serviceCode) {
        List<ServiceRef> scope = scope(member, serviceCode);
        String name = serviceCode == null
                ? (member.administrator() || member.corporateLead() ? "The whole council" : "Your services")
                : scope.get(0).name();
        List<String> services = codes(scope);
        return new Report(period, name, figures(counts.count(period, services), period, services));
    }

    /**
     * A report of each of the member's services, then of them all together (unless they have only one), from one
     * read of the period's rows.
     */
    @Transactional(readOnly = true)
    public List<Report> reports(StaffMember member, ReportPeriod period) {
        List<ServiceRef> services = servicesFor(member);
        if (services.isEmpty()) {
            throw new AccessDeniedException("You cannot see the figures of this service");
        }
        List<String> all = codes(services);
        ReportCounts.PeriodCounts read = counts.count(period, all);
        List<Report> reports = new ArrayList<>();
        for (ServiceRef service : services) {
            List<String> one = List.of(service.code());
            reports.add(new Report(period, service.name(), figures(read.of(one), period, one)));
        }
        if (services.size() != 1) {
            String name = member.administrator() || member.corporateLead() ? "The whole council" : "Your services";
            reports.add(new Report(period, name, figures(read, period, all)));
        }
        return reports;
    }

    /** The services a report covers: one of the member's, or all of them; refused if there are none. */
    private List<ServiceRef> scope(StaffMember member, String serviceCode) {
        List<ServiceRef> allowed = servicesFor(member);
        List<ServiceRef> scope = serviceCode == null
                ? allowed
                : allowed.stream().filter(s -> s.code().equals(serviceCode)).toList();
        if (scope.isEmpty()) {
            throw new AccessDeniedException("You cannot see the figures of this service");
        }
        return scope;
    }

    private static List<String> codes(List<ServiceRef> services) {
        return services.stream().map(ServiceRef::code).toList();
    }

    /** A survey comment, shown only to people who may see its case. */
    public record Comment(String reference, int satisfied, String text) {}

    /** The survey comments of the period that the member may read: those on cases they may see. */
    @Transactional(readOnly = true)
    public List<Comment> comments(StaffMember member, ReportPeriod period, String serviceCode) {
        List<String> codes = servicesFor(member).stream()
                .map(ServiceRef::code)
                .filter(code -> (serviceCode == null || code.equals(serviceCode)) && member.maySeeService(code))
                .toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery("""
                select c.reference, s.satisfied, s.comment
                from SurveyResponse s, CaseFile c where s.caseId = c.id and c.service.code in :services
                and s.comment is not null and s.submittedAt >= :start and s.submittedAt < :end
                order by s.submittedAt desc""", Object[].class)
                .setParameter("services", codes)
                .setParameter("start", period.start(zone))
                .setParameter("end", period.end(zone))
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(row -> new Comment((String) row[0], ((Number) row[1]).intValue(), (String) row[2]))
                .toList();
    }

    /** Where the open complaints of a service stand today. */
    public record ServiceRisk(String service, long open, long atRisk, long overdue) {}

    /** The member's services by how many open complaints are overdue, then at risk. */
    @Transactional(readOnly = true)
    public List<ServiceRisk> servicesMostAtRisk(StaffMember member) {
        List<String> codes = servicesFor(member).stream().map(ServiceRef::code).toList();
        if (codes.isEmpty()) {
            return List.of();
        }
        return entityManager
                .createQuery("""
                select c.service.name, count(c),
                    sum(case when c.charterFlag = :atRisk then 1 else 0 end),
                    sum(case when c.charterFlag = :overdue then 1 else 0 end)
                from CaseFile c where c.service.code in :services and c.kind = :complaint and c.status in :open
                group by c.service.name""", Object[].class)
                .setParameter("services", codes)
                .setParameter("complaint", CaseKind.COMPLAINT)
                .setParameter("open", CaseStatus.open())
                .setParameter("atRisk", CharterFlag.AT_RISK)
                .setParameter("overdue", CharterFlag.OVERDUE)
                .getResultList()
                .stream()
                .map(row -> new ServiceRisk(
                        (String) row[0],
                        ((Number) row[1]).longValue(),
                        ((Number) row[2]).longValue(),
                        ((Number) row[3]).longValue()))
                .sorted(Comparator.comparingLong(ServiceRisk::overdue)
                        .thenComparingLong(ServiceRisk::atRisk)
                        .reversed())
                .toList();
    }

    /** Complaints received and closed in each of the twelve months up to and including the period's last month. */
    public record Month(YearMonth month, int received, int closed) {}

    @Transactional(readOnly = true)
    public List<Month> monthlyTrend(StaffMember member, ReportPeriod period, String serviceCode) {
        List<String> services = codes(scope(member, serviceCode));
        List<Month> months = new ArrayList<>();
        YearMonth last = YearMonth.from(period.to());
        YearMonth first = last.minusMonths(11);
        ReportPeriod year = new ReportPeriod(first.atDay(1), last.atEndOfMonth());
        Map<YearMonth, Integer> received = rows.complaintsReceivedByMonth(year, services);
        Map<YearMonth, Integer> closed = new HashMap<>();
        counts.closedByDay(year, services)
                .forEach((day, count) -> closed.merge(YearMonth.from(day), count, Integer::sum));
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(new Month(month, received.getOrDefault(month, 0), closed.getOrDefault(month, 0)));
        }
        return months;
    }

    private List<Figure> figures(ReportCounts.PeriodCounts counts, ReportPeriod period, List<String> services) {
        Lists lists = new Lists(period, services);
        List<Figure> figures = new ArrayList<>();
        receivedFigures(figures, counts.received(), lists);
        closedFigures(figures, counts.ended(), lists);
        figures.add(new Figure(
                "closed.withdrawn",
                "Closed",
                "Complaints withdrawn by the customer (not counted as closed above)",
                String.valueOf(sum(counts.ended(), e -> e.status() == CaseStatus.WITHDRAWN, ReportCounts.Ended::count)),
                lists.ended(CaseStatus.WITHDRAWN, e -> true)));
        ombudsmanFigures(figures, period, services);
        WorkingDayTable days = new WorkingDayTable(calendar);
        for (Stage stage : Stage.values()) {
            responseFigures(figures, stage, counts.stages().get(stage), period, days, lists);
        }
        standardFigures(figures, counts.standards(), services, lists);
        satisfaction(figures, counts.answers(), lists);
        figures.add(new Figure(
                "learning.recorded",
                "Learning",
                "Complaints with learning recorded",
                String.valueOf(sum(counts.learned(), l -> true, ReportCounts.Learned::count)),
                lists.learning()));
        figures.add(learningActions(counts.actions(), counts.casesWithActions(), lists));
        Map<Long, Long> promises = new TreeMap<>();
        counts.promises().forEach(p -> promises.merge(p.lineage(), p.count(), Long::sum));
        promises.forEach((lineage, count) -> figures.add(new Figure(
                "promise." + lineage,
                "Promises customers said we broke",
                charter.promise(lineage).map(p -> p.name()).orElse("A withdrawn promise"),
                String.valueOf(count),
                lists.received(r -> r.complaint() && lineage.equals(r.promiseNotKept())))));
        return figures;
    }

    /**
     * The lists behind a report's figures, each read when it is opened: the rows the figure counts, tested as the
     * database tested them when it counted, in reference order.
     */
    private final class Lists {

        private final ReportPeriod period;
        private final List<String> services;

        Lists(ReportPeriod period, List<String> services) {
            this.period = period;
            this.services = services;
        }

        Supplier<List<String>> received(Predicate<ReportRows.Received> test) {
            return later(() -> rows.received(period, services), test, ReportRows.Received::reference);
        }

        Supplier<List<String>> ended(CaseStatus status, Predicate<ReportRows.Ended> test) {
            return later(() -> rows.ended(period, services, status), test, ReportRows.Ended::reference);
        }

        Supplier<List<String>> sent(Stage stage, Predicate<ReportRows.Sent> test) {
            return later(() -> rows.sent(period, services, stage), test, ReportRows.Sent::reference);
        }

        Supplier<List<String>> completed(Predicate<ReportRows.Completed> test) {
            return later(() -> rows.completed(period, services), test, ReportRows.Completed::reference);
        }

        Supplier<List<String>> answers(Predicate<ReportRows.Answer> test) {
            return later(() -> rows.answers(period, services), test, ReportRows.Answer::reference);
        }

        Supplier<List<String>> learningActions() {
            return later(() -> rows.learningActions(period, services), a -> true, ReportRows.LearningAction::reference);
        }

        /** The cases with learning in a decision sent in the period, at either stage. */
        Supplier<List<String>> learning() {
            return () -> {
                List<String> learned = new ArrayList<>();
                for (Stage stage : Stage.values()) {
                    rows.sent(period, services, stage).stream()
                            .filter(ReportRows.Sent::learning)
                            .map(ReportRows.Sent::reference)
                            .forEach(learned::add);
                }
                return references(learned, r -> r);
            };
        }

        private <T> Supplier<List<String>> later(
                Supplier<List<T>> read, Predicate<T> test, Function<T, String> reference) {
            return () -> references(read.get().stream().filter(test).toList(), reference);
        }
    }

    private static <T> long sum(List<T> counts, Predicate<T> test, ToLongFunction<T> count) {
        return counts.stream().filter(test).mapToLong(count).sum();
    }

    /**
     * The ombudsman's part: complaints taken up and decided, each outcome, the uphold rate, the recommendations due,
     * completed on time or late, and each one outstanding at the end of the period (a section of its own).
     */
    private void ombudsmanFigures(List<Figure> figures, ReportPeriod period, List<String> services) {
        OmbudsmanFigures.Period o = ombudsman.of(period.from(), period.to(), services);
        String section = "Ombudsman";
        figures.add(listed("ombudsman.taken_up", section, "Complaints the ombudsman took up", o.takenUp()));
        List<String> decided = o.allDecided();
        figures.add(listed("ombudsman.decided", section, "Complaints the ombudsman decided", decided));
        o.decided()
                .forEach((decision, cases) -> figures.add(new Figure(
                        "ombudsman.decided." + decision.name().toLowerCase(),
                        section,
                        "Decided: " + decision.displayName().toLowerCase(),
                        ofTotal(cases.size(), decided.size()),
                        cases)));
        figures.add(new Figure(
                "ombudsman.upheld",
                section,
                "Uphold rate of the complaints the ombudsman decided (upheld in whole or in part)",
                ofTotal(o.upheld().size(), decided.size()),
                o.upheld()));
        figures.add(listed("ombudsman.recommendations.due", section, "Recommendations due", o.due()));
        figures.add(
                listed("ombudsman.recommendations.on_time", section, "Recommendations completed on time", o.onTime()));
        figures.add(listed("ombudsman.recommendations.late", section, "Recommendations completed late", o.late()));
        figures.add(listed(
                "ombudsman.recommendations.outstanding",
                section,
                "Recommendations outstanding at the end of the period",
                o.outstanding().stream()
                        .map(OmbudsmanFigures.Outstanding::caseReference)
                        .toList()));
        for (int i = 0; i < o.outstanding().size(); i++) {
            OmbudsmanFigures.Outstanding item = o.outstanding().get(i);
            figures.add(new Figure(
                    "ombudsman.outstanding." + (i + 1),
                    "Outstanding ombudsman recommendations",
                    "%s: %s (%s, due %s)"
                            .formatted(
                                    item.caseReference(),
                                    item.what(),
                                    item.ownerName(),
                                    PlainDates.format(item.dueOn())),
                    period.to().isBefore(item.dueOn()) ? "Not yet due" : "Overdue",
                    List.of(item.caseReference())));
        }
    }

    /**
     * For each charter promise that complaints received in the period said was not kept (by the promise's lineage),
     * those complaints' references, among the services the member may report on.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<String>> promisesNotKept(StaffMember member, ReportPeriod period) {
        List<String> services = codes(servicesFor(member));
        if (services.isEmpty()) {
            return Map.of();
        }
        // Only the complaints that named a promise are read (an index on promise_not_kept), not the whole period.
        List<Object[]> named = entityManager
                .createQuery("""
                select c.promiseNotKept, c.reference from CaseFile c where c.service.code in :services
                and c.receivedOn between :from and :to and c.promiseNotKept is not null
                and c.kind = :complaint and c.status <> :notAComplaint order by c.reference""", Object[].class)
                .setParameter("services", services)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .setParameter("complaint", CaseKind.COMPLAINT)
                .setParameter("notAComplaint", CaseStatus.NOT_A_COMPLAINT)
                .getResultList();
        Map<Long, List<String>> byPromise = new TreeMap<>();
        named.forEach(row ->
                byPromise.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]));
        return byPromise;
    }

    private void receivedFigures(List<Figure> figures, List<ReportCounts.Received> received, Lists lists) {
        long complaints = sum(received, ReportCounts.Received::complaint, ReportCounts.Received::count);
        Supplier<List<String>> complaintCases = lists.received(ReportRows.Received::complaint);
        figures.add(new Figure(
                "received.complaints", "Received", "Complaints received", String.valueOf(complaints), complaintCases));
        figures.add(new Figure(
                "received.per1000",
                "Received",
                "Complaints per 1,000 population",
                council.population() <= 0
                        ? "Population not set"
                        : decimal(complaints * 1000.0 / council.population(), 2),
                complaintCases));
        figures.add(new Figure(
                "received.compliments",
                "Received",
                "Compliments received",
                String.valueOf(sum(received, r -> r.kind() == CaseKind.COMPLIMENT, ReportCounts.Received::count)),
                lists.received(r -> r.kind() == CaseKind.COMPLIMENT)));
        figures.add(new Figure(
                "received.comments",
                "Received",
                "Comments received",
                String.valueOf(sum(received, r -> r.kind() == CaseKind.COMMENT, ReportCounts.Received::count)),
                lists.received(r -> r.kind() == CaseKind.COMMENT)));
    }

    private static void closedFigures(List<Figure> figures, List<ReportCounts.Ended> ended, Lists lists) {
        List<ReportCounts.Ended> closed =
                ended.stream().filter(e -> e.status() == CaseStatus.CLOSED).toList();
        long all = sum(closed, e -> true, ReportCounts.Ended::count);
        figures.add(new Figure(
                "closed.all",
                "Closed",
                "Complaints closed",
                String.valueOf(all),
                lists.ended(CaseStatus.CLOSED, e -> true)));
        closedShare(
                figures,
                "closed.stage1",
                "Closed at stage 1",
                closed,
                all,
                lists,
                (stage, escalated) -> stage == Stage.STAGE_1);
        closedShare(
                figures,
                "closed.stage2",
                "Closed at stage 2 (straight to stage 2)",
                closed,
                all,
                lists,
                (stage, escalated) -> stage == Stage.STAGE_2 && !escalated);
        closedShare(
                figures,
                "closed.stage2.escalated",
                "Closed at stage 2 after escalation",
                closed,
                all,
                lists,
                (stage, escalated) -> stage == Stage.STAGE_2 && escalated);
    }

    private static void closedShare(
            List<Figure> figures,
            String key,
            String label,
            List<ReportCounts.Ended> closed,
            long all,
            Lists lists,
            BiPredicate<Stage, Boolean> test) {
        figures.add(new Figure(
                key,
                "Closed",
                label,
                ofTotal(sum(closed, e -> test.test(e.stage(), e.escalated()), ReportCounts.Ended::count), all),
                lists.ended(CaseStatus.CLOSED, e -> test.test(e.stage(), e.escalated()))));
    }

    /**
     * For each charter deadline completed in the period: how often it was met, warned at risk and breached. A
     * deadline that none of the services' procedures has (a stage 1 acknowledgement under the SPSO's), and that no
     * case completed in the period, is left out rather than shown as "0 of 0".
     */
    private void standardFigures(
            List<Figure> figures, List<ReportCounts.Standard> standards, List<String> services, Lists lists) {
        for (DeadlineKind kind : DeadlineKind.values()) {
            List<ReportCounts.Standard> ofKind =
                    standards.stream().filter(d -> d.kind() == kind).toList();
            long all = sum(ofKind, d -> true, ReportCounts.Standard::count);
            if (all == 0 && !anyProcedureHas(kind, services)) {
                continue;
            }
            String section = "Charter standards";
            String key = "standard." + kind.name().toLowerCase();
            figures.add(new Figure(
                    key + ".met",
                    section,
                    kind.displayName() + ": met",
                    ofTotal(sum(ofKind, d -> true, ReportCounts.Standard::met), all),
                    lists.completed(d -> d.kind() == kind && d.met())));
            figures.add(new Figure(
                    key + ".atRisk",
                    section,
                    kind.displayName() + ": warned at risk",
                    ofTotal(sum(ofKind, d -> true, ReportCounts.Standard::warned), all),
                    lists.completed(d -> d.kind() == kind && d.warned())));
            figures.add(new Figure(
                    key + ".breached",
                    section,
                    kind.displayName() + ": breached",
                    ofTotal(sum(ofKind, d -> true, ReportCounts.Standard::breached), all),
                    lists.completed(d -> d.kind() == kind && (d.breached() || !d.met()))));
        }
    }

    private boolean anyProcedureHas(DeadlineKind kind, List<String> services) {
        return kind != DeadlineKind.STAGE_1_ACKNOWLEDGEMENT
                || services.stream()
                        .map(charter::findService)
                        .flatMap(Optional::stream)
                        .anyMatch(s -> charter.profileFor(s).acknowledgesAtStage1());
    }

    /** The complaints whose learning became an action in a plan, and how those actions stand. */
    private static Figure learningActions(
            List<ReportCounts.Actions> actions, List<ReportCounts.Learned> cases, Lists lists) {
        Map<ActionStatus, Long> byStatus = new TreeMap<>();
        actions.forEach(a -> byStatus.merge(a.status(), a.count(), Long::sum));
        String statuses = byStatus.entrySet().stream()
                .map(e -> e.getKey().displayName().toLowerCase() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return new Figure(
                "learning.actions",
                "Learning",
                "Complaints whose learning became an action (actions' status)",
                sum(cases, c -> true, ReportCounts.Learned::count) + (statuses.isEmpty() ? "" : " (" + statuses + ")"),
                lists.learningActions());
    }

    private void responseFigures(
            List<Figure> figures,
            Stage stage,
            ReportCounts.StageCounts counts,
            ReportPeriod period,
            WorkingDayTable days,
            Lists lists) {
        String n = stage == Stage.STAGE_1 ? "stage1" : "stage2";
        String label = stage.shortName();
        long all = sum(counts.outcomes(), o -> true, ReportCounts.Outcomes::count);
        timeFigures(figures, n, label, stage, counts, all, period, days, lists);
        long within = 0;
        long extension = 0;
        for (ReportCounts.Deadlines d : counts.deadlines()) {
            LocalDate due = dueWithoutExtension(d.originalDueOn(), d.movedDays());
            if (!d.completedOn().isAfter(due)) {
                within += d.count();
            } else if (!d.completedOn().isAfter(d.dueOn())) {
                extension += d.count();
            }
        }
        figures.add(new Figure(
                "timescale." + n + ".within",
                "Within timescale",
                label + " responses within the charter's timescale",
                ofTotal(within, all),
                lists.sent(
                        stage,
                        r -> r.hasDeadline()
                                && !r.completedOn().isAfter(dueWithoutExtension(r.originalDueOn(), r.movedDays())))));
        figures.add(new Figure(
                "timescale." + n + ".extension",
                "Within timescale",
                label + " responses within an authorised extension",
                String.valueOf(extension),
                lists.sent(
                        stage,
                        r -> r.hasDeadline()
                                && r.completedOn().isAfter(dueWithoutExtension(r.originalDueOn(), r.movedDays()))
                                && !r.completedOn().isAfter(r.dueOn()))));
        for (Outcome outcome : Outcome.values()) {
            figures.add(new Figure(
                    "outcome." + n + "." + outcome.name().toLowerCase(),
                    "Outcomes",
                    label + ": " + outcome.displayName().toLowerCase(),
                    ofTotal(sum(counts.outcomes(), o -> o.outcome() == outcome, ReportCounts.Outcomes::count), all),
                    lists.sent(stage, r -> r.outcome() == outcome)));
        }
    }

    /**
     * The average working days to respond, and (apart) the average time waiting for the customer. Working days
     * between two days are the difference of their distances from the start of the period, so the sum over all
     * responses is the sum over the days they were sent less the sum over the days their stages started: the
     * database counts the responses by each of those days, and the calendar is applied once a day, not once a case.
     */
    private void timeFigures(
            List<Figure> figures,
            String n,
            String label,
            Stage stage,
            ReportCounts.StageCounts counts,
            long all,
            ReportPeriod period,
            WorkingDayTable days,
            Lists lists) {
        LocalDate anchor = period.from();
        long total = 0;
        for (ReportCounts.DaysCount sent : counts.sentOn()) {
            total += sent.count() * days.workingDaysBetween(anchor, sent.day());
        }
        for (ReportCounts.DaysCount started : counts.startedOn()) {
            total -= started.count() * days.workingDaysBetween(anchor, days.dayZero(started.day()));
        }
        total -= sum(counts.waited(), ReportCounts.Waited::clockStops, ReportCounts.Waited::days);
        long stopping = sum(counts.outcomes(), ReportCounts.Outcomes::clockStops, ReportCounts.Outcomes::count);
        figures.add(new Figure(
                "time." + n + ".average",
                "Time to respond",
                "Average working days to respond at " + label.toLowerCase() + " " + waitingCounted(stopping, all),
                all == 0 ? "None" : decimal((double) total / all, 1),
                lists.sent(stage, r -> true)));
        long waitedFor = sum(counts.waited(), w -> true, ReportCounts.Waited::count);
        long waited = sum(counts.waited(), w -> true, ReportCounts.Waited::days);
        figures.add(new Figure(
                "time." + n + ".waiting",
                "Time to respond",
                "Average working days waiting for the customer at " + label.toLowerCase()
                        + " (cases that asked them for more information)",
                waitedFor == 0 ? "None" : decimal((double) waited / waitedFor, 1),
                lists.sent(stage, r -> r.waited() > 0)));
    }

    /** Whether the average leaves out time waiting for the customer, as the SPSO's indicators do. */
    private static String waitingCounted(long stopping, long all) {
        if (stopping == 0) {
            return "(counting time waiting for the customer)";
        }
        return stopping == all
                ? "(not counting time waiting for the customer)"
                : "(not counting time waiting for the customer where the charter stops the clock)";
    }

    /**
     * The charter's due date before any extension: moved on only by the days its clock stopped and the closure days
     * the council added inside it.
     */
    private LocalDate dueWithoutExtension(LocalDate originalDueOn, int movedDays) {
        return movedDays == 0 ? originalDueOn : calendar.addWorkingDays(originalDueOn, movedDays);
    }

    private static void satisfaction(List<Figure> figures, List<ReportCounts.Answers> answers, Lists lists) {
        long count = sum(answers, a -> true, ReportCounts.Answers::count);
        Supplier<List<String>> all = lists.answers(a -> true);
        String section = "Satisfaction";
        figures.add(new Figure("satisfaction.responses", section, "Survey answers", String.valueOf(count), all));
        figures.add(average(
                "satisfaction.ease",
                "How easy it was to complain (out of 5)",
                count,
                sum(answers, a -> true, ReportCounts.Answers::ease),
                all));
        figures.add(average(
                "satisfaction.informed",
                "Kept informed (out of 5)",
                count,
                sum(answers, a -> true, ReportCounts.Answers::keptInformed),
                all));
        figures.add(average(
                "satisfaction.clear",
                "The answer was clear (out of 5)",
                count,
                sum(answers, a -> true, ReportCounts.Answers::clearAnswer),
                all));
        figures.add(average(
                "satisfaction.satisfied",
                "Satisfied with how it was handled (out of 5)",
                count,
                sum(answers, a -> true, ReportCounts.Answers::satisfied),
                all));
        figures.add(new Figure(
                "satisfaction.share",
                section,
                "Satisfied or very satisfied",
                ofTotal(sum(answers, a -> true, ReportCounts.Answers::pleased), count),
                lists.answers(a -> a.satisfied() >= 4)));
    }

    private static Figure average(String key, String label, long count, long marks, Supplier<List<String>> cases) {
        return new Figure(key, "Satisfaction", label, count == 0 ? "None" : decimal((double) marks / count, 2), cases);
    }

    private static Figure listed(String key, String section, String label, List<String> cases) {
        return new Figure(key, section, label, String.valueOf(cases.size()), cases);
    }

    /** "3 of 4 (75.0%)", or "0 of 0". */
    static String ofTotal(long part, long total) {
        return total == 0 ? "0 of 0" : part + " of " + total + " (" + decimal(part * 100.0 / total, 1) + "%)";
    }

    static String decimal(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * The references of the rows, each once, in order. The rows come in reference order already ({@link
     * ReportRows}), so the sort only checks it (a sorted run is one pass) and duplicates are neighbours.
     */
    private static <T> List<String> references(List<T> rows, Function<T, String> reference) {
        String[] once = new String[rows.size()];
        int count = 0;
        boolean inOrder = true;
        for (T row : rows) {
            String each = reference.apply(row);
            if (count > 0) {
                int order = each.compareTo(once[count - 1]);
                if (order == 0) {
                    continue;
                }
                inOrder &= order > 0;
            }
            once[count++] = each;
        }
        List<String> listed = Arrays.asList(once).subList(0, count);
        if (!inOrder) {
            List<String> sorted = new ArrayList<>(listed);
            sorted.sort(Comparator.naturalOrder());
            return references(sorted, each -> each);
        }
        return listed;
    }
}

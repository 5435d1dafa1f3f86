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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
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
 * breached, satisfaction and learning. Every figure is computed from the list of cases it counts, and carries it.
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
    private final OmbudsmanFigures ombudsman;

    ComplaintFigures(
            ReportRows rows,
            OmbudsmanFigures ombudsman,
            EntityManager entityManager,
            Charter charter,
            WorkingDayCalendar calendar,
            CalendarProperties calendarProperties,
            CouncilProperties council) {
        this.rows = rows;
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
        return new Report(period, name, figures(rows.load(period, services), period, services));
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
        ReportRows.PeriodRows read = rows.load(period, all);
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
                .setParameter("start", period.from().atStartOfDay(zone).toInstant())
                .setParameter("end", period.to().plusDays(1).atStartOfDay(zone).toInstant())
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
        Map<YearMonth, Integer> received =
                rows.complaintsReceivedByMonth(new ReportPeriod(first.atDay(1), last.atEndOfMonth()), services);
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(new Month(
                    month,
                    received.getOrDefault(month, 0),
                    rows.endedCount(ReportPeriod.month(month), services, CaseStatus.CLOSED)));
        }
        return months;
    }

    private List<Figure> figures(ReportRows.PeriodRows read, ReportPeriod period, List<String> services) {
        List<Figure> figures = new ArrayList<>();
        List<ReportRows.Received> received = read.received();
        List<ReportRows.Received> complaints =
                received.stream().filter(ReportRows.Received::complaint).toList();
        receivedFigures(figures, received, complaints);
        closedFigures(figures, read.closed());
        figures.add(listed(
                "closed.withdrawn",
                "Closed",
                "Complaints withdrawn by the customer (not counted as closed above)",
                references(read.withdrawn(), ReportRows.Ended::reference)));
        ombudsmanFigures(figures, period, services);
        List<String> learning = new ArrayList<>();
        WorkingDayTable days = new WorkingDayTable(calendar);
        for (Stage stage : Stage.values()) {
            List<ReportRows.Sent> sent = read.sent().get(stage);
            responseFigures(figures, stage, sent, days);
            sent.stream()
                    .filter(ReportRows.Sent::learning)
                    .map(ReportRows.Sent::reference)
                    .forEach(learning::add);
        }
        standardFigures(figures, read.completed(), services);
        satisfaction(figures, read.answers());
        List<String> learned = references(learning, r -> r);
        figures.add(listed("learning.recorded", "Learning", "Complaints with learning recorded", learned));
        figures.add(learningActions(read.learningActions()));
        promisesNotKept(complaints)
                .forEach((lineage, refs) -> figures.add(listed(
                        "promise." + lineage,
                        "Promises customers said we broke",
                        charter.promise(lineage).map(p -> p.name()).orElse("A withdrawn promise"),
                        refs)));
        return figures;
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

    private static Figure listed(String key, String section, String label, List<String> cases) {
        return new Figure(key, section, label, String.valueOf(cases.size()), cases);
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

    private static Map<Long, List<String>> promisesNotKept(List<ReportRows.Received> complaints) {
        Map<Long, List<String>> named = new TreeMap<>();
        complaints.stream()
                .filter(c -> c.promiseNotKept() != null)
                .forEach(c -> named.computeIfAbsent(c.promiseNotKept(), k -> new ArrayList<>())
                        .add(c.reference()));
        return named;
    }

    private void receivedFigures(
            List<Figure> figures, List<ReportRows.Received> received, List<ReportRows.Received> complaints) {
        List<String> refs = references(complaints, ReportRows.Received::reference);
        figures.add(listed("received.complaints", "Received", "Complaints received", refs));
        figures.add(new Figure(
                "received.per1000",
                "Received",
                "Complaints per 1,000 population",
                council.population() <= 0
                        ? "Population not set"
                        : decimal(refs.size() * 1000.0 / council.population(), 2),
                refs));
        figures.add(listed(
                "received.compliments",
                "Received",
                "Compliments received",
                references(
                        received.stream()
                                .filter(c -> c.kind() == CaseKind.COMPLIMENT)
                                .toList(),
                        ReportRows.Received::reference)));
        figures.add(listed(
                "received.comments",
                "Received",
                "Comments received",
                references(
                        received.stream()
                                .filter(c -> c.kind() == CaseKind.COMMENT)
                                .toList(),
                        ReportRows.Received::reference)));
    }

    private static void closedFigures(List<Figure> figures, List<ReportRows.Ended> closed) {
        figures.add(
                listed("closed.all", "Closed", "Complaints closed", references(closed, ReportRows.Ended::reference)));
        figures.add(share(
                "closed.stage1",
                "Closed",
                "Closed at stage 1",
                closed,
                c -> c.stage() == Stage.STAGE_1,
                ReportRows.Ended::reference));
        figures.add(share(
                "closed.stage2",
                "Closed",
                "Closed at stage 2 (straight to stage 2)",
                closed,
                c -> c.stage() == Stage.STAGE_2 && !c.escalated(),
                ReportRows.Ended::reference));
        figures.add(share(
                "closed.stage2.escalated",
                "Closed",
                "Closed at stage 2 after escalation",
                closed,
                c -> c.stage() == Stage.STAGE_2 && c.escalated(),
                ReportRows.Ended::reference));
    }

    /**
     * For each charter deadline completed in the period: how often it was met, warned at risk and breached. A
     * deadline that none of the services' procedures has (a stage 1 acknowledgement under the SPSO's), and that no
     * case completed in the period, is left out rather than shown as "0 of 0".
     */
    private void standardFigures(List<Figure> figures, List<ReportRows.Completed> completed, List<String> services) {
        for (DeadlineKind kind : DeadlineKind.values()) {
            List<ReportRows.Completed> ofKind =
                    completed.stream().filter(d -> d.kind() == kind).toList();
            if (ofKind.isEmpty() && !anyProcedureHas(kind, services)) {
                continue;
            }
            String section = "Charter standards";
            String key = "standard." + kind.name().toLowerCase();
            figures.add(share(
                    key + ".met",
                    section,
                    kind.displayName() + ": met",
                    ofKind,
                    ReportRows.Completed::met,
                    ReportRows.Completed::reference));
            figures.add(share(
                    key + ".atRisk",
                    section,
                    kind.displayName() + ": warned at risk",
                    ofKind,
                    ReportRows.Completed::warned,
                    ReportRows.Completed::reference));
            figures.add(share(
                    key + ".breached",
                    section,
                    kind.displayName() + ": breached",
                    ofKind,
                    d -> d.breached() || !d.met(),
                    ReportRows.Completed::reference));
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
    private static Figure learningActions(List<ReportRows.LearningAction> actions) {
        Map<ActionStatus, Long> byStatus = actions.stream()
                .collect(Collectors.groupingBy(ReportRows.LearningAction::status, TreeMap::new, Collectors.counting()));
        String statuses = byStatus.entrySet().stream()
                .map(e -> e.getKey().displayName().toLowerCase() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        List<String> cases = references(actions, ReportRows.LearningAction::reference);
        return new Figure(
                "learning.actions",
                "Learning",
                "Complaints whose learning became an action (actions' status)",
                cases.size() + (statuses.isEmpty() ? "" : " (" + statuses + ")"),
                cases);
    }

    private void responseFigures(
            List<Figure> figures, Stage stage, List<ReportRows.Sent> responses, WorkingDayTable days) {
        String n = stage == Stage.STAGE_1 ? "stage1" : "stage2";
        String label = stage.shortName();
        List<String> all = references(responses, ReportRows.Sent::reference);
        timeFigures(figures, n, label, responses, all, days);
        List<String> within = references(
                responses.stream()
                        .filter(r -> r.hasDeadline() && !r.completedOn().isAfter(dueWithoutExtension(r)))
                        .toList(),
                ReportRows.Sent::reference);
        List<String> extension = references(
                responses.stream()
                        .filter(r -> r.hasDeadline()
                                && r.completedOn().isAfter(dueWithoutExtension(r))
                                && !r.completedOn().isAfter(r.dueOn()))
                        .toList(),
                ReportRows.Sent::reference);
        figures.add(new Figure(
                "timescale." + n + ".within",
                "Within timescale",
                label + " responses within the charter's timescale",
                ofTotal(within.size(), all.size()),
                within));
        figures.add(listed(
                "timescale." + n + ".extension",
                "Within timescale",
                label + " responses within an authorised extension",
                extension));
        for (Outcome outcome : Outcome.values()) {
            figures.add(share(
                    "outcome." + n + "." + outcome.name().toLowerCase(),
                    "Outcomes",
                    label + ": " + outcome.displayName().toLowerCase(),
                    responses,
                    r -> r.outcome() == outcome,
                    ReportRows.Sent::reference));
        }
    }

    /** The average working days to respond, and (apart) the average time waiting for the customer. */
    private void timeFigures(
            List<Figure> figures,
            String n,
            String label,
            List<ReportRows.Sent> responses,
            List<String> all,
            WorkingDayTable days) {
        double average = responses.stream()
                .mapToInt(r -> workingDays(r, days) - (r.clockStops() ? r.waited() : 0))
                .average()
                .orElse(Double.NaN);
        figures.add(new Figure(
                "time." + n + ".average",
                "Time to respond",
                "Average working days to respond at " + label.toLowerCase() + " " + waitingCounted(responses),
                responses.isEmpty() ? "None" : decimal(average, 1),
                all));
        List<ReportRows.Sent> waitedFor =
                responses.stream().filter(r -> r.waited() > 0).toList();
        figures.add(new Figure(
                "time." + n + ".waiting",
                "Time to respond",
                "Average working days waiting for the customer at " + label.toLowerCase()
                        + " (cases that asked them for more information)",
                waitedFor.isEmpty()
                        ? "None"
                        : decimal(
                                waitedFor.stream()
                                        .mapToInt(ReportRows.Sent::waited)
                                        .average()
                                        .orElse(0),
                                1),
                references(waitedFor, ReportRows.Sent::reference)));
    }

    /** Whether the average leaves out time waiting for the customer, as the SPSO's indicators do. */
    private static String waitingCounted(List<ReportRows.Sent> responses) {
        long stopping = responses.stream().filter(ReportRows.Sent::clockStops).count();
        if (stopping == 0) {
            return "(counting time waiting for the customer)";
        }
        return stopping == responses.size()
                ? "(not counting time waiting for the customer)"
                : "(not counting time waiting for the customer where the charter stops the clock)";
    }

    /**
     * The charter's due date before any extension: moved on only by the days its clock stopped and the closure days
     * the council added inside it.
     */
    private LocalDate dueWithoutExtension(ReportRows.Sent r) {
        return r.movedDays() == 0 ? r.originalDueOn() : calendar.addWorkingDays(r.originalDueOn(), r.movedDays());
    }

    private int workingDays(ReportRows.Sent r, WorkingDayTable days) {
        return days.workingDaysBetween(days.dayZero(r.startedOn()), r.sentOn());
    }

    private static void satisfaction(List<Figure> figures, List<ReportRows.Answer> answers) {
        List<String> refs = references(answers, ReportRows.Answer::reference);
        String section = "Satisfaction";
        figures.add(new Figure("satisfaction.responses", section, "Survey answers", String.valueOf(refs.size()), refs));
        figures.add(average(
                "satisfaction.ease", "How easy it was to complain (out of 5)", answers, refs, ReportRows.Answer::ease));
        figures.add(average(
                "satisfaction.informed", "Kept informed (out of 5)", answers, refs, ReportRows.Answer::keptInformed));
        figures.add(average(
                "satisfaction.clear",
                "The answer was clear (out of 5)",
                answers,
                refs,
                ReportRows.Answer::clearAnswer));
        figures.add(average(
                "satisfaction.satisfied",
                "Satisfied with how it was handled (out of 5)",
                answers,
                refs,
                ReportRows.Answer::satisfied));
        List<String> satisfied =
                references(answers.stream().filter(a -> a.satisfied() >= 4).toList(), ReportRows.Answer::reference);
        figures.add(new Figure(
                "satisfaction.share",
                section,
                "Satisfied or very satisfied",
                ofTotal(satisfied.size(), refs.size()),
                satisfied));
    }

    private static Figure average(
            String key,
            String label,
            List<ReportRows.Answer> answers,
            List<String> refs,
            ToIntFunction<ReportRows.Answer> question) {
        double mean = answers.stream().mapToInt(question).average().orElse(Double.NaN);
        return new Figure(key, "Satisfaction", label, answers.isEmpty() ? "None" : decimal(mean, 2), refs);
    }

    private static <T> Figure share(
            String key, String section, String label, List<T> all, Predicate<T> test, Function<T, String> reference) {
        List<String> matching = references(all.stream().filter(test).toList(), reference);
        return new Figure(key, section, label, ofTotal(matching.size(), all.size()), matching);
    }

    /** "3 of 4 (75.0%)", or "0 of 0". */
    static String ofTotal(int part, int total) {
        return total == 0 ? "0 of 0" : part + " of " + total + " (" + decimal(part * 100.0 / total, 1) + "%)";
    }

    static String decimal(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * The references of the rows, each once, in order. The rows come in reference order already ({@link
     * ReportRows#load}), so the sort only checks it (a sorted run is one pass) and duplicates are neighbours.
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

package org.charterdesk.reporting;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.charterdesk.actionplans.ActionStatus;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.StageDecision;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.complaints.information.WaitingClock;
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
    private final WaitingClock waitingClock;
    private final OmbudsmanFigures ombudsman;

    ComplaintFigures(
            WaitingClock waitingClock,
            OmbudsmanFigures ombudsman,
            EntityManager entityManager,
            Charter charter,
            WorkingDayCalendar calendar,
            CalendarProperties calendarProperties,
            CouncilProperties council) {
        this.waitingClock = waitingClock;
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
        return new Report(period, name, figures(period, codes(scope)));
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
    public record Month(YearMonth month, Figure received, Figure closed) {}

    @Transactional(readOnly = true)
    public List<Month> monthlyTrend(StaffMember member, ReportPeriod period, String serviceCode) {
        List<String> services = codes(scope(member, serviceCode));
        List<Month> months = new ArrayList<>();
        YearMonth last = YearMonth.from(period.to());
        for (YearMonth month = last.minusMonths(11); !month.isAfter(last); month = month.plusMonths(1)) {
            ReportPeriod m = ReportPeriod.month(month);
            months.add(new Month(month, received(m, services), closed(m, services)));
        }
        return months;
    }

    /** The figure "complaints received" of a period, as {@link #report} computes it. */
    private Figure received(ReportPeriod period, List<String> services) {
        return count(
                "received.complaints", "Received", "Complaints received", complaints(receivedIn(period, services)));
    }

    /** The figure "complaints closed" of a period, as {@link #report} computes it. */
    private Figure closed(ReportPeriod period, List<String> services) {
        return closedFigure(closedIn(period, services));
    }

    private static Figure closedFigure(List<CaseFile> closed) {
        return count("closed.all", "Closed", "Complaints closed", closed);
    }

    private List<CaseFile> receivedIn(ReportPeriod period, List<String> services) {
        return entityManager
                .createQuery("""
                select c from CaseFile c where c.service.code in :services
                and c.receivedOn between :from and :to order by c.reference""", CaseFile.class)
                .setParameter("services", services)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultList();
    }

    /** Complaints only: contacts found not to be complaints are left out. */
    private static List<CaseFile> complaints(List<CaseFile> received) {
        return received.stream()
                .filter(c -> c.getKind() == CaseKind.COMPLAINT && c.getStatus() != CaseStatus.NOT_A_COMPLAINT)
                .toList();
    }

    private List<CaseFile> closedIn(ReportPeriod period, List<String> services) {
        return closedIn(period, services, CaseStatus.CLOSED);
    }

    /** Cases that ended with this status in the period. */
    private List<CaseFile> closedIn(ReportPeriod period, List<String> services, CaseStatus status) {
        return entityManager
                .createQuery("""
                select c from CaseFile c where c.service.code in :services and c.status = :closed
                and c.closedAt >= :start and c.closedAt < :end order by c.reference""", CaseFile.class)
                .setParameter("services", services)
                .setParameter("closed", status)
                .setParameter("start", period.from().atStartOfDay(zone).toInstant())
                .setParameter("end", period.to().plusDays(1).atStartOfDay(zone).toInstant())
                .getResultList();
    }

    private List<Figure> figures(ReportPeriod period, List<String> services) {
        Instant start = period.from().atStartOfDay(zone).toInstant();
        Instant end = period.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<Figure> figures = new ArrayList<>();
        List<CaseFile> received = receivedIn(period, services);
        receivedFigures(figures, received);
        closedFigures(figures, closedIn(period, services));
        figures.add(count(
                "closed.withdrawn",
                "Closed",
                "Complaints withdrawn by the customer (not counted as closed above)",
                closedIn(period, services, CaseStatus.WITHDRAWN)));
        ombudsmanFigures(figures, period, services);
        List<Object[]> sent = decisionsSent(services, start, end);
        responseFigures(figures, sent);
        standardFigures(figures, period, services);
        satisfaction(figures, services, start, end);
        List<CaseFile> learning = sent.stream()
                .filter(row -> ((StageDecision) row[0]).getLearning() != null)
                .map(row -> (CaseFile) row[1])
                .distinct()
                .toList();
        figures.add(count("learning.recorded", "Learning", "Complaints with learning recorded", learning));
        figures.add(learningActions(learning));
        promisesNotKept(complaints(received))
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

    private static Map<Long, List<String>> promisesNotKept(List<CaseFile> complaints) {
        Map<Long, List<String>> named = new TreeMap<>();
        complaints.stream()
                .filter(c -> c.getPromiseNotKept() != null)
                .forEach(c -> named.computeIfAbsent(c.getPromiseNotKept(), k -> new ArrayList<>())
                        .add(c.getReference()));
        return named;
    }

    private void receivedFigures(List<Figure> figures, List<CaseFile> received) {
        List<CaseFile> complaints = complaints(received);
        figures.add(count("received.complaints", "Received", "Complaints received", complaints));
        figures.add(new Figure(
                "received.per1000",
                "Received",
                "Complaints per 1,000 population",
                council.population() <= 0
                        ? "Population not set"
                        : decimal(complaints.size() * 1000.0 / council.population(), 2),
                refs(complaints)));
        figures.add(count(
                "received.compliments",
                "Received",
                "Compliments received",
                received.stream()
                        .filter(c -> c.getKind() == CaseKind.COMPLIMENT)
                        .toList()));
        figures.add(count(
                "received.comments",
                "Received",
                "Comments received",
                received.stream().filter(c -> c.getKind() == CaseKind.COMMENT).toList()));
    }

    private void closedFigures(List<Figure> figures, List<CaseFile> closed) {
        figures.add(closedFigure(closed));
        share(
                figures,
                "closed.stage1",
                "Closed",
                "Closed at stage 1",
                closed,
                c -> c.getClosedAtStage() == Stage.STAGE_1);
        share(
                figures,
                "closed.stage2",
                "Closed",
                "Closed at stage 2 (straight to stage 2)",
                closed,
                c -> c.getClosedAtStage() == Stage.STAGE_2 && c.getEscalationRequestedAt() == null);
        share(
                figures,
                "closed.stage2.escalated",
                "Closed",
                "Closed at stage 2 after escalation",
                closed,
                c -> c.getClosedAtStage() == Stage.STAGE_2 && c.getEscalationRequestedAt() != null);
    }

    /** Each decision sent in the period, with its case: [StageDecision, CaseFile]. */
    private List<Object[]> decisionsSent(List<String> services, Instant start, Instant end) {
        return entityManager
                .createQuery("""
                select d, c from StageDecision d, CaseFile c where d.caseId = c.id and c.service.code in :services
                and d.sentAt >= :start and d.sentAt < :end order by c.reference""", Object[].class)
                .setParameter("services", services)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
    }

    private void responseFigures(List<Figure> figures, List<Object[]> sent) {
        List<CaseDeadline> responseDeadlines = sent.isEmpty()
                ? List.of()
                : entityManager
                        .createQuery("""
                select d from CaseDeadline d where d.caseFile.id in :cases and d.kind in :kinds""", CaseDeadline.class)
                        .setParameter(
                                "cases",
                                sent.stream()
                                        .map(row -> ((CaseFile) row[1]).getId())
                                        .distinct()
                                        .toList())
                        .setParameter("kinds", List.of(DeadlineKind.STAGE_1_RESPONSE, DeadlineKind.STAGE_2_RESPONSE))
                        .getResultList();
        Map<String, CaseDeadline> deadlineByCaseAndKind = responseDeadlines.stream()
                .collect(Collectors.toMap(d -> d.getCaseFile().getId() + ":" + d.getKind(), Function.identity()));
        for (Stage stage : Stage.values()) {
            List<Object[]> atStage = sent.stream()
                    .filter(row -> ((StageDecision) row[0]).getStage() == stage)
                    .toList();
            Map<Long, Integer> waited = waitingClock.daysWaited(
                    atStage.stream().map(row -> ((CaseFile) row[1]).getId()).toList(), stage);
            List<Response> responses = atStage.stream()
                    .map(row -> new Response(
                            (StageDecision) row[0],
                            (CaseFile) row[1],
                            deadlineByCaseAndKind.get(
                                    ((CaseFile) row[1]).getId() + ":" + DeadlineKind.responseOf(stage)),
                            waited.getOrDefault(((CaseFile) row[1]).getId(), 0)))
                    .toList();
            responseFigures(figures, stage, responses);
        }
    }

    /**
     * For each charter deadline completed in the period: how often it was met, warned at risk and breached. A
     * deadline that none of the services' procedures has (a stage 1 acknowledgement under the SPSO's), and that no
     * case completed in the period, is left out rather than shown as "0 of 0".
     */
    private void standardFigures(List<Figure> figures, ReportPeriod period, List<String> services) {
        List<CaseDeadline> completed = entityManager
                .createQuery("""
                select d from CaseDeadline d join fetch d.caseFile c where c.service.code in :services
                and d.completedOn between :from and :to order by c.reference""", CaseDeadline.class)
                .setParameter("services", services)
                .setParameter("from", period.from())
                .setParameter("to", period.to())
                .getResultList();
        for (DeadlineKind kind : DeadlineKind.values()) {
            List<CaseDeadline> ofKind =
                    completed.stream().filter(d -> d.getKind() == kind).toList();
            if (ofKind.isEmpty() && !anyProcedureHas(kind, services)) {
                continue;
            }
            String section = "Charter standards";
            String key = "standard." + kind.name().toLowerCase();
            figures.add(
                    deadlineShare(key + ".met", section, kind.displayName() + ": met", ofKind, CaseDeadline::wasMet));
            figures.add(deadlineShare(
                    key + ".atRisk",
                    section,
                    kind.displayName() + ": warned at risk",
                    ofKind,
                    d -> d.getAtRiskWarnedAt() != null));
            figures.add(deadlineShare(
                    key + ".breached",
                    section,
                    kind.displayName() + ": breached",
                    ofKind,
                    d -> d.getBreachedAt() != null || !d.wasMet()));
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
    private Figure learningActions(List<CaseFile> learning) {
        List<Object[]> rows = learning.isEmpty()
                ? List.of()
                : entityManager
                        .createQuery("""
                select a.caseId, a.status from PlanAction a where a.caseId in :cases""", Object[].class)
                        .setParameter(
                                "cases", learning.stream().map(CaseFile::getId).toList())
                        .getResultList();
        Set<Long> withAction = rows.stream().map(row -> (Long) row[0]).collect(Collectors.toSet());
        List<CaseFile> cases =
                learning.stream().filter(c -> withAction.contains(c.getId())).toList();
        Map<ActionStatus, Long> byStatus = rows.stream()
                .collect(Collectors.groupingBy(row -> (ActionStatus) row[1], TreeMap::new, Collectors.counting()));
        String statuses = byStatus.entrySet().stream()
                .map(e -> e.getKey().displayName().toLowerCase() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return new Figure(
                "learning.actions",
                "Learning",
                "Complaints whose learning became an action (actions' status)",
                cases.size() + (statuses.isEmpty() ? "" : " (" + statuses + ")"),
                refs(cases));
    }

    /** A decision sent in the period, with its deadline and the working days its stage waited for the customer. */
    private record Response(StageDecision decision, CaseFile caseFile, CaseDeadline deadline, int waited) {

        /** Whether this case's charter stops the clock while waiting, so its working days leave the wait out. */
        boolean clockStops() {
            return caseFile.getTimescales().clockStopsWhileWaiting();
        }
    }

    private void responseFigures(List<Figure> figures, Stage stage, List<Response> responses) {
        String n = stage == Stage.STAGE_1 ? "stage1" : "stage2";
        String label = stage.shortName();
        List<CaseFile> all = responses.stream().map(Response::caseFile).toList();
        timeFigures(figures, n, label, responses, all);
        List<CaseFile> within = responses.stream()
                .filter(r ->
                        r.deadline() != null && !r.deadline().getCompletedOn().isAfter(dueWithoutExtension(r)))
                .map(Response::caseFile)
                .toList();
        List<CaseFile> extension = responses.stream()
                .filter(r -> r.deadline() != null
                        && r.deadline().getCompletedOn().isAfter(dueWithoutExtension(r))
                        && !r.deadline().getCompletedOn().isAfter(r.deadline().getDueOn()))
                .map(Response::caseFile)
                .toList();
        figures.add(new Figure(
                "timescale." + n + ".within",
                "Within timescale",
                label + " responses within the charter's timescale",
                ofTotal(within.size(), all.size()),
                refs(within)));
        figures.add(count(
                "timescale." + n + ".extension",
                "Within timescale",
                label + " responses within an authorised extension",
                extension));
        for (Outcome outcome : Outcome.values()) {
            List<CaseFile> withOutcome = responses.stream()
                    .filter(r -> r.decision().getOutcome() == outcome)
                    .map(Response::caseFile)
                    .toList();
            figures.add(new Figure(
                    "outcome." + n + "." + outcome.name().toLowerCase(),
                    "Outcomes",
                    label + ": " + outcome.displayName().toLowerCase(),
                    ofTotal(withOutcome.size(), all.size()),
                    refs(withOutcome)));
        }
    }

    /** The average working days to respond, and (apart) the average time waiting for the customer. */
    private void timeFigures(
            List<Figure> figures, String n, String label, List<Response> responses, List<CaseFile> all) {
        double average = responses.stream()
                .mapToInt(r -> workingDays(r) - (r.clockStops() ? r.waited() : 0))
                .average()
                .orElse(Double.NaN);
        figures.add(new Figure(
                "time." + n + ".average",
                "Time to respond",
                "Average working days to respond at " + label.toLowerCase() + " " + waitingCounted(responses),
                responses.isEmpty() ? "None" : decimal(average, 1),
                refs(all)));
        List<Response> waitedFor =
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
                                        .mapToInt(Response::waited)
                                        .average()
                                        .orElse(0),
                                1),
                refs(waitedFor.stream().map(Response::caseFile).toList())));
    }

    /** Whether the average leaves out time waiting for the customer, as the SPSO's indicators do. */
    private static String waitingCounted(List<Response> responses) {
        long stopping = responses.stream().filter(Response::clockStops).count();
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
    private LocalDate dueWithoutExtension(Response r) {
        CaseDeadline d = r.deadline();
        int moved = d.getPausedDays() + d.getClosureDays();
        return moved == 0 ? d.getOriginalDueOn() : calendar.addWorkingDays(d.getOriginalDueOn(), moved);
    }

    private int workingDays(Response r) {
        LocalDate sentOn = LocalDate.ofInstant(r.decision().getSentAt(), zone);
        LocalDate startedOn = r.decision().getStage() == Stage.STAGE_1
                ? r.caseFile().getReceivedOn()
                : r.caseFile().getStage2StartedOn();
        return calendar.workingDaysBetween(calendar.dayZero(startedOn), sentOn);
    }

    private void satisfaction(List<Figure> figures, List<String> services, Instant start, Instant end) {
        List<Object[]> rows = entityManager
                .createQuery("""
                select s, c.reference from SurveyResponse s, CaseFile c where s.caseId = c.id
                and c.service.code in :services and s.submittedAt >= :start and s.submittedAt < :end
                order by c.reference""", Object[].class)
                .setParameter("services", services)
                .setParameter("start", start)
                .setParameter("end", end)
                .getResultList();
        List<SurveyResponse> answers =
                rows.stream().map(row -> (SurveyResponse) row[0]).toList();
        List<String> refs = rows.stream().map(row -> (String) row[1]).toList();
        String section = "Satisfaction";
        figures.add(new Figure("satisfaction.responses", section, "Survey answers", String.valueOf(refs.size()), refs));
        figures.add(average(
                "satisfaction.ease", "How easy it was to complain (out of 5)", answers, refs, SurveyResponse::getEase));
        figures.add(average(
                "satisfaction.informed", "Kept informed (out of 5)", answers, refs, SurveyResponse::getKeptInformed));
        figures.add(average(
                "satisfaction.clear",
                "The answer was clear (out of 5)",
                answers,
                refs,
                SurveyResponse::getClearAnswer));
        figures.add(average(
                "satisfaction.satisfied",
                "Satisfied with how it was handled (out of 5)",
                answers,
                refs,
                SurveyResponse::getSatisfied));
        List<String> satisfied = rows.stream()
                .filter(row -> ((SurveyResponse) row[0]).getSatisfied() >= 4)
                .map(row -> (String) row[1])
                .toList();
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
            List<SurveyResponse> answers,
            List<String> refs,
            ToIntFunction<SurveyResponse> question) {
        double mean = answers.stream().mapToInt(question).average().orElse(Double.NaN);
        return new Figure(key, "Satisfaction", label, answers.isEmpty() ? "None" : decimal(mean, 2), refs);
    }

    private static Figure count(String key, String section, String label, List<CaseFile> cases) {
        return new Figure(key, section, label, String.valueOf(cases.size()), refs(cases));
    }

    private static void share(
            List<Figure> figures,
            String key,
            String section,
            String label,
            List<CaseFile> all,
            Predicate<CaseFile> test) {
        List<CaseFile> matching = all.stream().filter(test).toList();
        figures.add(new Figure(key, section, label, ofTotal(matching.size(), all.size()), refs(matching)));
    }

    private static Figure deadlineShare(
            String key, String section, String label, List<CaseDeadline> all, Predicate<CaseDeadline> test) {
        List<String> matching = all.stream()
                .filter(test)
                .map(d -> d.getCaseFile().getReference())
                .toList();
        return new Figure(key, section, label, ofTotal(matching.size(), all.size()), matching);
    }

    /** "3 of 4 (75.0%)", or "0 of 0". */
    static String ofTotal(int part, int total) {
        return total == 0 ? "0 of 0" : part + " of " + total + " (" + decimal(part * 100.0 / total, 1) + "%)";
    }

    static String decimal(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    private static List<String> refs(List<CaseFile> cases) {
        return cases.stream()
                .map(CaseFile::getReference)
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
    }
}

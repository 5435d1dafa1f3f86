package org.charterdesk.reporting;

import static org.charterdesk.reporting.FigureValues.sum;

import jakarta.persistence.EntityManager;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.charterdesk.actionplans.ActionStatus;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.calendar.WorkingDayTable;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.complaints.Stage;
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
    private final ReportRows rows;
    private final ReportCounts counts;
    private final CaseCountFigures caseCounts;
    private final OmbudsmanSection ombudsman;
    private final ResponseFigures responses;
    private final StandardFigures standards;

    ComplaintFigures(
            ReportRows rows,
            ReportCounts counts,
            CaseCountFigures caseCounts,
            OmbudsmanSection ombudsman,
            ResponseFigures responses,
            StandardFigures standards,
            EntityManager entityManager,
            Charter charter,
            WorkingDayCalendar calendar,
            CalendarProperties calendarProperties) {
        this.rows = rows;
        this.counts = counts;
        this.caseCounts = caseCounts;
        this.ombudsman = ombudsman;
        this.responses = responses;
        this.standards = standards;
        this.entityManager = entityManager;
        this.charter = charter;
        this.calendar = calendar;
        this.zone = calendarProperties.zone();
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
        Map<YearMonth, Integer> received = counts.complaintsReceivedByMonth(year, services);
        Map<YearMonth, Integer> closed = new HashMap<>();
        counts.closedByDay(year, services)
                .forEach((day, count) -> closed.merge(YearMonth.from(day), count, Integer::sum));
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.add(new Month(month, received.getOrDefault(month, 0), closed.getOrDefault(month, 0)));
        }
        return months;
    }

    private List<Figure> figures(ReportCounts.PeriodCounts counts, ReportPeriod period, List<String> services) {
        ReportLists lists = new ReportLists(rows, period, services);
        List<Figure> figures = new ArrayList<>();
        caseCounts.add(figures, counts.received(), counts.ended(), lists);
        ombudsman.add(figures, period, services);
        WorkingDayTable days = new WorkingDayTable(calendar);
        for (Stage stage : Stage.values()) {
            responses.add(figures, stage, counts.stages().get(stage), period, days, lists);
        }
        standards.add(figures, counts.standards(), services, lists);
        SatisfactionFigures.add(figures, counts.answers(), lists);
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

    /** The complaints whose learning became an action in a plan, and how those actions stand. */
    private static Figure learningActions(
            List<ReportCounts.Actions> actions, List<ReportCounts.Learned> cases, ReportLists lists) {
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
}

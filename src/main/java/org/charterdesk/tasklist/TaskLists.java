package org.charterdesk.tasklist;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Selection;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.security.StaffDirectory;
import org.charterdesk.security.StaffGroups;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.PlainText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task lists: a page at a time from the read model, most urgent first, narrowed to what the member of staff
 * may see. Nothing here loads a whole list: each call is one query with its filters, order, offset and limit.
 */
@Service
public class TaskLists {

    private final EntityManager entityManager;
    private final Deadlines deadlines;
    private final WorkingDayCalendar calendar;
    private final StaffDirectory directory;
    private final TaskActions actions;
    private final TaskListEntryRepository entries;

    TaskLists(
            EntityManager entityManager,
            Deadlines deadlines,
            WorkingDayCalendar calendar,
            StaffDirectory directory,
            TaskActions actions,
            TaskListEntryRepository entries) {
        this.entries = entries;
        this.entityManager = entityManager;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.directory = directory;
        this.actions = actions;
    }

    @Transactional(readOnly = true)
    public List<TaskRow> page(StaffMember member, TaskListKind kind, TaskListFilter filter, int offset, int limit) {
        return page(member, kind, filter, TaskListSort.Order.SOONEST_DUE, offset, limit);
    }

    /** One page of a list in the order asked for; rows that tie keep the soonest due first. */
    @Transactional(readOnly = true)
    public List<TaskRow> page(
            StaffMember member,
            TaskListKind kind,
            TaskListFilter filter,
            TaskListSort.Order order,
            int offset,
            int limit) {
        LocalDate today = deadlines.today();
        Map<String, String> names = new HashMap<>();
        names.put(member.username(), member.displayName());
        return rows(new Asked(member, kind, filter, order, today, offset, limit)).stream()
                .map(e -> row(e, today, names, member, kind))
                .toList();
    }

    /** One page of one list, as a member asked for it on a day. */
    private record Asked(
            StaffMember member,
            TaskListKind kind,
            TaskListFilter filter,
            TaskListSort.Order order,
            LocalDate today,
            int offset,
            int limit) {}

    private List<TaskListEntry> rows(Asked asked) {
        if (asked.kind() == TaskListKind.MINE) {
            // A member's own steps are few: the page's rows in one read.
            return select(TaskListEntry.class, entry -> entry, asked);
        }
        // First only the page's step ids, then those fifty rows whole: the database sorts a deep page's narrow keys
        // rather than whole rows (Team tasks, page 100 of 100,000 open steps: a third of the time).
        List<String> ids = asked.kind() == TaskListKind.TEAM && TeamTasksQuery.answers(asked.filter(), asked.order())
                ? TeamTasksQuery.ids(entityManager, asked.member(), asked.offset(), asked.limit())
                : select(String.class, entry -> entry.get("taskId"), asked);
        Map<String, TaskListEntry> byId = ids.isEmpty()
                ? Map.of()
                : entries.findAllById(ids).stream()
                        .collect(Collectors.toMap(TaskListEntry::getTaskId, Function.identity()));
        // A step done between the two reads is left out of the page.
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private <T> List<T> select(Class<T> type, Function<Root<TaskListEntry>, Selection<T>> what, Asked asked) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<TaskListEntry> entry = query.from(TaskListEntry.class);
        query.select(what.apply(entry));
        query.where(conditions(cb, query, entry, asked.member(), asked.kind(), asked.filter(), asked.today())
                .toArray(Predicate[]::new));
        query.orderBy(
                orderBy(cb, asked.order(), entry, entry.get("dueOn"), entry.get("createdAt"), entry.get("taskId")));
        return entityManager
                .createQuery(query)
                .setFirstResult(asked.offset())
                .setMaxResults(asked.limit())
                .getResultList();
    }

    /**
     * A list's order: the column asked for, then the soonest due, then the oldest, then by step id so that pages
     * never overlap. Every complaint step has a due date; a plain order lets the database walk a due-date index.
     */
    private static List<Order> orderBy(
            CriteriaBuilder cb,
            TaskListSort.Order order,
            From<?, TaskListEntry> entry,
            Path<Object> dueOn,
            Path<Object> createdAt,
            Path<String> taskId) {
        List<Order> orderBy = new ArrayList<>();
        if (order.by() != TaskListSort.DUE) {
            Path<Object> column = entry.get(order.by().field());
            orderBy.add(order.descending() ? cb.desc(column) : cb.asc(column));
        }
        boolean dueDown = order.by() == TaskListSort.DUE && order.descending();
        orderBy.add(dueDown ? cb.desc(dueOn) : cb.asc(dueOn));
        orderBy.add(cb.asc(createdAt));
        orderBy.add(cb.asc(taskId));
        return orderBy;
    }

    @Transactional(readOnly = true)
    public long count(StaffMember member, TaskListKind kind, TaskListFilter filter) {
        if (kind == TaskListKind.TEAM && TeamTasksQuery.answers(filter, TaskListSort.Order.SOONEST_DUE)) {
            return TeamTasksQuery.count(entityManager, member);
        }
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<TaskListEntry> entry = query.from(TaskListEntry.class);
        query.select(cb.count(entry));
        query.where(conditions(cb, query, entry, member, kind, filter, deadlines.today())
                .toArray(Predicate[]::new));
        return entityManager.createQuery(query).getSingleResult();
    }

    private List<Predicate> conditions(
            CriteriaBuilder cb,
            CriteriaQuery<?> query,
            Root<TaskListEntry> entry,
            StaffMember member,
            TaskListKind kind,
            TaskListFilter filter,
            LocalDate today) {
        List<Predicate> where = new ArrayList<>(whichList(cb, query, entry, member, kind));
        where.addAll(filters(cb, entry, filter, today));
        return where;
    }

    /** What the member narrowed the list to, on a step's row. */
    private static List<Predicate> filters(
            CriteriaBuilder cb, From<?, TaskListEntry> entry, TaskListFilter filter, LocalDate today) {
        List<Predicate> where = new ArrayList<>();
        if (filter.serviceCode() != null) {
            where.add(cb.equal(entry.get("serviceCode"), filter.serviceCode()));
        }
        if (filter.stage() != null) {
            where.add(cb.equal(entry.get("stage"), filter.stage().name()));
        }
        if (filter.status() != null) {
            where.add(
                    switch (filter.status()) {
                        case OVERDUE -> cb.lessThan(entry.get("dueOn"), today);
                        case AT_RISK ->
                            cb.and(
                                    cb.lessThanOrEqualTo(entry.get("atRiskOn"), today),
                                    cb.greaterThanOrEqualTo(entry.get("dueOn"), today));
                        case ON_TRACK ->
                            cb.or(cb.isNull(entry.get("dueOn")), cb.greaterThan(entry.get("atRiskOn"), today));
                    });
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            String text = PlainText.withoutForbiddenCharacters(filter.search())
                    .strip()
                    .toLowerCase(Locale.UK)
                    .replace("\\", "")
                    .replace("%", "")
                    .replace("_", "");
            where.add(cb.or(
                    cb.like(cb.lower(entry.get("caseReference")), text + "%"),
                    cb.like(cb.lower(entry.get("customerName")), "%" + text + "%")));
        }
        return where;
    }

    /**
     * The rows of one list for this member: theirs, their teams' unclaimed, or their services' (managers). Team tasks
     * unfiltered in their own order are read from the teams' rows instead ({@link TeamTasksQuery}).
     */
    private static List<Predicate> whichList(
            CriteriaBuilder cb,
            CriteriaQuery<?> query,
            Root<TaskListEntry> entry,
            StaffMember member,
            TaskListKind kind) {
        if ((kind == TaskListKind.OVERVIEW || kind == TaskListKind.APPROVALS)
                && member.managerOf().isEmpty()) {
            throw new AccessDeniedException(
                    "Only managers see the " + kind.displayName().toLowerCase(Locale.UK));
        }
        return switch (kind) {
            case MINE -> List.of(cb.equal(entry.get("assignee"), member.username()));
            case TEAM ->
                List.of(
                        cb.isNull(entry.get("assignee")),
                        inTeams(cb, query, entry, member.candidateGroups()),
                        notRefusedTo(cb, entry, member));
            case OVERVIEW -> List.of(entry.get("serviceCode").in(member.managerOf()));
            case APPROVALS ->
                List.of(
                        inTeams(
                                cb,
                                query,
                                entry,
                                member.managerOf().stream()
                                        .map(StaffGroups::managers)
                                        .toList()),
                        notRefusedTo(cb, entry, member));
        };
    }

    /** Leaves out steps the member may not take although their teams may (their own requests, say). */
    private static Predicate notRefusedTo(CriteriaBuilder cb, Root<TaskListEntry> entry, StaffMember member) {
        return cb.or(cb.isNull(entry.get("notFor")), cb.notEqual(entry.get("notFor"), member.username()));
    }

    private static Predicate inTeams(
            CriteriaBuilder cb, CriteriaQuery<?> query, Root<TaskListEntry> entry, List<String> teams) {
        if (teams.isEmpty()) {
            return cb.disjunction();
        }
        // Correlated on the row itself, so the database probes the team table's key for each row instead of joining
        // the list to itself (at 100,000 open steps: 25 ms for Team tasks' first page instead of 65).
        Subquery<Integer> team = query.subquery(Integer.class);
        Join<TaskListEntry, TaskListTeam> teamRow = team.correlate(entry).join("teams");
        team.select(cb.literal(1)).where(teamRow.get("key").get("team").in(teams));
        return cb.exists(team);
    }

    private TaskRow row(
            TaskListEntry e, LocalDate today, Map<String, String> names, StaffMember member, TaskListKind kind) {
        CharterFlag status = statusOn(e, today);
        Integer left = e.getDueOn() == null ? null : calendar.workingDaysBetween(today, e.getDueOn());
        String assigneeName =
                e.getAssignee() == null ? null : names.computeIfAbsent(e.getAssignee(), directory::displayName);
        return new TaskRow(
                e.getTaskId(),
                e.getCaseReference(),
                e.getStepKey(),
                e.getStepName(),
                e.getNote(),
                e.getServiceCode(),
                e.getServiceName(),
                e.getStage() == null ? null : Stage.valueOf(e.getStage()),
                e.getCustomerName(),
                e.getReceivedOn(),
                e.getDueOn(),
                left,
                status,
                e.getAssignee(),
                assigneeName,
                e.getPlanId(),
                e.getSubjectPath(),
                actions.offered(e, member, kind));
    }

    static CharterFlag statusOn(TaskListEntry e, LocalDate today) {
        if (e.getDueOn() == null) {
            return CharterFlag.ON_TRACK;
        }
        if (today.isAfter(e.getDueOn())) {
            return CharterFlag.OVERDUE;
        }
        return today.isBefore(e.getAtRiskOn()) ? CharterFlag.ON_TRACK : CharterFlag.AT_RISK;
    }
}

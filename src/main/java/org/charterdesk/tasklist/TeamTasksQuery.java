package org.charterdesk.tasklist;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import org.charterdesk.security.StaffMember;

/**
 * Team tasks as the list first opens (no filter, soonest due first), read from the teams' rows
 * ({@link TaskListTeam}), which carry the list's order: each of the member's teams is a walk along one index of its
 * unclaimed steps, and only as far as the page asked for (page 101 of a team's 25,700 at 100,000 open steps reads
 * 5,050 index entries, where joining every open step to its teams and sorting took 130 ms). A step that two of the
 * member's teams may take is listed and counted once. A filter or another order reads the steps' own rows instead.
 */
final class TeamTasksQuery {

    /** The member's teams' unclaimed steps that the member may take. */
    private static final String OPEN =
            " from task_list_team t where t.claimed = false and (t.not_for is null or t.not_for <> :member)";

    private TeamTasksQuery() {}

    /** Whether this query answers the list asked for. */
    static boolean answers(TaskListFilter filter, TaskListSort.Order order) {
        return filter.serviceCode() == null
                && filter.stage() == null
                && filter.status() == null
                && (filter.search() == null || filter.search().isBlank())
                && order.equals(TaskListSort.Order.SOONEST_DUE);
    }

    /**
     * One page's step ids: the first {@code offset + limit} rows of each team in the list's order, merged, each step
     * once, then the page of those. None is missed: a step among the merged list's first rows is among the first rows
     * of each of its teams.
     */
    @SuppressWarnings("unchecked")
    static List<String> ids(EntityManager entityManager, StaffMember member, int offset, int limit) {
        List<String> teams = member.candidateGroups();
        if (teams.isEmpty()) {
            return List.of();
        }
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < teams.size(); i++) {
            branches.add("(select t.task_id, t.due_on, t.created_at" + OPEN + " and t.team = :team" + i
                    + " order by t.due_on, t.created_at, t.task_id fetch first :upTo rows only)");
        }
        Query query = entityManager.createNativeQuery("select task_id from (" + String.join(" union all ", branches)
                + ") x group by task_id, due_on, created_at order by due_on, created_at, task_id"
                + " offset :offset rows fetch first :limit rows only");
        for (int i = 0; i < teams.size(); i++) {
            query.setParameter("team" + i, teams.get(i));
        }
        return query.setParameter("member", member.username())
                .setParameter("upTo", offset + limit)
                .setParameter("offset", offset)
                .setParameter("limit", limit)
                .getResultList();
    }

    /**
     * How many steps the list holds, in one walk of the teams' index: every step with only one team once, and the
     * steps that several teams may take by their distinct ids.
     */
    static long count(EntityManager entityManager, StaffMember member) {
        List<String> teams = member.candidateGroups();
        if (teams.isEmpty()) {
            return 0;
        }
        return ((Number) entityManager
                        .createNativeQuery("select count(case when t.shared then null else 1 end)"
                                + " + count(distinct case when t.shared then t.task_id end)" + OPEN
                                + " and t.team in (:teams)")
                        .setParameter("member", member.username())
                        .setParameter("teams", teams)
                        .getSingleResult())
                .longValue();
    }
}

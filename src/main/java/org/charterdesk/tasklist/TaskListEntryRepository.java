package org.charterdesk.tasklist;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskListEntryRepository extends JpaRepository<TaskListEntry, String> {

    /** The next rows' step ids after {@code after}, in order: for walking the read model a batch at a time. */
    @Query("select e.taskId from TaskListEntry e where e.taskId > :after order by e.taskId")
    List<String> idsAfter(String after, Limit limit);

    /** A case's open steps of the complaint procedure, with their teams, oldest first. */
    @Query("select distinct e from TaskListEntry e left join fetch e.teams"
            + " where e.caseId = :caseId and e.planId is null and e.processKey is null"
            + " order by e.createdAt, e.taskId")
    List<TaskListEntry> complaintStepsOf(Long caseId);

    default List<String> idsAfter(String after, int limit) {
        return idsAfter(after, Limit.of(limit));
    }
}

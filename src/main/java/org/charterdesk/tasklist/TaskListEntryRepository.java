package org.charterdesk.tasklist;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TaskListEntryRepository extends JpaRepository<TaskListEntry, String> {

    long countByPlanIdIsNull();

    @Modifying
    @Query("delete from TaskListEntry e where e.planId is null")
    int deleteByPlanIdIsNull();
}

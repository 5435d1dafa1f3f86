package org.charterdesk.tasklist;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A team that may take an open step, with copies of what Team tasks filters and sorts by: when the step is due, when
 * it was made, whether someone holds it, who may not take it and whether other teams may take it too. With those
 * beside the team, a team's list is a walk along one index in its own order, however many other steps are open (see
 * {@link TeamTasksQuery}). The step's row ({@link TaskListEntry}) keeps the copies in step whenever it changes.
 */
@Entity
@Table(name = "task_list_team")
class TaskListTeam {

    @EmbeddedId
    private Key key;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "task_id", insertable = false, updatable = false)
    private TaskListEntry entry;

    private LocalDate dueOn;
    private Instant createdAt;
    private boolean claimed;
    private String notFor;

    /** Whether the step has other teams too: only such rows can be counted twice in a list of several teams. */
    private boolean shared;

    protected TaskListTeam() {}

    TaskListTeam(TaskListEntry entry, String team) {
        this.key = new Key(entry.getTaskId(), team);
        this.entry = entry;
        copyFrom(entry);
    }

    /** Takes the step's due date, holder, refusal and number of teams again after one of them changed. */
    void copyFrom(TaskListEntry step) {
        this.dueOn = step.getDueOn();
        this.createdAt = step.getCreatedAt();
        this.claimed = step.getAssignee() != null;
        this.notFor = step.getNotFor();
        this.shared = step.getTeams().size() > 1;
    }

    String team() {
        return key.team();
    }

    /** The step and one of its teams. */
    @Embeddable
    record Key(@Column(name = "task_id") String taskId, String team) implements Serializable {}
}

package org.charterdesk.actionplans;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A progress update on an action: its status then, and what was done. */
@Entity
@Table(name = "plan_progress")
public class PlanProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long actionId;
    private Instant writtenAt;
    private String writtenBy;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    private String note;

    protected PlanProgress() {}

    PlanProgress(Long actionId, Instant writtenAt, String writtenBy, ActionStatus status, String note) {
        this.actionId = actionId;
        this.writtenAt = writtenAt;
        this.writtenBy = writtenBy;
        this.status = status;
        this.note = note;
    }

    public Long getActionId() {
        return actionId;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public String getNote() {
        return note;
    }
}

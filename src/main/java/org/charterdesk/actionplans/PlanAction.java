package org.charterdesk.actionplans;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** An action of a plan: what, who, by when, how success is measured, and how it is going. */
@Entity
@Table(name = "plan_action")
public class PlanAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long planId;
    private String description;
    private String owner;
    private LocalDate targetDate;
    private String outcomeMeasure;

    @Enumerated(EnumType.STRING)
    private ActionStatus status;

    private String dropReason;
    private Long caseId;
    private String elementCode;
    private LocalDate overdueFlaggedOn;

    protected PlanAction() {}

    PlanAction(
            Long planId,
            String description,
            String owner,
            LocalDate targetDate,
            String outcomeMeasure,
            Long caseId,
            String elementCode) {
        this.planId = planId;
        this.description = description;
        this.owner = owner;
        this.targetDate = targetDate;
        this.outcomeMeasure = outcomeMeasure;
        this.status = ActionStatus.NOT_STARTED;
        this.caseId = caseId;
        this.elementCode = elementCode;
    }

    void progress(ActionStatus newStatus, String reasonIfDropped) {
        this.status = newStatus;
        this.dropReason = newStatus == ActionStatus.DROPPED ? reasonIfDropped : null;
    }

    /** Flags the action overdue for the day; false if it was flagged already. */
    boolean flagOverdue(LocalDate today) {
        if (overdueFlaggedOn != null) {
            return false;
        }
        this.overdueFlaggedOn = today;
        return true;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public String getDescription() {
        return description;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getTargetDate() {
        return targetDate;
    }

    public String getOutcomeMeasure() {
        return outcomeMeasure;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public String getDropReason() {
        return dropReason;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getElementCode() {
        return elementCode;
    }

    public LocalDate getOverdueFlaggedOn() {
        return overdueFlaggedOn;
    }
}

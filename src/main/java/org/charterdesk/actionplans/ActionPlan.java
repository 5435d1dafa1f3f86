package org.charterdesk.actionplans;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A service's action plan (or a corporate one, led by a service), for a period, from a source. */
@Entity
@Table(name = "action_plan")
public class ActionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String serviceCode;
    private boolean corporate;
    private String title;
    private LocalDate periodFrom;
    private LocalDate periodTo;

    @Enumerated(EnumType.STRING)
    private PlanSource source;

    @Enumerated(EnumType.STRING)
    private PlanStatus status;

    private String createdBy;
    private Instant createdAt;

    protected ActionPlan() {}

    ActionPlan(
            String serviceCode,
            boolean corporate,
            String title,
            LocalDate periodFrom,
            LocalDate periodTo,
            PlanSource source,
            String createdBy,
            Instant createdAt) {
        this.serviceCode = serviceCode;
        this.corporate = corporate;
        this.title = title;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.source = source;
        this.status = PlanStatus.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void setStatus(PlanStatus status) {
        this.status = status;
    }

    /** The process instance's business key for this plan. */
    public String processKey() {
        return processKeyOf(id);
    }

    static String processKeyOf(Long planId) {
        return "plan-" + planId;
    }

    public Long getId() {
        return id;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public boolean isCorporate() {
        return corporate;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public PlanSource getSource() {
        return source;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}

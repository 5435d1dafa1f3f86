package org.charterdesk.scorecard;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A service's return of its figures for the period that ended on {@code periodEnd}: entered, then approved. */
@Entity
public class ScorecardReturn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String serviceCode;
    private LocalDate periodEnd;
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private ReturnStatus status;

    private String comments;
    private String submittedBy;
    private String decidedBy;

    protected ScorecardReturn() {}

    ScorecardReturn(String serviceCode, LocalDate periodEnd, LocalDate dueOn) {
        this.serviceCode = serviceCode;
        this.periodEnd = periodEnd;
        this.dueOn = dueOn;
        this.status = ReturnStatus.AWAITED;
    }

    void submit(String by) {
        this.status = ReturnStatus.SUBMITTED;
        this.submittedBy = by;
    }

    void decide(boolean approved, String comments, String by) {
        this.status = approved ? ReturnStatus.APPROVED : ReturnStatus.SENT_BACK;
        this.comments = comments;
        this.decidedBy = by;
    }

    public Long getId() {
        return id;
    }

    public String getServiceCode() {
        return serviceCode;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public ReturnStatus getStatus() {
        return status;
    }

    public String getComments() {
        return comments;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}

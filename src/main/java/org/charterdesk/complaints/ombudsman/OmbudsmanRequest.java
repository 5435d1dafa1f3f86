package org.charterdesk.complaints.ombudsman;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A request for information from the ombudsman, with its deadline as the ombudsman counts it, and the answer. */
@Entity
@Table(name = "ombudsman_request")
class OmbudsmanRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, updatable = false)
    private Long referralId;

    @Column(nullable = false, updatable = false)
    private String what;

    @Column(nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(nullable = false, updatable = false)
    private int days;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DayBasis dayBasis;

    @Column(nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(nullable = false, updatable = false)
    private LocalDate atRiskOn;

    private String answer;
    private LocalDate answeredOn;
    private String answeredBy;
    private boolean atRiskWarned;
    private boolean breached;

    protected OmbudsmanRequest() {}

    OmbudsmanRequest(Long referralId, RequestInput input, LocalDate dueOn, LocalDate atRiskOn) {
        this.referralId = referralId;
        this.what = input.what().strip();
        this.receivedOn = input.receivedOn();
        this.days = input.days();
        this.dayBasis = input.basis();
        this.dueOn = dueOn;
        this.atRiskOn = atRiskOn;
    }

    void answered(String text, LocalDate on, String by) {
        this.answer = text;
        this.answeredOn = on;
        this.answeredBy = by;
    }

    /** Records the warning once; false if it was given already or the request is answered. */
    boolean warnAtRisk() {
        if (atRiskWarned || answeredOn != null) {
            return false;
        }
        atRiskWarned = true;
        return true;
    }

    /** Records the breach once; false if it was recorded already or the request is answered. */
    boolean breach() {
        if (breached || answeredOn != null) {
            return false;
        }
        breached = true;
        return true;
    }

    Long getId() {
        return id;
    }

    Long getReferralId() {
        return referralId;
    }

    String getWhat() {
        return what;
    }

    LocalDate getReceivedOn() {
        return receivedOn;
    }

    int getDays() {
        return days;
    }

    DayBasis getDayBasis() {
        return dayBasis;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    LocalDate getAtRiskOn() {
        return atRiskOn;
    }

    String getAnswer() {
        return answer;
    }

    LocalDate getAnsweredOn() {
        return answeredOn;
    }

    boolean isBreached() {
        return breached;
    }
}

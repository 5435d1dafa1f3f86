package org.charterdesk.complaints.information;

import jakarta.persistence.Column;
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
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.complaints.Stage;

/** One request to the customer for more information on a case, and what came of it. */
@Entity
@Table(name = "information_request")
class InformationRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Stage stage;

    @Column(nullable = false, updatable = false)
    private String question;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private PreferredContact channel;

    @Column(nullable = false, updatable = false)
    private String askedBy;

    @Column(nullable = false, updatable = false)
    private Instant askedAt;

    @Column(nullable = false, updatable = false)
    private LocalDate askedOn;

    @Column(nullable = false, updatable = false)
    private LocalDate answerDueOn;

    @Column(nullable = false, updatable = false)
    private boolean clockStops;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InformationStatus status;

    /** SHA-256 of the one-time link's key, in hex; the key itself is only ever in the letter. */
    @Column(nullable = false, updatable = false)
    private String tokenHash;

    private String answer;
    private Instant answeredAt;
    private String answeredBy;

    @Enumerated(EnumType.STRING)
    private AnswerHow answeredHow;

    private LocalDate resumedOn;
    private Integer daysWaited;

    protected InformationRequest() {}

    InformationRequest(
            Long caseId,
            Stage stage,
            QuestionInput input,
            String askedBy,
            Instant askedAt,
            LocalDate askedOn,
            boolean clockStops,
            String tokenHash) {
        this.caseId = caseId;
        this.stage = stage;
        this.question = input.question().strip();
        this.channel = input.channel();
        this.answerDueOn = input.answerBy();
        this.askedBy = askedBy;
        this.askedAt = askedAt;
        this.askedOn = askedOn;
        this.clockStops = clockStops;
        this.tokenHash = tokenHash;
        this.status = InformationStatus.WAITING;
    }

    /** The answer came, on time or after the officer was told there was none (but before they decided). */
    void answered(String text, Instant at, String by, AnswerHow how) {
        this.answer = text;
        this.answeredAt = at;
        this.answeredBy = by;
        this.answeredHow = how;
        this.status = InformationStatus.ANSWERED;
    }

    void noAnswer() {
        this.status = InformationStatus.NO_ANSWER;
    }

    void decidedWithoutAnswer(boolean carryOn) {
        this.status = carryOn ? InformationStatus.CARRIED_ON : InformationStatus.CLOSED_NO_ANSWER;
    }

    void cancelled() {
        this.status = InformationStatus.CANCELLED;
    }

    /** Work carries on: the day it did, and the working days the clock stood still (0 if it kept running). */
    void resumed(LocalDate on, int waited) {
        this.resumedOn = on;
        this.daysWaited = waited;
    }

    boolean isOpen() {
        return status == InformationStatus.WAITING || status == InformationStatus.NO_ANSWER;
    }

    Long getId() {
        return id;
    }

    Long getCaseId() {
        return caseId;
    }

    Stage getStage() {
        return stage;
    }

    String getQuestion() {
        return question;
    }

    PreferredContact getChannel() {
        return channel;
    }

    String getAskedBy() {
        return askedBy;
    }

    Instant getAskedAt() {
        return askedAt;
    }

    LocalDate getAskedOn() {
        return askedOn;
    }

    LocalDate getAnswerDueOn() {
        return answerDueOn;
    }

    boolean isClockStops() {
        return clockStops;
    }

    InformationStatus getStatus() {
        return status;
    }

    String getAnswer() {
        return answer;
    }

    Instant getAnsweredAt() {
        return answeredAt;
    }

    AnswerHow getAnsweredHow() {
        return answeredHow;
    }

    LocalDate getResumedOn() {
        return resumedOn;
    }

    Integer getDaysWaited() {
        return daysWaited;
    }
}

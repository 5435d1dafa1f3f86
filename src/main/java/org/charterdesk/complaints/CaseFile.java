package org.charterdesk.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import org.charterdesk.charter.CouncilService;
import org.charterdesk.charter.Language;
import org.charterdesk.charter.Timescales;
import org.charterdesk.complaints.deadlines.CaseDeadline;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.hibernate.Hibernate;
import org.hibernate.annotations.NaturalId;

/**
 * A customer's complaint, compliment or comment: the system of record. The complaint process instance carries
 * the reference as its business key and little else; everything the council knows about the case is here, in
 * its deadlines, its decisions and its timeline.
 */
@Entity
@Table(name = "case_file")
public class CaseFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @NaturalId
    @Column(nullable = false, unique = true, updatable = false)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private CaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_id", nullable = false)
    private CouncilService service;

    /** Read once a transaction by {@link Deadlines}, however often the procedure asks for one of them. */
    @OneToMany(mappedBy = "caseFile")
    @OrderBy("id")
    private List<CaseDeadline> deadlines = new ArrayList<>();

    @Embedded
    private Customer customer;

    @Column(nullable = false)
    private String whatHappened;

    private String outcomeSought;

    @Column(nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(nullable = false, updatable = false)
    private LocalDate receivedOn;

    private String loggedBy;

    @Enumerated(EnumType.STRING)
    private MatterType matterType;

    private boolean complex;

    private boolean serious;

    private boolean highRisk;

    private String triageNote;

    @Enumerated(EnumType.STRING)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CharterFlag charterFlag;

    @Embedded
    private Timescales timescales;

    @Column(name = "stage1_handler")
    private String stage1Handler;

    private Instant escalationRequestedAt;

    private String escalationReason;

    private String escalationDeclineReason;

    @Column(name = "stage2_started_on")
    private LocalDate stage2StartedOn;

    private String agreedOutcomeSought;

    private Instant closedAt;

    private String surveyToken;

    @Enumerated(EnumType.STRING)
    private Stage closedAtStage;

    @Column(nullable = false, updatable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    /** The customer's language, "en" or "cy": their letters and emails are written in it. */
    @Column(nullable = false)
    private String language = Language.ENGLISH.code();

    /** The lineage of the charter promise the customer says was not kept, or null. */
    private Long promiseNotKept;

    protected CaseFile() {}

    public Language getLanguage() {
        return Language.of(language);
    }

    void speaks(Language chosen) {
        this.language = chosen.code();
    }

    CaseFile(
            String reference,
            CaseKind kind,
            Channel channel,
            CouncilService service,
            Customer customer,
            String whatHappened,
            String outcomeSought,
            Instant receivedAt,
            LocalDate receivedOn,
            String loggedBy,
            Timescales timescales,
            Instant now) {
        this.reference = reference;
        this.kind = kind;
        this.channel = channel;
        this.service = service;
        this.customer = customer;
        this.whatHappened = whatHappened;
        this.outcomeSought = outcomeSought;
        this.receivedAt = receivedAt;
        this.receivedOn = receivedOn;
        this.loggedBy = loggedBy;
        this.timescales = timescales;
        this.status = kind == CaseKind.COMPLAINT ? CaseStatus.RECEIVED : CaseStatus.RECORDED;
        this.charterFlag = CharterFlag.ON_TRACK;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void recordTriage(MatterType matterType, boolean complex, boolean serious, boolean highRisk, String note) {
        this.matterType = matterType;
        this.complex = complex;
        this.serious = serious;
        this.highRisk = highRisk;
        this.triageNote = note;
    }

    public void startStage(Stage stage) {
        this.stage = stage;
        this.status = CaseStatus.IN_PROGRESS;
        this.closedAt = null;
        this.closedAtStage = null;
    }

    public void startStage2(LocalDate startedOn) {
        startStage(Stage.STAGE_2);
        this.stage2StartedOn = startedOn;
    }

    public void close(CaseStatus finalStatus, Instant at) {
        if (!finalStatus.finished()) {
            throw new IllegalArgumentException(finalStatus + " is not a closing status");
        }
        this.status = finalStatus;
        this.closedAt = at;
        this.closedAtStage = stage;
    }

    /** The unguessable key of this case's satisfaction survey link, made once. */
    public String surveyToken(Supplier<String> newToken) {
        if (surveyToken == null) {
            surveyToken = newToken.get();
        }
        return surveyToken;
    }

    public String getSurveyToken() {
        return surveyToken;
    }

    /** The case waits for the customer to answer a request for more information. */
    public void waitForCustomer() {
        this.status = CaseStatus.WAITING_FOR_CUSTOMER;
    }

    /** Work carries on after waiting for the customer. */
    public void carryOnAfterWaiting() {
        if (status == CaseStatus.WAITING_FOR_CUSTOMER) {
            this.status = CaseStatus.IN_PROGRESS;
        }
    }

    public void requestEscalation(Instant at, String reason) {
        this.status = CaseStatus.ESCALATION_REQUESTED;
        this.escalationRequestedAt = at;
        this.escalationReason = reason;
    }

    public void declineEscalation(String reason) {
        this.escalationDeclineReason = reason;
    }

    public void restoreClosedAfterDeclinedEscalation() {
        this.status = CaseStatus.CLOSED;
    }

    public void setStage1Handler(String username) {
        this.stage1Handler = username;
    }

    public void setAgreedOutcomeSought(String agreedOutcomeSought) {
        this.agreedOutcomeSought = agreedOutcomeSought;
    }

    public void setCharterFlag(CharterFlag charterFlag) {
        this.charterFlag = charterFlag;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    /**
     * The case's deadlines as this transaction knows them, oldest first: read from the database the first time they
     * are asked for (for {@link Deadlines}, which keeps them).
     */
    public List<CaseDeadline> deadlinesKnown() {
        return Collections.unmodifiableList(deadlines);
    }

    /** A deadline {@link Deadlines} has just opened, added to those this transaction already knows, if it read them. */
    public void deadlineOpened(CaseDeadline deadline) {
        if (Hibernate.isInitialized(deadlines)) {
            deadlines.add(deadline);
        }
    }

    public String getReference() {
        return reference;
    }

    public CaseKind getKind() {
        return kind;
    }

    public Channel getChannel() {
        return channel;
    }

    public CouncilService getService() {
        return service;
    }

    /** The case goes to another service's team (its own service was retired); its timescales stay. */
    void moveTo(CouncilService newService) {
        this.service = newService;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public String getOutcomeSought() {
        return outcomeSought;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getLoggedBy() {
        return loggedBy;
    }

    public MatterType getMatterType() {
        return matterType;
    }

    public boolean isComplex() {
        return complex;
    }

    public boolean isSerious() {
        return serious;
    }

    public boolean isHighRisk() {
        return highRisk;
    }

    public String getTriageNote() {
        return triageNote;
    }

    public Stage getStage() {
        return stage;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public CharterFlag getCharterFlag() {
        return charterFlag;
    }

    public Timescales getTimescales() {
        return timescales;
    }

    public String getStage1Handler() {
        return stage1Handler;
    }

    public Instant getEscalationRequestedAt() {
        return escalationRequestedAt;
    }

    public String getEscalationReason() {
        return escalationReason;
    }

    public String getEscalationDeclineReason() {
        return escalationDeclineReason;
    }

    public LocalDate getStage2StartedOn() {
        return stage2StartedOn;
    }

    public String getAgreedOutcomeSought() {
        return agreedOutcomeSought;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Stage getClosedAtStage() {
        return closedAtStage;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String serviceCode() {
        return service.getCode();
    }

    public Long getPromiseNotKept() {
        return promiseNotKept;
    }

    void namePromiseNotKept(Long lineageId) {
        this.promiseNotKept = lineageId;
    }
}

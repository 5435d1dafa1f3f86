package org.charterdesk.charter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One promise of the council's customer charter. A standard belongs to a service or, with no service, to the
 * whole council. Standards of the complaints procedure also name their step, the procedure profile they apply
 * under (none: every profile) and the number of working days (or months).
 */
@Entity
@Table(name = "charter_standard")
public class CharterStandard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "service_id")
    private CouncilService service;

    @Column(name = "procedure_profile")
    private String procedureProfile;

    @Enumerated(EnumType.STRING)
    @Column(name = "procedure_step")
    private ProcedureStep procedureStep;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String promise;

    private String welshName;

    private String welshPromise;

    private Integer amount;

    @Enumerated(EnumType.STRING)
    private StandardUnit unit;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    /** The first day this version is in force; none: since the charter was loaded. */
    private LocalDate effectiveFrom;

    /** The day a later version took over; none: still in force, or in force from {@link #effectiveFrom}. */
    private LocalDate replacedOn;

    /** The id of the standard's first version, shared by all its versions. */
    private Long lineageId;

    private String changedBy;

    private Instant changedAt;

    protected CharterStandard() {}

    public CharterStandard(CouncilService service, String name, String promise, int sortOrder) {
        this.service = service;
        this.name = name;
        this.promise = promise;
        this.sortOrder = sortOrder;
    }

    /** The standard's words in Welsh, where the council gives them. */
    public CharterStandard inWelsh(String name, String promise) {
        this.welshName = name;
        this.welshPromise = promise;
        return this;
    }

    public String getWelshName() {
        return welshName;
    }

    public String getWelshPromise() {
        return welshPromise;
    }

    /** Makes this a standard of the complaints procedure. */
    public CharterStandard forStep(ProcedureStep step, ProcedureProfile profile, int amount) {
        if (amount < 0) {
            throw new IllegalArgumentException("A timescale cannot be negative: " + name);
        }
        this.procedureStep = step;
        this.procedureProfile = profile == null ? null : profile.configName();
        this.amount = amount;
        this.unit = step.unit();
        return this;
    }

    public Long getId() {
        return id;
    }

    public CouncilService getService() {
        return service;
    }

    public boolean isCorporate() {
        return service == null;
    }

    public ProcedureProfile getProcedureProfile() {
        return procedureProfile == null ? null : ProcedureProfile.fromConfig(procedureProfile);
    }

    public ProcedureStep getProcedureStep() {
        return procedureStep;
    }

    public String getName() {
        return name;
    }

    public String getPromise() {
        return promise;
    }

    public Integer getAmount() {
        return amount;
    }

    public StandardUnit getUnit() {
        return unit;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    /** Changes the timescale; cases already received keep the timescales they were given. */
    public void changeAmount(int newAmount, String newPromise) {
        if (procedureStep == null) {
            throw new IllegalStateException("'" + name + "' has no timescale to change");
        }
        forStep(procedureStep, getProcedureProfile(), newAmount);
        if (newPromise != null && !newPromise.isBlank()) {
            this.promise = newPromise;
        }
    }

    /**
     * A new version of this standard, in force from {@code from}, with new words and (for a timescale) a new amount;
     * this version stops on that day. Save both.
     */
    public CharterStandard changeFrom(
            LocalDate from, String newName, String newPromise, Integer newAmount, String by, Instant at) {
        CharterStandard next =
                new CharterStandard(service, newName, newPromise, sortOrder).inWelsh(welshName, welshPromise);
        next.procedureStep = procedureStep;
        next.procedureProfile = procedureProfile;
        next.unit = unit;
        next.amount = procedureStep == null ? null : newAmount;
        next.effectiveFrom = from;
        next.lineageId = lineageId;
        next.changedBy = by;
        next.changedAt = at;
        this.replacedOn = from;
        return next;
    }

    /** Makes a new standard (not a change to one) start on {@code from}. */
    CharterStandard startingOn(LocalDate from, String by, Instant at) {
        this.effectiveFrom = from;
        this.changedBy = by;
        this.changedAt = at;
        return this;
    }

    /** Whether this version is the one in force on the day. */
    public boolean inForceOn(LocalDate day) {
        return (effectiveFrom == null || !effectiveFrom.isAfter(day))
                && (replacedOn == null || replacedOn.isAfter(day));
    }

    /** Whether this is the newest version, in force now or from a later date. */
    public boolean isLatest() {
        return replacedOn == null;
    }

    @PostPersist
    void firstOfItsLine() {
        if (lineageId == null) {
            lineageId = id;
        }
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public Long getLineageId() {
        return lineageId;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    boolean appliesUnder(ProcedureProfile profile) {
        return procedureProfile == null || procedureProfile.equals(profile.configName());
    }
}

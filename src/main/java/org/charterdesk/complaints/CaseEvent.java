package org.charterdesk.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.charterdesk.security.Actors;

/** One entry on a case's timeline: who did what, when. Never changed once written. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    /** The actor for what the customer did. */
    public static final String CUSTOMER = Actors.CUSTOMER;
    /** The actor for what the procedure did by itself (timers, automatic steps). */
    public static final String SYSTEM = Actors.SYSTEM;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EventType type;

    @Column(nullable = false, updatable = false)
    private String description;

    protected CaseEvent() {}

    CaseEvent(Long caseId, Instant occurredAt, String actor, EventType type, String description) {
        this.caseId = caseId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public EventType getType() {
        return type;
    }

    public String getDescription() {
        return description;
    }
}

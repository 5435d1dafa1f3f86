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

/** A customer got in touch again about an open case: when, how, what they said, and who logged it. */
@Entity
@Table(name = "further_contact")
class FurtherContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @Column(nullable = false, updatable = false)
    private Instant receivedAt;

    @Column(nullable = false, updatable = false)
    private String whatHappened;

    @Column(nullable = false, updatable = false)
    private String loggedBy;

    protected FurtherContact() {}

    FurtherContact(Long caseId, Channel channel, Instant receivedAt, String whatHappened, String loggedBy) {
        this.caseId = caseId;
        this.channel = channel;
        this.receivedAt = receivedAt;
        this.whatHappened = whatHappened;
        this.loggedBy = loggedBy;
    }

    Channel getChannel() {
        return channel;
    }

    Instant getReceivedAt() {
        return receivedAt;
    }

    String getWhatHappened() {
        return whatHappened;
    }

    String getLoggedBy() {
        return loggedBy;
    }
}

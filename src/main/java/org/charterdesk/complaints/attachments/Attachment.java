package org.charterdesk.complaints.attachments;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A file on a case: its name, type and size, who added it and when; its bytes are in the store under its key. */
@Entity
@Table(name = "attachment")
class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(updatable = false)
    private String stepName;

    @Column(nullable = false)
    private String fileName;

    @Column(nullable = false, updatable = false)
    private String contentType;

    @Column(nullable = false, updatable = false)
    private long sizeBytes;

    @Column(nullable = false, updatable = false)
    private String storageKey;

    @Column(nullable = false, updatable = false)
    private String addedBy;

    @Column(nullable = false, updatable = false)
    private boolean fromCustomer;

    @Column(nullable = false, updatable = false)
    private Instant addedAt;

    private Instant removedAt;

    protected Attachment() {}

    Attachment(
            Long caseId,
            String stepName,
            ReceivedFile file,
            String storageKey,
            String addedBy,
            boolean fromCustomer,
            Instant addedAt) {
        this.caseId = caseId;
        this.stepName = stepName;
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.sizeBytes = file.size();
        this.storageKey = storageKey;
        this.addedBy = addedBy;
        this.fromCustomer = fromCustomer;
        this.addedAt = addedAt;
    }

    Long getId() {
        return id;
    }

    String getStepName() {
        return stepName;
    }

    String getFileName() {
        return fileName;
    }

    String getContentType() {
        return contentType;
    }

    long getSizeBytes() {
        return sizeBytes;
    }

    String getStorageKey() {
        return storageKey;
    }

    String getAddedBy() {
        return addedBy;
    }

    boolean isFromCustomer() {
        return fromCustomer;
    }

    Instant getAddedAt() {
        return addedAt;
    }

    boolean isRemoved() {
        return removedAt != null;
    }

    void remove(String removedName, Instant at) {
        this.fileName = removedName;
        this.removedAt = at;
    }
}

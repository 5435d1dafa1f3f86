package org.charterdesk.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A member of staff's internal note on a case: who, when, and what. Staff only. */
@Entity
@Table(name = "case_note")
class CaseNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(nullable = false, updatable = false)
    private String author;

    @Column(nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(nullable = false, updatable = false)
    private String text;

    protected CaseNote() {}

    CaseNote(Long caseId, String author, Instant writtenAt, String text) {
        this.caseId = caseId;
        this.author = author;
        this.writtenAt = writtenAt;
        this.text = text;
    }

    String getAuthor() {
        return author;
    }

    Instant getWrittenAt() {
        return writtenAt;
    }

    String getText() {
        return text;
    }
}

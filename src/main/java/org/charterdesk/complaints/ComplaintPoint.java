package org.charterdesk.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A point of complaint agreed with the customer at stage 2, and what the investigation found on it. */
@Entity
@Table(name = "complaint_point")
public class ComplaintPoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private String summary;

    private String finding;

    protected ComplaintPoint() {}

    public ComplaintPoint(Long caseId, int sortOrder, String summary) {
        this.caseId = caseId;
        this.sortOrder = sortOrder;
        this.summary = summary;
    }

    public void recordFinding(String finding) {
        this.finding = finding;
    }

    public Long getId() {
        return id;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public String getSummary() {
        return summary;
    }

    public String getFinding() {
        return finding;
    }
}

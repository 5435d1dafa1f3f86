package org.charterdesk.complaints;

/** What the customer's contact is. Compliments and comments are recorded and counted; they have no procedure. */
public enum CaseKind {
    COMPLAINT("Complaint", "CMP"),
    COMPLIMENT("Compliment", "CPL"),
    COMMENT("Comment", "CMT");

    private final String displayName;
    private final String referencePrefix;

    CaseKind(String displayName, String referencePrefix) {
        this.displayName = displayName;
        this.referencePrefix = referencePrefix;
    }

    public String displayName() {
        return displayName;
    }

    String referencePrefix() {
        return referencePrefix;
    }
}

package org.charterdesk.audit;

/** What an audit entry records. */
public enum AuditAction {
    VIEWED("Viewed"),
    CHANGED("Changed"),
    EXPORTED("Exported"),
    DOWNLOADED("Downloaded"),
    ANONYMISED("Anonymised"),
    ERASED("Erased"),
    /** The audit log's own keeping period was set or changed. */
    POLICY("Audit policy");

    private final String displayName;

    AuditAction(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}

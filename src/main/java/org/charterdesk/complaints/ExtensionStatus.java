package org.charterdesk.complaints;

public enum ExtensionStatus {
    PENDING,
    APPROVED,
    DECLINED
}

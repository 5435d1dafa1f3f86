package org.charterdesk.charter;

public enum StandardUnit {
    WORKING_DAYS,
    MONTHS
}

package org.charterdesk.complaints;

/** How the customer wants to hear from the council. */
public enum PreferredContact {
    EMAIL("Email"),
    PHONE("Phone"),
    POST("Post");

    private final String displayName;

    PreferredContact(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}

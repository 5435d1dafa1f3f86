package org.charterdesk.complaints;

/** How the contact reached the council. */
public enum Channel {
    WEB("Web form"),
    EMAIL("Email"),
    PHONE("Phone"),
    LETTER("Letter"),
    FACE_TO_FACE("Face to face"),
    SOCIAL_MEDIA("Social media");

    private final String displayName;

    Channel(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}

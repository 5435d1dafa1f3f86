package org.charterdesk.complaints.information;

/** How the customer's answer reached the council. */
public enum AnswerHow {
    LINK("Online, by the link in our letter"),
    TRACKING_PAGE("Online, on the tracking page"),
    PHONE("By phone, taken by staff"),
    LETTER("By letter, recorded by staff");

    private final String displayName;

    AnswerHow(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}

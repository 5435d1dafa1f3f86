package org.charterdesk.complaints.restrictions;

/** What a restriction limits. */
public enum RestrictionKind {
    ONE_CONTACT("You may contact us only through one named member of staff"),
    ONE_CHANNEL("You may contact us only one way"),
    WRITTEN_ONLY("You may contact us only in writing (letter or email)"),
    NO_NEW_COMPLAINT("We will not open a new complaint about a matter we have already decided");

    private final String words;

    RestrictionKind(String words) {
        this.words = words;
    }

    /** The restriction in plain words, as the customer's letter states it. */
    public String words() {
        return words;
    }
}

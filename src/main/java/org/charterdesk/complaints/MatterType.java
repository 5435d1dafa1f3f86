package org.charterdesk.complaints;

/**
 * What a contact really is, decided at triage. Only a complaint goes through the complaints procedure; the
 * others are closed as not a complaint and the customer is told where to go.
 */
public enum MatterType {
    COMPLAINT("A complaint", null),
    SERVICE_REQUEST(
            "A request for a service",
            "This is a request for a service rather than a complaint, so we have passed it to the service to deal "
                    + "with. If you are unhappy with how they deal with it, you can then complain to us."),
    FOI_REQUEST(
            "A Freedom of Information request",
            "This is a request for information, which we handle under freedom of information law rather than as a "
                    + "complaint. Our information team will reply within 20 working days."),
    DATA_REQUEST(
            "A request about personal data",
            "This is a request about your personal data, which we handle under data protection law rather than as a "
                    + "complaint. Our data protection officer will reply within one month."),
    APPEAL(
            "A matter with its own appeal route",
            "This matter has its own appeal route, which must be used instead of the complaints procedure. We have "
                    + "written to you about how to appeal.");

    private final String displayName;
    private final String whereToGo;

    MatterType(String displayName, String whereToGo) {
        this.displayName = displayName;
        this.whereToGo = whereToGo;
    }

    public String displayName() {
        return displayName;
    }

    /** For a matter that is not a complaint: what the customer is told about where it goes instead. */
    public String whereToGo() {
        return whereToGo;
    }
}

package org.charterdesk.complaints;

/** No case with that reference that the caller may see. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(String reference) {
        super("There is no case " + reference + " that you can see");
    }
}

package org.charterdesk.complaints;

import org.springframework.security.access.AccessDeniedException;

/** The member of staff may not see or act on this case. */
public class CaseAccessDeniedException extends AccessDeniedException {

    public CaseAccessDeniedException(String message) {
        super(message);
    }
}

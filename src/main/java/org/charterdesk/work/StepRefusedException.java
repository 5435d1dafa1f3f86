package org.charterdesk.work;

import org.springframework.security.access.AccessDeniedException;

/** The member of staff may not do this with the step: not in a team that may take it, or not its holder. */
public class StepRefusedException extends AccessDeniedException {

    public StepRefusedException(String message) {
        super(message);
    }
}

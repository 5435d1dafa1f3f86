package org.charterdesk.complaints;

import java.util.Optional;

/** A case by its reference, the business key the procedure, the screens and the customer name it by. */
public interface CaseFileLookup {

    Optional<CaseFile> findByReference(String reference);
}

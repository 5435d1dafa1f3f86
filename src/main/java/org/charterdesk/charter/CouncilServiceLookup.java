package org.charterdesk.charter;

import java.util.Optional;

/** A service by its code, the natural key the rest of Charterdesk names it by (groups, task lists, reports). */
public interface CouncilServiceLookup {

    Optional<CouncilService> findByCode(String code);
}

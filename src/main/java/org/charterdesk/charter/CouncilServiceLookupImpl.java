package org.charterdesk.charter;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.hibernate.Session;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks a service up by its code as Hibernate's natural id: a service already read in the transaction (a case's,
 * say) is found without asking the database again. A deadline warning names its service's teams this way after
 * reading the case.
 */
class CouncilServiceLookupImpl implements CouncilServiceLookup {

    private final EntityManager entityManager;

    CouncilServiceLookupImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CouncilService> findByCode(String code) {
        return entityManager
                .unwrap(Session.class)
                .bySimpleNaturalId(CouncilService.class)
                .loadOptional(code);
    }
}

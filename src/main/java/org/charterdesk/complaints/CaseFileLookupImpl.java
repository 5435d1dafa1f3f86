package org.charterdesk.complaints;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.hibernate.Session;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks a case up by its reference as Hibernate's natural id: a case already read or written in the transaction is
 * found without asking the database again. Receiving a complaint asked for its case four times (each due date and
 * timer of the first step, and the step's task-list row), each a statement until now.
 */
class CaseFileLookupImpl implements CaseFileLookup {

    private final EntityManager entityManager;

    CaseFileLookupImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseFile> findByReference(String reference) {
        return entityManager
                .unwrap(Session.class)
                .bySimpleNaturalId(CaseFile.class)
                .loadOptional(reference);
    }
}

package org.charterdesk.complaints;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

/**
 * Hands out case references a customer can read out on the phone, such as {@code CMP-2026-000123}. The number
 * comes from a database sequence, so a reference is never handed out twice, even across application nodes.
 */
@Component
class CaseReferences {

    private final EntityManager entityManager;
    private final String nextValueSql;

    CaseReferences(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.nextValueSql = entityManager
                .getEntityManagerFactory()
                .unwrap(SessionFactoryImplementor.class)
                .getJdbcServices()
                .getDialect()
                .getSequenceSupport()
                .getSequenceNextValString("case_reference_seq");
    }

    String next(CaseKind kind, LocalDate receivedOn) {
        long number = ((Number) entityManager.createNativeQuery(nextValueSql).getSingleResult()).longValue();
        return "%s-%d-%06d".formatted(kind.referencePrefix(), receivedOn.getYear(), number);
    }
}

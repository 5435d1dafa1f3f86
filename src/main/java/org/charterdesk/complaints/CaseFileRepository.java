package org.charterdesk.complaints;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

    Optional<CaseFile> findByReference(String reference);

    Optional<CaseFile> findBySurveyToken(String surveyToken);

    /** Locks the case row for the rest of the transaction, so that two changes to a case queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CaseFile c where c.reference = :reference")
    Optional<CaseFile> lockByReference(String reference);

    long countByKindAndStatusIn(CaseKind kind, Collection<CaseStatus> statuses);

    long countByKindAndStatusInAndServiceCodeIn(
            CaseKind kind, Collection<CaseStatus> statuses, Collection<String> services);

    long countByKindAndCharterFlagAndStatusIn(CaseKind kind, CharterFlag flag, Collection<CaseStatus> statuses);

    long countByKindAndCharterFlagAndStatusInAndServiceCodeIn(
            CaseKind kind, CharterFlag flag, Collection<CaseStatus> statuses, Collection<String> services);
}

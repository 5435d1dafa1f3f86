package org.charterdesk.complaints;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

    Optional<CaseFile> findByReference(String reference);

    /** Locks the case row for the rest of the transaction, so that two changes to a case queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CaseFile c where c.reference = :reference")
    Optional<CaseFile> lockByReference(String reference);

    @Query("select count(c) from CaseFile c where c.kind = org.charterdesk.complaints.CaseKind.COMPLAINT "
            + "and c.status in :statuses and (:allServices = true or c.service.code in :services)")
    long countComplaints(Collection<CaseStatus> statuses, boolean allServices, Collection<String> services);

    @Query("select count(c) from CaseFile c where c.kind = org.charterdesk.complaints.CaseKind.COMPLAINT "
            + "and c.charterFlag = :flag and c.status in :statuses "
            + "and (:allServices = true or c.service.code in :services)")
    long countComplaintsFlagged(CharterFlag flag, Collection<CaseStatus> statuses, boolean allServices,
            Collection<String> services);
}

package org.charterdesk.complaints;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CaseFileRepository extends JpaRepository<CaseFile, Long>, CaseFileLookup {

    // Named queries, not derived ones: on the procedure's hot path, and Hibernate 6.6 turns a derived query's criteria
    // into SQL again on every call, where a query's text is translated once (a tenth of a lifecycle's processor time).
    // A case by its reference: CaseFileLookup (Hibernate's natural id, found in the transaction when already read).

    Optional<CaseFile> findBySurveyToken(String surveyToken);

    /** Locks the case row for the rest of the transaction, so that two changes to a case queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from CaseFile c where c.reference = :reference")
    Optional<CaseFile> lockByReference(String reference);

    @Query("select c from CaseFile c where lower(c.customer.email) = lower(:email) order by c.receivedAt desc")
    List<CaseFile> withCustomerEmail(String email, Pageable page);

    @Query("select c from CaseFile c where replace(c.customer.phone, ' ', '') = :phone order by c.receivedAt desc")
    List<CaseFile> withCustomerPhone(String phone, Pageable page);

    @Query("""
            select c from CaseFile c
             where lower(c.customer.name) = lower(:name) and lower(c.customer.address) = lower(:address)
             order by c.receivedAt desc""")
    List<CaseFile> withCustomerNameAndAddress(String name, String address, Pageable page);

    long countByKindAndStatusIn(CaseKind kind, Collection<CaseStatus> statuses);

    List<CaseFile> findByServiceCodeAndStatusIn(String serviceCode, Collection<CaseStatus> statuses);

    long countByServiceCodeAndStatusIn(String serviceCode, Collection<CaseStatus> statuses);

    long countByKindAndStatusInAndServiceCodeIn(
            CaseKind kind, Collection<CaseStatus> statuses, Collection<String> services);

    long countByKindAndCharterFlagAndStatusIn(CaseKind kind, CharterFlag flag, Collection<CaseStatus> statuses);

    long countByKindAndCharterFlagAndStatusInAndServiceCodeIn(
            CaseKind kind, CharterFlag flag, Collection<CaseStatus> statuses, Collection<String> services);
}

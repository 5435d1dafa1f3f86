package org.charterdesk.complaints.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseDeadlineRepository extends JpaRepository<CaseDeadline, Long> {

    // Named queries, not derived ones: on the procedure's hot path, and Hibernate 6.6 turns a derived query's criteria
    // into SQL again on every call, where a query's text is translated once (a tenth of a lifecycle's processor time).
    @Query("select d from CaseDeadline d where d.caseFile.id = :caseId and d.kind = :kind")
    Optional<CaseDeadline> findByCaseFileIdAndKind(@Param("caseId") Long caseId, @Param("kind") DeadlineKind kind);

    @Query("select d from CaseDeadline d where d.caseFile.id = :caseId order by d.id")
    List<CaseDeadline> findByCaseFileIdOrderByIdAsc(@Param("caseId") Long caseId);

    /** The open deadlines whose working days include {@code day}: from the day their clock starts to the due date. */
    @Query("""
            select d from CaseDeadline d join fetch d.caseFile
            where d.status = :open
            and d.startsOn <= :day and d.dueOn >= :day order by d.caseFile.id, d.id""")
    List<CaseDeadline> findOpenAcross(@Param("day") LocalDate day, @Param("open") DeadlineStatus open);

    @Query("""
            select count(distinct d.caseFile.id) from CaseDeadline d
            where d.status = :open
            and d.startsOn <= :day and d.dueOn >= :day""")
    long countCasesOpenAcross(@Param("day") LocalDate day, @Param("open") DeadlineStatus open);
}

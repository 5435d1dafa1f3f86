package org.charterdesk.complaints.deadlines;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CaseDeadlineRepository extends JpaRepository<CaseDeadline, Long> {

    Optional<CaseDeadline> findByCaseFileIdAndKind(Long caseId, DeadlineKind kind);

    List<CaseDeadline> findByCaseFileIdOrderByIdAsc(Long caseId);

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

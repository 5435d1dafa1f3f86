package org.charterdesk.complaints.information;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.charterdesk.complaints.Stage;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InformationRequestRepository extends JpaRepository<InformationRequest, Long> {

    Optional<InformationRequest> findByTokenHash(String tokenHash);

    List<InformationRequest> findByCaseIdOrderByIdDesc(Long caseId);

    // A named query, not a derived one: every deadline warning asks it, and Hibernate 6.6 turns a derived query's
    // criteria into SQL again on every call (a tenth of a warning's processor time).
    @Query("select r from InformationRequest r where r.caseId = :caseId order by r.id desc")
    List<InformationRequest> newestFirst(@Param("caseId") Long caseId, Limit limit);

    /**
     * Working days waited for customers at a stage, by case, for the cases of the services whose decision at that
     * stage was sent in the period (a join, not a list of cases: a year's decisions at a large council are more
     * than a statement may carry).
     */
    @Query("""
            select r.caseId, sum(coalesce(r.daysWaited, 0)) from InformationRequest r
            where r.stage = :stage and exists (select 1 from StageDecision d, CaseFile c
                where d.caseId = r.caseId and c.id = r.caseId and d.stage = :stage and c.service.code in :services
                and d.sentAt >= :start and d.sentAt < :end)
            group by r.caseId""")
    List<Object[]> daysWaitedByCase(
            @Param("stage") Stage stage,
            @Param("services") Collection<String> services,
            @Param("start") Instant start,
            @Param("end") Instant end);
}

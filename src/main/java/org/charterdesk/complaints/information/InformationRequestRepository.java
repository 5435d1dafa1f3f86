package org.charterdesk.complaints.information;

import java.util.List;
import java.util.Optional;
import org.charterdesk.complaints.Stage;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InformationRequestRepository extends JpaRepository<InformationRequest, Long> {

    Optional<InformationRequest> findByTokenHash(String tokenHash);

    List<InformationRequest> findByCaseIdOrderByIdDesc(Long caseId);

    Optional<InformationRequest> findFirstByCaseIdOrderByIdDesc(Long caseId);

    /** Working days waited for customers at a stage, by case, for the cases given. */
    @Query("select r.caseId, sum(coalesce(r.daysWaited, 0)) from InformationRequest r"
            + " where r.caseId in :caseIds and r.stage = :stage group by r.caseId")
    List<Object[]> daysWaitedByCase(@Param("caseIds") List<Long> caseIds, @Param("stage") Stage stage);
}

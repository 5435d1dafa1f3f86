package org.charterdesk.complaints.ombudsman;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    List<Recommendation> findByReferralIdOrderByIdAsc(Long referralId);

    List<Recommendation> findByReferralIdIn(List<Long> referralIds);

    /** Recommendations on the services' cases made by the date (decided on or before it), with the case's reference. */
    @Query("select m, c.reference from Recommendation m, OmbudsmanReferral r, CaseFile c where m.referralId = r.id"
            + " and r.caseId = c.id and c.service.code in :services and r.decidedOn <= :to order by m.dueOn, m.id")
    List<Object[]> madeBy(@Param("services") List<String> services, @Param("to") LocalDate to);
}

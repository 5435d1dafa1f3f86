package org.charterdesk.complaints.ombudsman;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OmbudsmanReferralRepository extends JpaRepository<OmbudsmanReferral, Long> {

    Optional<OmbudsmanReferral> findFirstByCaseIdOrderByIdDesc(Long caseId);

    List<OmbudsmanReferral> findByCaseIdIn(List<Long> caseIds);

    /** Referrals of the services taken up or decided in the period, each with its case's reference. */
    @Query("select r, c.reference from OmbudsmanReferral r, CaseFile c where r.caseId = c.id"
            + " and c.service.code in :services and ((r.firstContactOn between :from and :to)"
            + " or (r.decidedOn between :from and :to)) order by c.reference")
    List<Object[]> inPeriod(
            @Param("services") List<String> services, @Param("from") LocalDate from, @Param("to") LocalDate to);
}

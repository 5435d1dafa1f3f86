package org.charterdesk.reporting;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    boolean existsByCaseId(Long caseId);

    List<SurveyResponse> findBySubmittedAtGreaterThanEqualAndSubmittedAtLessThanAndCaseIdIn(Instant from, Instant to,
            Collection<Long> caseIds);
}

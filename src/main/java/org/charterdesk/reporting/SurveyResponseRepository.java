package org.charterdesk.reporting;

import org.springframework.data.jpa.repository.JpaRepository;

interface SurveyResponseRepository extends JpaRepository<SurveyResponse, Long> {

    boolean existsByCaseId(Long caseId);
}

package org.charterdesk.scorecard;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilSurveyQuestionRepository extends JpaRepository<CouncilSurveyQuestion, Long> {

    List<CouncilSurveyQuestion> findBySurveyIdOrderBySortOrder(Long surveyId);
}

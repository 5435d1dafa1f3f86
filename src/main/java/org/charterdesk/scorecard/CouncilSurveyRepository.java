package org.charterdesk.scorecard;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CouncilSurveyRepository extends JpaRepository<CouncilSurvey, Long> {

    List<CouncilSurvey> findAllByOrderByPeriodEndDescIdDesc();
}

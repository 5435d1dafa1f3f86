package org.charterdesk.actionplans;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AssessmentRatingRepository extends JpaRepository<AssessmentRating, Long> {

    List<AssessmentRating> findByAssessmentId(Long assessmentId);

    Optional<AssessmentRating> findByAssessmentIdAndElementCode(Long assessmentId, String elementCode);
}

package org.charterdesk.complaints.restrictions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RestrictionReviewRepository extends JpaRepository<RestrictionReview, Long> {

    List<RestrictionReview> findByRestrictionIdOrderByReviewedAtAsc(Long restrictionId);
}

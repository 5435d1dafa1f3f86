package org.charterdesk.complaints.restrictions;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ContactRestrictionRepository extends JpaRepository<ContactRestriction, Long> {

    List<ContactRestriction> findByLiftedOnIsNullOrderByReviewOnAsc();
}

package org.charterdesk.scorecard;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface ScorecardReviewRepository extends JpaRepository<ScorecardReview, Long> {

    Optional<ScorecardReview> findByHalfYearEnd(LocalDate halfYearEnd);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<ScorecardReview> findWithLockById(Long id);
}

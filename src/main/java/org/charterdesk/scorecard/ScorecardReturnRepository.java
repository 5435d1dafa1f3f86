package org.charterdesk.scorecard;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface ScorecardReturnRepository extends JpaRepository<ScorecardReturn, Long> {

    Optional<ScorecardReturn> findByServiceCodeAndPeriodEnd(String serviceCode, LocalDate periodEnd);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<ScorecardReturn> findWithLockById(Long id);
}

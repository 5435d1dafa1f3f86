package org.charterdesk.scorecard;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface MeasureFigureRepository extends JpaRepository<MeasureFigure, Long> {

    Optional<MeasureFigure> findByMeasureIdAndPeriodStart(Long measureId, LocalDate periodStart);

    List<MeasureFigure> findByMeasureIdInAndPeriodStartBetween(
            Collection<Long> measureIds, LocalDate from, LocalDate to);

    List<MeasureFigure> findByMeasureIdInAndPeriodEnd(Collection<Long> measureIds, LocalDate periodEnd);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<MeasureFigure> findWithLockById(Long id);
}

package org.charterdesk.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ClosureDayRepository extends JpaRepository<ClosureDay, Long> {

    Optional<ClosureDay> findByClosedOn(LocalDate closedOn);

    List<ClosureDay> findAllByOrderByClosedOn();
}

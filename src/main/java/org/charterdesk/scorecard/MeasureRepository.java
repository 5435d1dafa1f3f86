package org.charterdesk.scorecard;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasureRepository extends JpaRepository<Measure, Long> {

    List<Measure> findAllByOrderBySortOrderAscIdAsc();

    Optional<Measure> findByCode(String code);
}

package org.charterdesk.charter;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CharterStandardRepository extends JpaRepository<CharterStandard, Long> {

    List<CharterStandard> findByProcedureStepIsNotNull();

    @EntityGraph(attributePaths = "service")
    List<CharterStandard> findAllByOrderBySortOrder();
}

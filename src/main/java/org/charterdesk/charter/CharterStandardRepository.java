package org.charterdesk.charter;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CharterStandardRepository extends JpaRepository<CharterStandard, Long> {

    // Named queries, not derived ones: on the procedure's hot path, and Hibernate 6.6 turns a derived query's criteria
    // into SQL again on every call, where a query's text is translated once (a tenth of a lifecycle's processor time).
    @Query("select s from CharterStandard s where s.procedureStep is not null")
    List<CharterStandard> findByProcedureStepIsNotNull();

    @EntityGraph(attributePaths = "service")
    List<CharterStandard> findAllByOrderBySortOrder();
}

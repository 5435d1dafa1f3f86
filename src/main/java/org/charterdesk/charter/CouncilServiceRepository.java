package org.charterdesk.charter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CouncilServiceRepository extends JpaRepository<CouncilService, Long> {

    // Named queries, not derived ones: on the procedure's hot path, and Hibernate 6.6 turns a derived query's criteria
    // into SQL again on every call, where a query's text is translated once (a tenth of a lifecycle's processor time).
    @Query("select s from CouncilService s where s.code = :code")
    Optional<CouncilService> findByCode(String code);

    List<CouncilService> findAllByOrderByName();
}

package org.charterdesk.actionplans;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    List<ActionPlan> findByServiceCodeInOrderByIdDesc(Collection<String> serviceCodes);

    /** Locks the plan's row for the rest of the transaction, so that two decisions on one plan queue up. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ActionPlan p where p.id = :id")
    Optional<ActionPlan> lockById(Long id);
}

package org.charterdesk.actionplans;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    List<ActionPlan> findByServiceCodeInOrderByIdDesc(Collection<String> serviceCodes);
}

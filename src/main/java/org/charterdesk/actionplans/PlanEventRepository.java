package org.charterdesk.actionplans;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanEventRepository extends JpaRepository<PlanEvent, Long> {

    List<PlanEvent> findByPlanIdOrderByAtAscIdAsc(Long planId);
}

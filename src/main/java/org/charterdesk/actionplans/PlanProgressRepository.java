package org.charterdesk.actionplans;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanProgressRepository extends JpaRepository<PlanProgress, Long> {

    List<PlanProgress> findByActionIdOrderByWrittenAtDesc(Long actionId);
}

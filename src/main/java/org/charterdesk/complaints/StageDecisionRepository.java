package org.charterdesk.complaints;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface StageDecisionRepository extends JpaRepository<StageDecision, Long> {

    Optional<StageDecision> findByCaseIdAndStage(Long caseId, Stage stage);

    List<StageDecision> findByCaseIdOrderByStage(Long caseId);
}

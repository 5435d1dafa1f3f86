package org.charterdesk.complaints.deadlines;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseDeadlineRepository extends JpaRepository<CaseDeadline, Long> {

    Optional<CaseDeadline> findByCaseFileIdAndKind(Long caseId, DeadlineKind kind);

    List<CaseDeadline> findByCaseFileIdOrderByIdAsc(Long caseId);
}

package org.charterdesk.complaints;

import java.util.List;
import java.util.Optional;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExtensionRequestRepository extends JpaRepository<ExtensionRequest, Long> {

    Optional<ExtensionRequest> findFirstByCaseIdAndDeadlineKindAndStatusOrderByIdDesc(
            Long caseId, DeadlineKind kind, ExtensionStatus status);

    List<ExtensionRequest> findByCaseIdOrderById(Long caseId);
}

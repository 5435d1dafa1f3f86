package org.charterdesk.complaints.attachments;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

    List<Attachment> findByCaseIdOrderByAddedAtAscIdAsc(Long caseId);

    Optional<Attachment> findByIdAndCaseId(Long id, Long caseId);
}

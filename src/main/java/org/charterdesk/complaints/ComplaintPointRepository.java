package org.charterdesk.complaints;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplaintPointRepository extends JpaRepository<ComplaintPoint, Long> {

    List<ComplaintPoint> findByCaseIdOrderBySortOrder(Long caseId);

    void deleteByCaseId(Long caseId);
}

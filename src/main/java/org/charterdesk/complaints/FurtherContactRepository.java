package org.charterdesk.complaints;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FurtherContactRepository extends JpaRepository<FurtherContact, Long> {

    List<FurtherContact> findByCaseIdOrderByReceivedAtAscIdAsc(Long caseId);
}

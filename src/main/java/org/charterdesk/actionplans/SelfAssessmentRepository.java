package org.charterdesk.actionplans;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SelfAssessmentRepository extends JpaRepository<SelfAssessment, Long> {

    List<SelfAssessment> findByServiceCodeOrderByStartedOnAscIdAsc(String serviceCode);
}

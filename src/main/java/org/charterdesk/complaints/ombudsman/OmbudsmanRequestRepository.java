package org.charterdesk.complaints.ombudsman;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OmbudsmanRequestRepository extends JpaRepository<OmbudsmanRequest, Long> {

    List<OmbudsmanRequest> findByReferralIdOrderByIdAsc(Long referralId);
}

package org.charterdesk.charter;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilServiceRepository extends JpaRepository<CouncilService, Long>, CouncilServiceLookup {

    List<CouncilService> findAllByOrderByName();
}

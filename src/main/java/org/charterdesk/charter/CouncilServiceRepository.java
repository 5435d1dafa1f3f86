package org.charterdesk.charter;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CouncilServiceRepository extends JpaRepository<CouncilService, Long> {

    Optional<CouncilService> findByCode(String code);

    List<CouncilService> findAllByOrderByName();
}

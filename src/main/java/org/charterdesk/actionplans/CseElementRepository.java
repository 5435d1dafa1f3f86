package org.charterdesk.actionplans;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CseElementRepository extends JpaRepository<CseElement, String> {

    List<CseElement> findAllByOrderBySortOrder();
}

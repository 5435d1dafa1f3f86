package org.charterdesk.notifications;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByCaseIdOrderById(Long caseId);

    boolean existsByDedupKey(String dedupKey);
}

package org.charterdesk.notifications;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InboxItemRepository extends JpaRepository<InboxItem, Long> {

    long countByUsernameAndReadAtIsNull(String username);

    List<InboxItem> findByUsernameOrderByIdDesc(String username, Pageable page);

    @Modifying
    @Query("update InboxItem i set i.readAt = :at where i.username = :username and i.readAt is null")
    int readAll(String username, Instant at);
}

package org.charterdesk.notifications;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line in a member of staff's bell: what happened, where to look, and whether they have read it. */
@Entity
@Table(name = "staff_inbox_item")
class InboxItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;
    private Long caseId;
    private String title;
    private String link;
    private Instant createdAt;
    private Instant readAt;

    protected InboxItem() {}

    InboxItem(String username, Long caseId, String title, String link, Instant createdAt) {
        this.username = username;
        this.caseId = caseId;
        this.title = title;
        this.link = link;
        this.createdAt = createdAt;
    }

    void read(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    InboxEntry entry() {
        return new InboxEntry(id, title, link, createdAt, readAt == null);
    }

    String getUsername() {
        return username;
    }
}

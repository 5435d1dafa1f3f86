package org.charterdesk.tasklist;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A task list saved under a name: the address's query string, and the service it is shared with, if any. */
@Entity
@Table(name = "saved_list_view")
class SavedListView {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String owner;
    private String name;
    private String query;
    private String sharedService;
    private Instant createdAt;

    protected SavedListView() {}

    SavedListView(String owner, String name, String query, String sharedService, Instant createdAt) {
        this.owner = owner;
        this.name = name;
        this.query = query;
        this.sharedService = sharedService;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getName() {
        return name;
    }

    /** The list's address after "tasks?", e.g. "list=team&status=at-risk". */
    public String getQuery() {
        return query;
    }

    public String getSharedService() {
        return sharedService;
    }
}

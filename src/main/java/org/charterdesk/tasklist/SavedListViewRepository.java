package org.charterdesk.tasklist;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SavedListViewRepository extends JpaRepository<SavedListView, Long> {

    @Query("""
            select v from SavedListView v where v.owner = :owner or v.sharedService in :services
            order by lower(v.name), v.id""")
    List<SavedListView> visibleTo(String owner, Collection<String> services);
}

package org.charterdesk.tasklist;

import static org.charterdesk.validation.InputRules.stripToNull;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InputRules;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Named task-list views. Anyone saves views for themselves; a manager may share one with everyone who works in one
 * of their services. A member sees their own views and those shared with their services; only the owner deletes.
 */
@Service
public class SavedListViews {

    private static final int LONGEST_NAME = 100;
    private static final int LONGEST_QUERY = 1000;

    private final SavedListViewRepository views;
    private final InputRules rules;
    private final Clock clock;

    SavedListViews(SavedListViewRepository views, InputRules rules, Clock clock) {
        this.views = views;
        this.rules = rules;
        this.clock = clock;
    }

    /** Saves the view; {@code shareWith} is a service code to share it with, or null to keep it to oneself. */
    @Transactional
    public SavedView save(StaffMember member, String name, String query, String shareWith) {
        String title = stripToNull(name);
        rules.check(new Object())
                .text("name", name)
                .rule(title == null, "name", "Give the view a name")
                .rule(title != null && title.length() > LONGEST_NAME, "name", "Keep the name to 100 characters")
                .rule(query == null || query.length() > LONGEST_QUERY, "query", "This view cannot be saved")
                .orThrow();
        if (shareWith != null && !member.isManagerOf(shareWith)) {
            throw new AccessDeniedException("Only a manager of a service can share a view with its team");
        }
        SavedListView view = new SavedListView(member.username(), title, query, shareWith, clock.instant());
        return SavedView.of(views.save(view), member.username());
    }

    @Transactional(readOnly = true)
    public List<SavedView> visibleTo(StaffMember member) {
        Set<String> services = new HashSet<>(member.officerOf());
        services.addAll(member.managerOf());
        return views.visibleTo(member.username(), services.isEmpty() ? Set.of("") : services).stream()
                .map(view -> SavedView.of(view, member.username()))
                .toList();
    }

    @Transactional
    public void delete(StaffMember member, long id) {
        SavedListView view = views.findById(id).orElseThrow(() -> new AccessDeniedException("There is no such view"));
        if (!view.getOwner().equals(member.username())) {
            throw new AccessDeniedException("Only the person who saved a view can delete it");
        }
        views.delete(view);
    }
}

package org.charterdesk.tasklist;

/**
 * A saved task-list view as screens show it: its name, the address's query string, the service it is shared with
 * (or null), and whether the member who reads it saved it.
 */
public record SavedView(long id, String name, String query, String sharedService, boolean mine) {

    static SavedView of(SavedListView view, String reader) {
        return new SavedView(
                view.getId(),
                view.getName(),
                view.getQuery(),
                view.getSharedService(),
                view.getOwner().equals(reader));
    }
}

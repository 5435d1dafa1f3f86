package org.charterdesk.notifications;

import java.util.List;

/** Who of the staff one email goes to: people by their usernames and teams by their group ids. */
public record StaffRecipients(List<String> usernames, List<String> groupIds) {

    public StaffRecipients {
        usernames = List.copyOf(usernames);
        groupIds = List.copyOf(groupIds);
    }

    /** The people, then the teams. */
    public static StaffRecipients of(List<String> usernames, List<String> groupIds) {
        return new StaffRecipients(usernames, groupIds);
    }

    /** One person and one team, such as an owner and their service's managers. */
    public static StaffRecipients memberAndGroup(String username, String groupId) {
        return new StaffRecipients(List.of(username), List.of(groupId));
    }
}

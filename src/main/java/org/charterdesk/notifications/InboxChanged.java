package org.charterdesk.notifications;

import java.util.Set;

/** The bells of these members of staff have something new, or something was read. Published once it commits. */
public record InboxChanged(Set<String> usernames) {}

package org.charterdesk.notifications;

import java.time.Instant;

/** A line of the bell, as screens show it; {@code link} is a path in the workspace, or null. */
public record InboxEntry(Long id, String title, String link, Instant createdAt, boolean unread) {}

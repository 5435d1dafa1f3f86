package org.charterdesk.notifications;

/** An email as written: its subject, a plain-text body and the same in HTML. */
public record RenderedMail(String subject, String text, String html) {}

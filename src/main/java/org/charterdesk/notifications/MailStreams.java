package org.charterdesk.notifications;

import jakarta.mail.util.StreamProvider;

/**
 * Jakarta Mail asks {@link java.util.ServiceLoader} for its stream provider afresh, reading through every jar on the
 * class path, each time a message is written out or a header encoded (jakartaee/mail-api#861, open): three quarters
 * of an outbox connection's processor time went there. The API looks first at a system property named after the
 * provider's interface; naming the provider found the slow way, once, makes every later look-up a class look-up.
 */
final class MailStreams {

    /** The system property Jakarta Mail reads before it looks through the class path. */
    static final String PROPERTY = StreamProvider.class.getName();

    private MailStreams() {}

    /**
     * Names the stream provider the class path has in {@value #PROPERTY}, unless it is already named (by the
     * command line, say); returns the name in force.
     */
    static synchronized String nameTheProvider() {
        String named = System.getProperty(PROPERTY);
        if (named != null && !named.isBlank()) {
            return named;
        }
        String found = StreamProvider.provider().getClass().getName();
        System.setProperty(PROPERTY, found);
        return found;
    }
}

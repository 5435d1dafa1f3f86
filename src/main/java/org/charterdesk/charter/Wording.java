package org.charterdesk.charter;

import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The words the public reads (pages, form messages, emails and letters), in English or Welsh, from the message
 * bundles {@code i18n/public.properties} and {@code i18n/public_cy.properties}. Every value goes through
 * {@link java.text.MessageFormat}, so an apostrophe is written twice in the bundles.
 */
@Service
public class Wording {

    private final MessageSource messages;

    public Wording(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Language language, String key, Object... args) {
        return messages.getMessage(key, args, language.locale());
    }

    /** The words for a key that a bundle may not have (a service's Welsh name, say). */
    public Optional<String> find(Language language, String key, Object... args) {
        return Optional.ofNullable(messages.getMessage(key, args, null, language.locale()));
    }
}

package org.charterdesk.charter;

import java.text.MessageFormat;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The words the public reads (pages, form messages, emails and letters), in English or Welsh, from the message
 * bundles {@code i18n/public.properties} and {@code i18n/public_cy.properties}. Every value goes through
 * {@link java.text.MessageFormat}, so an apostrophe is written twice in the bundles. Where the council has its own
 * wording for a letter's words ({@link WordingOverrides}), that wins.
 */
@Service
public class Wording {

    private final MessageSource messages;
    private final WordingOverrides overrides;

    public Wording(MessageSource messages, WordingOverrides overrides) {
        this.messages = messages;
        this.overrides = overrides;
    }

    public String text(Language language, String key, Object... args) {
        return councilsOwn(language, key, args).orElseGet(() -> messages.getMessage(key, args, language.locale()));
    }

    /** The words for a key that a bundle may not have (a service's Welsh name, say). */
    public Optional<String> find(Language language, String key, Object... args) {
        return councilsOwn(language, key, args)
                .or(() -> Optional.ofNullable(messages.getMessage(key, args, null, language.locale())));
    }

    private Optional<String> councilsOwn(Language language, String key, Object... args) {
        return overrides.find(language, key).map(pattern -> new MessageFormat(pattern, language.locale()).format(args));
    }
}

package org.charterdesk.workspace;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.charterdesk.charter.Language;
import org.charterdesk.charter.Wording;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations ({@code getTranslation}) for the public pages, from the same bundles as the emails and
 * letters. Staff screens are in English and do not use it. A key missing from a bundle shows as {@code !{key}!},
 * as Vaadin's own provider does, and a test keeps the two bundles' keys the same.
 */
@Component
class PublicTranslations implements I18NProvider {

    private final Wording wording;

    PublicTranslations(Wording wording) {
        this.wording = wording;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Language.ENGLISH.locale(), Language.WELSH.locale());
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return wording.text(Language.of(locale), key, params);
        } catch (NoSuchMessageException e) {
            return "!{" + key + "}!";
        }
    }
}

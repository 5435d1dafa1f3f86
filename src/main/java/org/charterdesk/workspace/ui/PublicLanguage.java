package org.charterdesk.workspace.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.charter.Language;
import org.charterdesk.charter.ServiceRef;

/**
 * The language a member of the public reads the pages in. They choose it with the switch on every public page
 * (an address ending {@code ?lang=cy} or {@code ?lang=en}); the choice lasts for their visit. Only a council that
 * offers Welsh offers the choice; staff screens are always in English.
 */
public final class PublicLanguage {

    private static final String CHOSEN = PublicLanguage.class.getName();
    private static final String PARAMETER = "lang";

    private PublicLanguage() {}

    /** The language of the page being shown. */
    public static Language current() {
        UI ui = UI.getCurrent();
        return ui == null ? Language.ENGLISH : Language.of(ui.getLocale());
    }

    /**
     * The bundle key for English words the server wrote: the prefix, then the words in lower case joined by
     * hyphens, at most 80 characters ("Stage 1 response" under "step." is "step.stage-1-response").
     */
    public static String keyFor(String prefix, String words) {
        String key =
                words.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return prefix + (key.length() > 80 ? key.substring(0, 80) : key);
    }

    /** A date as the page's reader writes it. */
    public static String date(LocalDate date) {
        return PlainDates.format(date, current().locale());
    }

    /**
     * A service's name in the page's language: its Welsh name from the bundle ({@code service.<code>}), or its own
     * name where the bundle has none (a service the council added after the bundle was written).
     */
    public static String serviceName(ServiceRef service) {
        if (service == null) {
            return "";
        }
        UI ui = UI.getCurrent();
        String key = "service." + service.code();
        String translated = ui == null ? null : ui.getTranslation(key);
        return translated == null || translated.startsWith("!{") ? service.name() : translated;
    }

    /** The language for a new page: as the address asks, else as chosen earlier in the visit, else English. */
    public static Language forNewPage(CouncilProperties council, VaadinRequest request, VaadinSession session) {
        if (!council.offersWelsh()) {
            return Language.ENGLISH;
        }
        Optional<Language> asked = asked(request);
        asked.ifPresent(language -> session.setAttribute(CHOSEN, language));
        return asked.orElseGet(
                () -> session.getAttribute(CHOSEN) instanceof Language chosen ? chosen : Language.ENGLISH);
    }

    /**
     * The {@code lang} of the address: a parameter of the page's request, or of the address Vaadin's client passes on
     * when it asks for the page (its {@code query}, or a {@code location} with its query).
     */
    private static Optional<Language> asked(VaadinRequest request) {
        if (request == null) {
            return Optional.empty();
        }
        String direct = request.getParameter(PARAMETER);
        if (direct != null) {
            return Optional.of(Language.of(direct));
        }
        String query = request.getParameter("query");
        if (query == null) {
            String location = request.getParameter("location");
            int start = location == null ? -1 : location.indexOf('?');
            query = start < 0 ? null : location.substring(start + 1);
        }
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : URLDecoder.decode(query, StandardCharsets.UTF_8).split("&")) {
            if (pair.startsWith(PARAMETER + "=")) {
                return Optional.of(Language.of(pair.substring(PARAMETER.length() + 1)));
            }
        }
        return Optional.empty();
    }
}

package org.charterdesk.workspace.publicsite;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.charter.Language;
import org.charterdesk.workspace.ui.PublicLanguage;

/**
 * The frame of the council's public pages: its name, links between the pages, how to reach the council, and (for a
 * council that offers Welsh) the switch between English and Welsh, which keeps the reader on the same page.
 */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout, AfterNavigationObserver {

    private final Main content = new Main();
    private final Anchor otherLanguage = new Anchor();

    private Nav nav() {
        Nav nav = new Nav(
                new RouterLink(getTranslation("layout.complain"), ComplainView.class),
                new RouterLink(getTranslation("layout.charter"), CharterView.class),
                new RouterLink(getTranslation("layout.performance"), PerformanceView.class),
                new RouterLink(getTranslation("layout.track"), TrackView.class));
        nav.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.nav"));
        return nav;
    }

    public PublicLayout(CouncilProperties council) {
        Language language = PublicLanguage.current();
        getStyle().set("max-width", "60em").set("margin", "0 auto").set("padding", "0 var(--lumo-space-m)");
        Header header = new Header();
        Div brand = new Div();
        brand.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-m)");
        if (council.logo() != null && !council.logo().isBlank()) {
            Image logo = new Image(council.logo(), getTranslation("layout.logo", council.name(language)));
            logo.setHeight("48px");
            brand.add(logo);
        }
        Span name = new Span(council.name(language));
        name.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        brand.add(name);
        if (council.offersWelsh()) {
            brand.add(languageSwitch(language));
        }
        header.add(brand);
        header.add(nav());
        header.getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)")
                .set("padding", "var(--lumo-space-m) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-20pct)");
        content.setId("content");
        Anchor skip = new Anchor("#content", getTranslation("layout.skip"));
        skip.setId("skip-link");
        skip.setRouterIgnore(true);
        skip.addClassName("skip-link");
        Anchor staff = new Anchor("/login", getTranslation("layout.staff"));
        staff.getElement().setAttribute("router-ignore", true);
        RouterLink accessibility = new RouterLink(getTranslation("layout.accessibility"), AccessibilityView.class);
        accessibility.setId("accessibility-link");
        Footer footer = new Footer(
                new Paragraph(getTranslation("layout.contact", council.phone(), council.email())),
                accessibility,
                new Span(" "),
                staff);
        footer.getStyle()
                .set("border-top", "1px solid var(--lumo-contrast-20pct)")
                .set("margin-top", "2em");
        add(skip, header, content, footer);
    }

    /** "Cymraeg" on an English page, "English" on a Welsh one, each in its own language for screen readers. */
    private Anchor languageSwitch(Language language) {
        Language other = language == Language.WELSH ? Language.ENGLISH : Language.WELSH;
        otherLanguage.setText(other == Language.WELSH ? "Cymraeg" : "English");
        otherLanguage.getElement().setAttribute("lang", other.code());
        otherLanguage.getElement().setAttribute("hreflang", other.code());
        otherLanguage.getElement().setAttribute("data-lang", other.code());
        otherLanguage.setRouterIgnore(true);
        otherLanguage.setId("language-switch");
        otherLanguage.getStyle().set("margin-left", "auto");
        return otherLanguage;
    }

    /** The switch leads to this same page in the other language. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String other = otherLanguage.getElement().getAttribute("data-lang");
        if (other != null) {
            otherLanguage.setHref("/" + event.getLocation().getPath() + "?lang=" + other);
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }
}

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
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.charterdesk.charter.CouncilProperties;

/** The frame of the council's public pages: its name, links between the pages, and how to reach the council. */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    public PublicLayout(CouncilProperties council) {
        getStyle().set("max-width", "60em").set("margin", "0 auto").set("padding", "0 var(--lumo-space-m)");
        Header header = new Header();
        Div brand = new Div();
        brand.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-m)");
        if (council.logo() != null && !council.logo().isBlank()) {
            Image logo = new Image(council.logo(), council.name() + " logo");
            logo.setHeight("48px");
            brand.add(logo);
        }
        Span name = new Span(council.name());
        name.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
        brand.add(name);
        header.add(brand);
        Nav nav = new Nav(
                new RouterLink("Make a complaint", ComplainView.class),
                new RouterLink("Our customer charter", CharterView.class),
                new RouterLink("Check on your complaint", TrackView.class));
        nav.getStyle().set("display", "flex").set("gap", "var(--lumo-space-l)").set("flex-wrap", "wrap");
        header.add(nav);
        header.getStyle()
                .set("display", "flex")
                .set("flex-direction", "column")
                .set("gap", "var(--lumo-space-s)")
                .set("padding", "var(--lumo-space-m) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-20pct)");
        content.setId("content");
        Anchor skip = new Anchor("#content", "Skip to main content");
        skip.setId("skip-link");
        skip.setRouterIgnore(true);
        skip.addClassName("skip-link");
        Anchor staff = new Anchor("/login", "Staff sign-in");
        staff.getElement().setAttribute("router-ignore", true);
        RouterLink accessibility = new RouterLink("Accessibility statement", AccessibilityView.class);
        accessibility.setId("accessibility-link");
        Footer footer = new Footer(
                new Paragraph("Contact us: " + council.phone() + " or " + council.email() + ". "),
                accessibility,
                new Span(" "),
                staff);
        footer.getStyle()
                .set("border-top", "1px solid var(--lumo-contrast-20pct)")
                .set("margin-top", "2em");
        add(skip, header, content, footer);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }
}

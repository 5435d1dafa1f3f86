package org.charterdesk.workspace.publicsite;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.workspace.ui.PublicLanguage;

/**
 * The accessibility statement for the public pages, which public sector websites must publish (the Public Sector
 * Bodies Accessibility Regulations 2018), in the shape of GOV.UK's model statement: how accessible the pages are,
 * what is known not to be, how to ask for another format or report a problem, and how the law is enforced.
 */
@Route(value = "accessibility", layout = PublicLayout.class)
@AnonymousAllowed
public class AccessibilityView extends VerticalLayout implements HasDynamicTitle {

    private final String pageTitle;

    public AccessibilityView(CouncilProperties council) {
        this.pageTitle = PublicTitle.of(getTranslation("accessibility.title"), council);
        H1 title = new H1(getTranslation("accessibility.title"));
        title.setId("accessibility-statement");
        add(
                title,
                new Paragraph(getTranslation("accessibility.scope", council.name(PublicLanguage.current()))),
                new Paragraph(getTranslation("accessibility.aim")),
                new H2(getTranslation("accessibility.how")),
                new Paragraph(getTranslation("accessibility.status")),
                list(getTranslation("accessibility.known.testing"), getTranslation("accessibility.known.welsh")),
                new H2(getTranslation("accessibility.feedback")),
                new Paragraph(getTranslation("accessibility.contact", council.phone(), council.email())),
                new H2(getTranslation("accessibility.enforcement")),
                new Paragraph(getTranslation("accessibility.ehrc")));
    }

    private static UnorderedList list(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}

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
        this.pageTitle = PublicTitle.of("Accessibility statement", council);
        H1 title = new H1("Accessibility statement");
        title.setId("accessibility-statement");
        add(
                title,
                new Paragraph("This statement applies to " + council.name() + "'s pages for making a complaint, "
                        + "compliment or comment, checking on a complaint, the customer charter and the satisfaction "
                        + "survey."),
                new Paragraph("We want as many people as possible to be able to use these pages. You should be able "
                        + "to change colours, contrast and fonts, zoom in up to 400% without the text spilling off the "
                        + "screen, use the pages with a keyboard alone and with a screen reader."),
                new H2("How accessible these pages are"),
                new Paragraph("These pages are partially compliant with the Web Content Accessibility Guidelines "
                        + "version 2.2 AA standard. We know that:"),
                list(
                        "the pages are not yet available in Welsh",
                        "the pages have not yet been checked with an automated accessibility tool on every release"),
                new H2("Feedback and contact information"),
                new Paragraph("If you need information on these pages in a different format, such as large print, "
                        + "easy read, audio or braille, or you find a problem not listed here, contact us: call "
                        + council.phone() + " or email " + council.email() + ". We will reply within 10 working "
                        + "days."),
                new H2("Enforcement procedure"),
                new Paragraph("The Equality and Human Rights Commission (EHRC) is responsible for enforcing the "
                        + "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations "
                        + "2018. If you are not happy with how we respond to your complaint, contact the Equality "
                        + "Advisory and Support Service (EASS)."));
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

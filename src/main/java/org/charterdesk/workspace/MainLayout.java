package org.charterdesk.workspace;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.notifications.InboxUpdates;
import org.charterdesk.notifications.StaffInbox;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.StaffMember;

/**
 * The workspace frame: the council's name, navigation to every page the user's role may open, and sign-out. The
 * menu is the pages marked {@code @Menu} that the view access rules let this user open, so the menu and the rules
 * cannot disagree. Each part is a landmark: the header, the menu, and the page itself as the main content.
 */
@PermitAll
public class MainLayout extends AppLayout {

    private final Main content = new Main();

    public MainLayout(
            CouncilProperties council,
            CurrentStaff currentStaff,
            AuthenticationContext authentication,
            StaffInbox inbox,
            InboxUpdates inboxUpdates) {
        StaffMember member = currentStaff.require();
        // Staff screens are in English, whatever language the public pages were read in earlier in the visit.
        UI.getCurrent().setLocale(Locale.UK);
        UI.getCurrent().getElement().executeJs("document.documentElement.lang = 'en'");
        NotificationBell bell = new NotificationBell(inbox, inboxUpdates, member.username());
        Header header = new Header(header(council, member, authentication, bell));
        header.setWidthFull();
        addToNavbar(header);
        Nav menu = new Nav(drawer(member));
        menu.getElement().setAttribute("aria-label", "Workspace");
        addToDrawer(menu);
        content.setId("content");
        content.setSizeFull();
        setContent(content);
        // On a tablet the lists need the whole width: start with the navigation folded away (the menu button opens it).
        UI.getCurrent().getPage().retrieveExtendedClientDetails(details -> {
            if (details.getWindowInnerWidth() < 1100) {
                setDrawerOpened(false);
            }
        });
    }

    private static HorizontalLayout header(
            CouncilProperties council,
            StaffMember member,
            AuthenticationContext authentication,
            NotificationBell bell) {
        Span title = new Span(council.name() + " · Charterdesk");
        title.getStyle().set("font-weight", "600");
        title.setId("council-name");
        Span who = new Span(member.displayName());
        who.setId("signed-in-as");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle());
        if (council.logo() != null && !council.logo().isBlank()) {
            Image logo = new Image(council.logo(), council.name() + " logo");
            logo.setHeight("32px");
            header.add(logo);
        }
        header.add(title, bell, who, signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        return header;
    }

    private static VerticalLayout drawer(StaffMember member) {
        SideNav nav = new SideNav();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(entry.title(), entry.path(), icon(entry.icon())));
        }
        nav.setId("side-nav");
        VerticalLayout drawer = new VerticalLayout(nav);
        drawer.add(outside("/complain", "Public complaint form"), outside("/charter", "Published charter"));
        Anchor api = outside("/api/docs", "API description");
        api.setTarget("_blank");
        drawer.add(api);
        if (member.administrator()) {
            Anchor cockpit = outside("/camunda/app/cockpit/default/", "Process operations (Cockpit)");
            cockpit.setId("cockpit-link");
            drawer.add(cockpit, outside("/camunda/app/admin/default/", "Users and groups (Admin)"));
        }
        return drawer;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        content.getElement().removeAllChildren();
    }

    /** An icon named as {@code @Menu} names it, e.g. "vaadin:tasks". */
    private static Icon icon(String name) {
        String[] parts = name.split(":", 2);
        return new Icon(parts[0], parts[1]);
    }

    /** A link to a page outside the workspace, which Vaadin's router must leave to the browser. */
    private static Anchor outside(String href, String text) {
        Anchor anchor = new Anchor(href, text);
        anchor.getElement().setAttribute("router-ignore", true);
        return anchor;
    }
}

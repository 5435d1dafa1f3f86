package org.charterdesk.workspace;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import java.util.List;
import org.charterdesk.notifications.InboxEntry;
import org.charterdesk.notifications.InboxUpdates;
import org.charterdesk.notifications.StaffInbox;
import org.charterdesk.workspace.ui.Texts;

/**
 * The bell in the workspace's header: how many notifications the member of staff has not read, and the newest of
 * them (steps given to them, their steps at risk or overdue, decisions on what they asked for). It changes by
 * itself, pushed from the server, as soon as a notification for them commits.
 */
class NotificationBell extends Div {

    private final StaffInbox inbox;
    private final InboxUpdates updates;
    private final String username;
    private final Button button = new Button(VaadinIcon.BELL.create());
    private final Span count = new Span();
    private final Button readAll = new Button("Mark all as read", e -> readAll());
    private final UnorderedList lines = new UnorderedList();
    private Runnable unsubscribe = () -> {};

    NotificationBell(StaffInbox inbox, InboxUpdates updates, String username) {
        this.inbox = inbox;
        this.updates = updates;
        this.username = username;
        setId("bell");
        button.setId("bell-button");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        count.setId("bell-count");
        count.getElement().getThemeList().add("badge error primary pill small");
        count.getElement().setAttribute("aria-hidden", "true");
        readAll.setId("bell-read-all");
        readAll.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        lines.setId("bell-lines");
        lines.getStyle().set("padding", "0").set("margin", "0").set("list-style", "none");
        add(button, count);
        Popover popover = new Popover();
        popover.setTarget(button);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setWidth("26rem");
        popover.addOpenedChangeListener(e -> refresh());
        H2 heading = new H2("Notifications");
        heading.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        Div top = new Div(heading, readAll);
        top.getStyle()
                .set("display", "flex")
                .set("justify-content", "space-between")
                .set("align-items", "center");
        popover.add(top, lines);
        add(popover);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        unsubscribe = updates.subscribe(username, () -> ui.access(this::refresh));
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe.run();
    }

    private void refresh() {
        long unread = inbox.unread(username);
        count.setText(unread > 99 ? "99+" : String.valueOf(unread));
        count.setVisible(unread > 0);
        button.setAriaLabel(unread == 0 ? "Notifications: none unread" : "Notifications: " + unread + " unread");
        readAll.setEnabled(unread > 0);
        List<InboxEntry> latest = inbox.latest(username);
        lines.removeAll();
        if (latest.isEmpty()) {
            lines.add(new ListItem(new Paragraph("Nothing yet. Steps given to you, your steps at risk or overdue, and"
                    + " decisions on what you asked for will show here.")));
        }
        latest.forEach(entry -> lines.add(line(entry)));
    }

    private ListItem line(InboxEntry entry) {
        Component title;
        if (entry.link() == null) {
            title = new Span(entry.title());
        } else {
            Anchor link = new Anchor(entry.link(), entry.title());
            link.getElement().addEventListener("click", e -> inbox.read(entry.id(), username));
            title = link;
        }
        Span when = new Span(Texts.time(entry.createdAt()));
        when.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        ListItem item = new ListItem();
        if (entry.unread()) {
            Span unread = new Span("New");
            unread.getElement().getThemeList().add("badge small");
            unread.getStyle().set("margin-right", "var(--lumo-space-xs)");
            item.add(unread);
            item.getStyle().set("font-weight", "600");
        }
        item.add(title, new Div(when));
        item.addClassName("bell-line");
        item.getStyle()
                .set("padding", "var(--lumo-space-s) 0")
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
        return item;
    }

    private void readAll() {
        inbox.readAll(username);
        refresh();
    }
}

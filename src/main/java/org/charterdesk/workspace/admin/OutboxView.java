package org.charterdesk.workspace.admin;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.charterdesk.complaints.CaseSearch;
import org.charterdesk.notifications.NotificationStatus;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.Outbox;
import org.charterdesk.notifications.OutboxEntry;
import org.charterdesk.notifications.OutboxSearch;
import org.charterdesk.notifications.OutboxSender;
import org.charterdesk.security.Roles;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.cases.CaseView;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/**
 * The outbox, for administrators: every notification with its status (waiting, sent, failed and why), filtered by
 * status, type or text, with retry for failed ones. Selecting a row shows what was written.
 */
@Menu(order = 8, title = "Outbox", icon = "vaadin:envelopes-o")
@Route(value = "outbox", layout = MainLayout.class)
@PageTitle("Outbox | Charterdesk")
@RolesAllowed(Roles.ADMIN)
public class OutboxView extends VerticalLayout {

    private final Select<NotificationStatus> status = new Select<>();
    private final Select<NotificationType> type = new Select<>();
    private final TextField text = new TextField("Search");
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final FormErrors errors = new FormErrors();
    private final Outbox outbox;
    private final CaseSearch cases;
    private final Map<Long, String> references = new HashMap<>();

    public OutboxView(OutboxSearch search, Outbox outbox, OutboxSender sender, CaseSearch cases) {
        this.outbox = outbox;
        this.cases = cases;
        setSizeFull();
        Paragraph mailState = new Paragraph(
                sender.canSend()
                        ? "A mail server is configured: notifications are sent as they fall due, and failures are "
                                + "tried again."
                        : "No mail server is configured (spring.mail.host), so nothing is sent: notifications wait "
                                + "here.");
        mailState.setId("mail-state");
        configureFilters();
        configureGrid(search);
        HorizontalLayout filters = new HorizontalLayout(text, status, type);
        filters.getStyle().set("flex-wrap", "wrap");
        add(new H1("Outbox"), mailState, errors, filters, grid);
    }

    private void configureFilters() {
        status.setLabel("Status");
        status.setItems(NotificationStatus.values());
        status.setItemLabelGenerator(s -> s == null ? "Any status" : s.displayName());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any status");
        status.setId("outbox-status");
        type.setLabel("Kind");
        type.setItems(NotificationType.values());
        type.setItemLabelGenerator(t -> t == null ? "Any kind" : Texts.sentence(t.name()));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("Any kind");
        text.setPlaceholder("Recipient, email address or subject");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setId("outbox-search");
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        text.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    }

    private void configureGrid(OutboxSearch search) {
        grid.setId("outbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(n -> Texts.time(n.createdAt()))
                .setHeader("Written")
                .setWidth("9em")
                .setFlexGrow(0);
        grid.addColumn(n -> Texts.sentence(n.type().name()))
                .setHeader("Kind")
                .setWidth("9em")
                .setFlexGrow(0);
        grid.addComponentColumn(this::caseLink)
                .setHeader("Case")
                .setWidth("10em")
                .setFlexGrow(0);
        grid.addColumn(OutboxView::to).setHeader("To").setFlexGrow(1);
        grid.addColumn(OutboxEntry::heading).setHeader("Subject").setFlexGrow(2);
        grid.addColumn(OutboxView::state).setHeader("Status").setFlexGrow(2).setKey("status");
        grid.addComponentColumn(this::retryButton)
                .setHeader("")
                .setWidth("6em")
                .setFlexGrow(0)
                .setKey("retry");
        grid.setItemDetailsRenderer(new ComponentRenderer<>(n -> Texts.words(n.words())));
        // Fetched a page at a time as the list scrolls, never counted: counting two million emails took 0.6 s.
        grid.setItems(query -> {
            List<OutboxEntry> page = search.page(criteria(), query.getOffset(), query.getLimit());
            remember(page);
            return page.stream();
        });
        grid.setEmptyStateText("No notifications match.");
    }

    private Component retryButton(OutboxEntry n) {
        if (n.status() != NotificationStatus.FAILED) {
            return new Span();
        }
        Button retry = new Button("Retry", e -> {
            errors.attempt(() -> outbox.retry(n.id()));
            grid.getDataProvider().refreshAll();
        });
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.setId("retry-" + n.id());
        return retry;
    }

    private OutboxSearch.Criteria criteria() {
        return new OutboxSearch.Criteria(status.getValue(), type.getValue(), text.getValue());
    }

    private void remember(List<OutboxEntry> page) {
        List<Long> missing = page.stream()
                .map(OutboxEntry::caseId)
                .filter(Objects::nonNull)
                .filter(id -> !references.containsKey(id))
                .distinct()
                .toList();
        references.putAll(cases.referencesOf(missing));
    }

    private Component caseLink(OutboxEntry n) {
        String reference = n.caseId() == null ? null : references.get(n.caseId());
        return reference == null ? new Span() : new RouterLink(reference, CaseView.class, reference);
    }

    private static String to(OutboxEntry n) {
        return switch (n.audience()) {
            case CUSTOMER ->
                n.emailTo() != null
                        ? n.emailTo()
                        : "Customer, by "
                                + (n.contactBy() == null
                                        ? "post"
                                        : n.contactBy().toLowerCase(Locale.UK));
            case STAFF_MEMBER -> n.recipient();
            case STAFF_GROUP -> "Team " + n.recipient();
        };
    }

    static String state(OutboxEntry n) {
        String state = n.status().displayName();
        return switch (n.status()) {
            case SENT ->
                state + " " + Texts.time(n.sentAt()) + (n.attempts() > 1 ? " (after " + n.attempts() + " tries)" : "");
            case PENDING ->
                n.lastError() == null
                        ? state
                        : state + ": try " + (n.attempts() + 1) + " at " + Texts.time(n.nextAttemptAt())
                                + ". Last error: " + n.lastError();
            case FAILED -> state + " after " + n.attempts() + " tries: " + n.lastError();
            default -> state;
        };
    }
}

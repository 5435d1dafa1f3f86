package org.charterdesk.workspace.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.complaints.StandardParagraphs;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/**
 * A service's standard paragraphs, for its managers (and administrators, for every service) to add, change and
 * remove; officers insert them into responses. Every change is in the audit log.
 */
@Menu(order = 9, title = "Standard paragraphs", icon = "vaadin:paragraph")
@Route(value = "paragraphs", layout = MainLayout.class)
@PageTitle("Standard paragraphs | Charterdesk")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN})
public class StandardParagraphsView extends VerticalLayout {

    private final StandardParagraphs paragraphs;
    private final StaffMember member;
    private final ComboBox<ServiceRef> service = new ComboBox<>("Service");
    private final Div list = new Div();
    private final FormErrors errors = new FormErrors();
    private final TextField title = new TextField("Title");
    private final TextArea text = new TextArea("Paragraph");
    private final H2 formHeading = new H2("Add a paragraph");
    private Long editing;
    private Long version;

    public StandardParagraphsView(StandardParagraphs paragraphs, Charter charter, CurrentStaff currentStaff) {
        this.paragraphs = paragraphs;
        this.member = currentStaff.require();
        List<ServiceRef> mine = charter.serviceRefs().stream()
                .filter(s -> member.administrator() || member.isManagerOf(s.code()))
                .toList();
        service.setItems(mine);
        service.setItemLabelGenerator(ServiceRef::name);
        service.setId("paragraph-service");
        service.addValueChangeListener(e -> startNew());
        title.setId("paragraph-title");
        title.setWidthFull();
        text.setId("paragraph-text");
        text.setWidthFull();
        text.setMinHeight("8em");
        text.setHelperText("In plain English, as the customer will read it in a response.");
        errors.bind("title", title).bind("text", text);
        list.setId("paragraphs");
        Button save = new Button("Save the paragraph", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-paragraph");
        Button fresh = new Button("Start a new one", e -> startNew());
        fresh.setId("new-paragraph");
        add(
                new H1("Standard paragraphs"),
                new Paragraph("Words your officers can insert into a response, such as how repairs are booked."),
                service,
                list,
                formHeading,
                errors,
                title,
                text,
                new HorizontalLayout(save, fresh));
        if (!mine.isEmpty()) {
            service.setValue(mine.get(0));
        }
    }

    private void save() {
        if (service.getValue() == null) {
            return;
        }
        if (errors.attempt(() -> paragraphs.save(
                editing, service.getValue().code(), title.getValue(), text.getValue(), version, member))) {
            Notification.show("Saved '" + title.getValue().strip() + "' for "
                            + service.getValue().name())
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            startNew();
        }
    }

    private void startNew() {
        editing = null;
        version = null;
        title.clear();
        text.clear();
        errors.clear();
        formHeading.setText("Add a paragraph");
        showList();
    }

    private void showList() {
        list.removeAll();
        if (service.getValue() == null) {
            return;
        }
        List<StandardParagraphs.Paragraph> all =
                paragraphs.of(service.getValue().code(), member);
        if (all.isEmpty()) {
            list.add(new Paragraph(
                    "No standard paragraphs yet for " + service.getValue().name() + "."));
        }
        for (StandardParagraphs.Paragraph p : all) {
            Button edit = new Button("Change", e -> edit(p));
            edit.setId("edit-paragraph-" + p.id());
            edit.getElement().setAttribute("aria-label", "Change " + p.title());
            Button remove = new Button("Remove", e -> {
                if (errors.attempt(() -> paragraphs.remove(p.id(), p.serviceCode(), member))) {
                    startNew();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setId("remove-paragraph-" + p.id());
            remove.getElement().setAttribute("aria-label", "Remove " + p.title());
            Div shown = new Div(new H3(p.title()), Texts.words(p.text()), new HorizontalLayout(edit, remove));
            shown.addClassName("standard-paragraph");
            list.add(shown);
        }
    }

    private void edit(StandardParagraphs.Paragraph p) {
        editing = p.id();
        version = p.version();
        title.setValue(p.title());
        text.setValue(p.text());
        formHeading.setText("Change '" + p.title() + "'");
        title.focus();
    }
}

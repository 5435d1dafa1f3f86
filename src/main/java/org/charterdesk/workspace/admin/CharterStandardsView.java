package org.charterdesk.workspace.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.charterdesk.administration.CharterChanges;
import org.charterdesk.administration.StandardVersion;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.charter.Charter;
import org.charterdesk.charter.ProcedureStep;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.charter.StandardUnit;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.Downloads;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.Texts;

/**
 * The charter's standards, for administrators to change from a date: the words, the timescale, and the day the
 * change starts, with what it does said before it is saved, and every earlier version listed.
 */
@Menu(order = 14, title = "Charter standards", icon = "vaadin:book")
@Route(value = "charter-standards", layout = MainLayout.class)
@PageTitle("Charter standards | Charterdesk")
@RolesAllowed(Roles.ADMIN)
public class CharterStandardsView extends VerticalLayout {

    private final CharterChanges changes;
    private final StaffMember member;
    private final LocalDate today;
    private final Div list = new Div();
    private final Div form = new Div();
    private final H2 formHeading = new H2();
    private final TextField name = new TextField("Name");
    private final TextArea promise = new TextArea("Promise, as the public reads it");
    private final IntegerField amount = new IntegerField("Timescale");
    private final DatePicker from = new DatePicker("Starts on");
    private final Paragraph effect = new Paragraph();
    private final Div history = new Div();
    private final FormErrors errors = new FormErrors().speakingToStaff();
    private StandardVersion editing;

    public CharterStandardsView(
            CharterChanges changes,
            Charter charter,
            CurrentStaff currentStaff,
            Clock clock,
            CalendarProperties calendar) {
        this.changes = changes;
        this.member = currentStaff.require();
        this.today = LocalDate.now(clock.withZone(calendar.zone()));
        list.setId("charter-standards");
        name.setId("standard-name");
        name.setWidthFull();
        promise.setId("standard-promise");
        promise.setWidthFull();
        amount.setId("standard-amount");
        from.setId("standard-from");
        from.setMin(today);
        from.addValueChangeListener(e -> effect.setText(changes.effectOf(e.getValue())));
        effect.setId("standard-effect");
        history.setId("standard-history");
        errors.bind("name", name)
                .bind("promise", promise)
                .bind("amount", amount)
                .bind("from", from);
        Button save = new Button("Save the change", e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-standard");
        form.add(formHeading, errors, name, promise, amount, from, effect, save, new H3("Earlier versions"), history);
        form.setVisible(false);
        form.setWidthFull();
        add(
                new H1("Charter standards"),
                new Paragraph("Change a promise or its timescale from a date. Cases received before that date keep"
                        + " the timescales they were given."),
                Downloads.link(
                        "export-charter",
                        "Download the charter (YAML)",
                        "charter.yaml",
                        "application/yaml",
                        () -> changes.export(today, member).getBytes(StandardCharsets.UTF_8)),
                form,
                list,
                addSection(charter.openServiceRefs()),
                importSection());
        showList();
    }

    /** A new promise of the whole council or of one service, or a service's own timescale for a procedure step. */
    private Div addSection(List<ServiceRef> services) {
        ComboBox<ServiceRef> service = serviceChoice(services);
        TextField newName = new TextField("Name");
        newName.setId("new-standard-name");
        TextArea newPromise = new TextArea("Promise, as the public reads it");
        newPromise.setId("new-standard-promise");
        newPromise.setWidthFull();
        ComboBox<ProcedureStep> step = stepChoice();
        IntegerField newAmount = new IntegerField("Working days (or months)");
        newAmount.setId("new-standard-amount");
        DatePicker newFrom = new DatePicker("Starts on", today.plusDays(1));
        newFrom.setId("new-standard-from");
        newFrom.setMin(today);
        FormErrors addErrors = new FormErrors().speakingToStaff();
        addErrors
                .bind("name", newName)
                .bind("promise", newPromise)
                .bind("amount", newAmount)
                .bind("from", newFrom);
        Button addIt = new Button("Add the standard", e -> {
            if (addErrors.attempt(() -> changes.add(
                    service.getValue() == null ? null : service.getValue().code(),
                    newName.getValue(),
                    newPromise.getValue(),
                    step.getValue(),
                    newAmount.getValue(),
                    newFrom.getValue(),
                    member))) {
                Notification.show("Added '" + newName.getValue().strip() + "'.")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                newName.clear();
                newPromise.clear();
                showList();
            }
        });
        addIt.setId("add-standard");
        return new Div(
                new H2("Add a standard"),
                addErrors,
                new HorizontalLayout(service, newName),
                newPromise,
                new HorizontalLayout(step, newAmount, newFrom),
                addIt);
    }

    private static ComboBox<ServiceRef> serviceChoice(List<ServiceRef> services) {
        ComboBox<ServiceRef> service = new ComboBox<>("Service (leave empty for the whole council)");
        service.setItems(services);
        service.setItemLabelGenerator(ServiceRef::name);
        service.setClearButtonVisible(true);
        service.setId("new-standard-service");
        return service;
    }

    private static ComboBox<ProcedureStep> stepChoice() {
        ComboBox<ProcedureStep> step = new ComboBox<>("Timescale of the complaints procedure (optional)");
        step.setItems(ProcedureStep.values());
        step.setItemLabelGenerator(ProcedureStep::displayName);
        step.setClearButtonVisible(true);
        step.setId("new-standard-step");
        return step;
    }

    /** Paste a charter file (kept under version control, say), see what it changes, and import it from a date. */
    private Div importSection() {
        TextArea file = new TextArea("Charter file (YAML)");
        file.setId("import-charter-file");
        file.setWidthFull();
        file.setMinHeight("10em");
        DatePicker importFrom = new DatePicker("Changes start on", today.plusDays(1));
        importFrom.setId("import-charter-from");
        importFrom.setMin(today);
        Div changesFound = new Div();
        changesFound.setId("import-charter-changes");
        FormErrors importErrors = new FormErrors().speakingToStaff();
        importErrors.bind("file", file).bind("from", importFrom);
        Button check = new Button("Check what it changes", e -> {
            changesFound.removeAll();
            importErrors.attempt(() -> {
                List<String> found = changes.importPreview(file.getValue(), member);
                changesFound.add(
                        new Paragraph(found.isEmpty() ? "The file changes nothing." : String.join("; ", found)));
            });
        });
        check.setId("check-charter-file");
        Button importIt = new Button("Import these changes", e -> {
            int[] applied = new int[1];
            if (importErrors.attempt(
                    () -> applied[0] = changes.importFile(file.getValue(), importFrom.getValue(), member))) {
                Notification.show("Imported " + applied[0] + " changes, starting on "
                                + Texts.date(importFrom.getValue()) + ".")
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                changesFound.removeAll();
                file.clear();
                showList();
            }
        });
        importIt.setId("import-charter");
        importIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(new H2("Import a charter file"), importErrors, file, importFrom, check, changesFound, importIt);
    }

    private void showList() {
        list.removeAll();
        for (StandardVersion s : changes.latest(member)) {
            String starts = s.effectiveFrom() != null && s.effectiveFrom().isAfter(today)
                    ? " (from " + Texts.date(s.effectiveFrom()) + ")"
                    : "";
            Div shown = new Div(
                    new H3(s.name() + starts),
                    new Paragraph(s.service()
                            + (s.profile().isEmpty() ? "" : ", " + s.profile() + " procedure")
                            + (s.timescale().isEmpty() ? "" : ": " + s.timescale())),
                    new Paragraph(s.promise()));
            Button change = new Button("Change", e -> edit(s));
            change.setId("change-standard-" + s.lineageId());
            change.getElement().setAttribute("aria-label", "Change " + s.name());
            shown.add(change);
            shown.addClassName("charter-standard");
            list.add(shown);
        }
    }

    private void edit(StandardVersion s) {
        editing = s;
        errors.clear();
        formHeading.setText("Change '" + s.name() + "'");
        name.setValue(s.name());
        promise.setValue(s.promise());
        boolean timed = s.amount() != null && s.unit() != StandardUnit.RULE;
        amount.setVisible(timed);
        amount.setValue(timed ? s.amount() : null);
        amount.setSuffixComponent(new Paragraph(s.unit() == StandardUnit.MONTHS ? "months" : "working days"));
        from.setValue(today.plusDays(1));
        history.removeAll();
        for (StandardVersion v : changes.history(s.lineageId(), member)) {
            history.add(new Paragraph(
                    (v.effectiveFrom() == null ? "From the start" : "From " + Texts.date(v.effectiveFrom()))
                            + (v.changedBy() == null ? "" : " (changed by " + v.changedBy() + ")") + ": " + v.promise()
                            + (v.timescale().isEmpty() ? "" : " [" + v.timescale() + "]")));
        }
        form.setVisible(true);
        name.focus();
    }

    private void save() {
        if (editing != null
                && errors.attempt(() -> changes.change(
                        editing.id(),
                        new CharterChanges.Change(
                                name.getValue(), promise.getValue(), amount.getValue(), from.getValue()),
                        member))) {
            Notification.show(
                            "Saved. '" + name.getValue().strip() + "' changes on " + Texts.date(from.getValue()) + ".")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            form.setVisible(false);
            editing = null;
            showList();
        }
    }
}

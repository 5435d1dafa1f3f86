package org.charterdesk.workspace.admin;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.charterdesk.calendar.ClosureDays;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.calendar.WorkingDayCalendar;
import org.charterdesk.complaints.ClosureDayMoves;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.FormErrors;

/**
 * The council's own closure days, with the region's bank holidays beside them, for administrators to add and remove.
 * Adding a day first shows how many open cases' deadlines it falls inside; the administrator then adds it with or
 * without moving those deadlines.
 */
@Menu(order = 12, title = "Closure days", icon = "vaadin:calendar")
@Route(value = "closure-days", layout = MainLayout.class)
@PageTitle("Closure days | Charterdesk")
@RolesAllowed(Roles.ADMIN)
public class ClosureDaysView extends VerticalLayout {

    private final ClosureDays closureDays;
    private final ClosureDayMoves moves;
    private final WorkingDayCalendar calendar;
    private final Deadlines deadlines;
    private final StaffMember member;
    private final DatePicker day = new DatePicker("Day the council is closed");
    private final TextField description = new TextField("Why");
    private final FormErrors errors = new FormErrors().speakingToStaff();
    private final Div impact = new Div();
    private final Div list = new Div();

    public ClosureDaysView(
            ClosureDays closureDays,
            ClosureDayMoves moves,
            WorkingDayCalendar calendar,
            Deadlines deadlines,
            CurrentStaff currentStaff) {
        this.closureDays = closureDays;
        this.moves = moves;
        this.calendar = calendar;
        this.deadlines = deadlines;
        this.member = currentStaff.require();
        day.setId("closure-day");
        day.setMin(deadlines.today());
        day.addValueChangeListener(e -> impact.removeAll());
        description.setId("closure-description");
        description.setHelperText("For example 'Staff training day' or 'Council offices closed for the election'.");
        description.setWidth("30em");
        errors.bind("day", day).bind("description", description);
        impact.setId("closure-impact");
        list.setId("closure-days");
        Button check = new Button("Check what this changes", e -> check());
        check.setId("check-closure-day");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H1("Closure days"),
                new Paragraph("Days the council is closed besides weekends and the bank holidays of "
                        + calendar.region().displayName()
                        + ". Charter deadlines are counted in working days, so they skip these days."),
                new H2("Add a closure day"),
                errors,
                new HorizontalLayout(day, description),
                check,
                impact,
                new H2("Closure days and bank holidays from today"),
                list);
        showList();
    }

    private void check() {
        impact.removeAll();
        errors.attempt(() -> {
            ClosureDayMoves.Impact found = moves.impactOf(day.getValue(), member);
            Paragraph words = new Paragraph(found.words());
            words.setId("closure-impact-words");
            impact.add(words);
            if (found.workingDay() && found.cases() > 0) {
                Button move = new Button(
                        "Add it and move " + (found.cases() == 1 ? "1 case's" : found.cases() + " cases'")
                                + " deadlines",
                        e -> add(true));
                move.setId("add-and-move");
                move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                Button keep = new Button("Add it and leave deadlines as they are", e -> add(false));
                keep.setId("add-without-moving");
                impact.add(new HorizontalLayout(move, keep));
            } else {
                Button addIt = new Button("Add the closure day", e -> add(false));
                addIt.setId("add-closure-day");
                addIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                impact.add(addIt);
            }
        });
    }

    private void add(boolean moveDeadlines) {
        LocalDate chosen = day.getValue();
        int[] moved = new int[1];
        if (errors.attempt(() -> moved[0] = moves.add(chosen, description.getValue(), moveDeadlines, member))) {
            Notification.show("Added " + PlainDates.format(chosen) + " as a closure day"
                            + (moveDeadlines ? "; moved the deadlines of " + moved[0] + " cases" : ""))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            day.clear();
            description.clear();
            impact.removeAll();
            showList();
        }
    }

    private void showList() {
        list.removeAll();
        LocalDate today = deadlines.today();
        List<Row> rows = new ArrayList<>();
        for (ClosureDays.Closure closure : closureDays.from(today)) {
            rows.add(new Row(closure.day(), "Closure day: " + closure.description(), true));
        }
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            calendar.bankHolidaysIn(year).stream()
                    .filter(d -> !d.isBefore(today))
                    .forEach(d -> rows.add(new Row(d, "Bank holiday", false)));
        }
        rows.sort(Comparator.comparing(Row::day));
        for (Row row : rows) {
            Div shown = new Div(new Span(PlainDates.format(row.day()) + ": " + row.what()));
            shown.addClassName(row.closure() ? "closure-day" : "bank-holiday");
            if (row.closure()) {
                Button remove = new Button("Remove", e -> remove(row.day()));
                remove.setId("remove-closure-" + row.day());
                remove.getElement()
                        .setAttribute("aria-label", "Remove the closure day " + PlainDates.format(row.day()));
                remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                shown.add(remove);
            }
            list.add(shown);
        }
    }

    private void remove(LocalDate closedOn) {
        if (errors.attempt(() -> moves.remove(closedOn, member))) {
            Notification.show("Removed the closure day " + PlainDates.format(closedOn)
                    + ". Deadlines already moved for it stay where they are.");
            showList();
        }
    }

    private record Row(LocalDate day, String what, boolean closure) {}
}

package org.charterdesk.workspace.scorecard;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.scorecard.Correction;
import org.charterdesk.scorecard.FigureCorrections;
import org.charterdesk.scorecard.ScorecardCell;
import org.charterdesk.scorecard.ScorecardRow;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.ScorecardTable;

/**
 * A measure's figures period by period beside its chart: value, status, comment and any corrections; a manager of
 * the service corrects an approved figure here, giving the reason.
 */
class HistoryTable extends Div {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    HistoryTable(
            ScorecardRow row,
            List<String> headings,
            StaffMember member,
            FigureCorrections corrections,
            Runnable refresh) {
        NativeTable table = new NativeTable();
        table.setCaptionText("Figures for each period");
        table.setId("history-table");
        NativeTableRow header = new NativeTableRow();
        for (String h : List.of("Period", "Figure", "Status", "Comment", "")) {
            NativeTableHeaderCell th = new NativeTableHeaderCell(h);
            th.getElement().setAttribute("scope", "col");
            th.getStyle().set("text-align", "left");
            header.add(th);
        }
        table.getHead().addRows(header);
        boolean mayCorrect = FigureCorrections.mayCorrect(member, row.measure());
        for (int i = row.cells().size() - 1; i >= 0; i--) {
            ScorecardCell cell = row.cells().get(i);
            NativeTableRow tr = new NativeTableRow();
            NativeTableHeaderCell period = new NativeTableHeaderCell(headings.get(i));
            period.getElement().setAttribute("scope", "row");
            Div comment = new Div(new Span(cell.comment() == null ? "" : cell.comment()));
            if (cell.figureId() != null) {
                for (Correction c : corrections.of(cell.figureId())) {
                    comment.add(new Div(new Span("Corrected from " + format(row, c.oldFigure()) + " to "
                            + format(row, c.newFigure())
                            + " by " + c.madeBy() + " on "
                            + PlainDates.format(c.madeAt().atZone(LONDON).toLocalDate()) + ": " + c.reason())));
                }
            }
            Div action = new Div();
            if (mayCorrect && cell.approved()) {
                Button correct = new Button("Correct", e -> {
                    action.removeAll();
                    action.add(correctionForm(cell, member, corrections, refresh));
                });
                correct.addThemeVariants(ButtonVariant.LUMO_SMALL);
                correct.setId("correct-" + cell.periodStart());
                action.add(correct);
            }
            tr.add(
                    period,
                    new NativeTableCell(cell.value()),
                    new NativeTableCell(
                            ScorecardTable.badge(cell.rag(), cell.rag().words())),
                    new NativeTableCell(comment),
                    new NativeTableCell(action));
            table.getBody().addRows(tr);
        }
        add(table);
    }

    private static String format(ScorecardRow row, BigDecimal figure) {
        return figure == null ? "not reported" : row.measure().unit().format(figure);
    }

    private static Div correctionForm(
            ScorecardCell cell, StaffMember member, FigureCorrections corrections, Runnable refresh) {
        BigDecimalField figure = new BigDecimalField("Corrected figure");
        figure.setValue(cell.figure());
        figure.setId("corrected-figure");
        TextField reason = new TextField("Why it is corrected");
        reason.setId("correction-reason");
        reason.setWidth("24em");
        FormErrors errors = new FormErrors().speakingToStaff();
        errors.bind("figure", figure).bind("reason", reason);
        Button save = new Button("Save the correction", e -> {
            if (errors.attempt(
                    () -> corrections.correct(member, cell.figureId(), figure.getValue(), reason.getValue()))) {
                Notification.show("The figure is corrected, with your reason.");
                refresh.run();
            }
        });
        save.setId("save-correction");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(errors, figure, reason, save);
    }
}

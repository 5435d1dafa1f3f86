package org.charterdesk.workspace.scorecard;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.charterdesk.calendar.DueDates;
import org.charterdesk.scorecard.FigureCorrections;
import org.charterdesk.scorecard.Frequency;
import org.charterdesk.scorecard.Rag;
import org.charterdesk.scorecard.Scorecard;
import org.charterdesk.scorecard.ScorecardExports;
import org.charterdesk.scorecard.ScorecardGrid;
import org.charterdesk.scorecard.ScorecardRow;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.cases.CaseView;
import org.charterdesk.workspace.ui.Downloads;
import org.charterdesk.workspace.ui.ScorecardTable;

/**
 * The charter scorecard: every measure a member may see against its target, period by period, with its status in
 * words and colour, its trend and its comment. Selecting a measure shows its history as a chart with the table
 * beside it, where a manager corrects an approved figure. The committee's scorecard for a year downloads as PDF
 * and CSV.
 */
@Menu(order = 6.5, title = "Scorecard", icon = "vaadin:dashboard")
@Route(value = "scorecard", layout = MainLayout.class)
@PageTitle("Charter scorecard | Charterdesk")
@RolesAllowed({Roles.MANAGER, Roles.CORPORATE, Roles.ADMIN})
public class ScorecardView extends VerticalLayout {

    /** How many periods the scorecard shows: six quarters, or twelve months. */
    static final int QUARTERS = 6;

    static final int MONTHS = 12;

    private final Scorecard scorecard;
    private final FigureCorrections corrections;
    private final StaffMember member;
    private final Div history = new Div();

    public ScorecardView(
            Scorecard scorecard,
            ScorecardExports exports,
            FigureCorrections corrections,
            DueDates dueDates,
            CurrentStaff currentStaff) {
        this.scorecard = scorecard;
        this.corrections = corrections;
        this.member = currentStaff.require();
        add(
                new H1("Charter scorecard"),
                new Paragraph("Each of our charter's measures against its target. On target meets it; close to target"
                        + " misses it by no more than its tolerance; off target misses it by more. Select a measure"
                        + " to see its history."));
        for (Frequency frequency : List.of(Frequency.QUARTERLY, Frequency.MONTHLY)) {
            List<LocalDate> periods =
                    scorecard.lastPeriods(frequency, frequency == Frequency.QUARTERLY ? QUARTERS : MONTHS);
            ScorecardGrid grid = scorecard.grid(member, frequency, periods);
            if (!grid.rows().isEmpty()) {
                Div section = new Div(
                        new H2(frequency == Frequency.QUARTERLY ? "Quarterly measures" : "Monthly measures"),
                        ScorecardTable.of(grid, words(frequency)));
                section.setId("scorecard-" + frequency.name().toLowerCase());
                section.setWidthFull();
                add(section);
            }
        }
        history.setId("measure-history");
        history.setWidthFull();
        add(history, downloads(exports, dueDates.today()));
    }

    private ScorecardTable.Words words(Frequency frequency) {
        return new ScorecardTable.Words(
                frequency == Frequency.QUARTERLY ? "The last six quarters" : "The last twelve months",
                "Measure",
                "Target",
                Rag::words,
                trend -> trend,
                this::measureButton,
                true);
    }

    private Component measureButton(ScorecardRow row) {
        Button button = new Button(row.measure().name(), e -> showHistory(row));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setId("history-" + row.measure().code());
        Div cell = new Div(button, new Div(row.serviceName()));
        List<String> cases = row.promiseNotKeptCases();
        if (!cases.isEmpty()) {
            Button broken = new Button(
                    cases.size() + (cases.size() == 1 ? " complaint says" : " complaints say")
                            + " we broke this promise",
                    e -> showCases(row));
            broken.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            broken.setId("broken-" + row.measure().code());
            cell.add(new Div(broken));
        }
        return cell;
    }

    /** The complaints that named the measure's promise, each a link to its case for those who open cases. */
    private void showCases(ScorecardRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Complaints that say we broke '" + row.measure().standardName() + "'");
        Div list = new Div();
        list.setId("broken-cases");
        for (String reference : row.promiseNotKeptCases()) {
            list.add(new Div(
                    member.opensCases() ? new RouterLink(reference, CaseView.class, reference) : new Span(reference)));
        }
        dialog.add(list);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.open();
    }

    private void showHistory(ScorecardRow picked) {
        Frequency frequency = picked.measure().frequency();
        List<LocalDate> periods = scorecard.lastPeriods(frequency, frequency == Frequency.QUARTERLY ? 8 : 24);
        ScorecardRow row = scorecard.history(member, picked.measure().id(), periods);
        List<String> headings = periods.stream().map(frequency::label).toList();
        history.removeAll();
        history.add(
                new H2("History: " + row.measure().name()),
                new Paragraph(
                        row.serviceName() + ". Target " + row.measure().targetText() + ", " + frequency.displayName()
                                + ", " + row.measure().source().displayName() + "."),
                new Html("<div id=\"history-chart\">" + HistoryChart.svg(row, headings) + "</div>"),
                new HistoryTable(row, headings, member, corrections, () -> showHistory(picked)));
        history.scrollIntoView();
    }

    private Component downloads(ScorecardExports exports, LocalDate today) {
        int thisYear = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
        List<Integer> years = new ArrayList<>();
        for (int year = thisYear; year > thisYear - 5; year--) {
            years.add(year);
        }
        Select<Integer> year = new Select<>();
        year.setLabel("Year");
        year.setItems(years);
        year.setItemLabelGenerator(ScorecardExports::yearText);
        year.setValue(thisYear);
        year.setId("scorecard-year");
        HorizontalLayout links = new HorizontalLayout(
                year,
                Downloads.link(
                        "scorecard-pdf",
                        "Download the committee's scorecard (PDF)",
                        "charter-scorecard.pdf",
                        "application/pdf",
                        () -> exports.pdf(member, year.getValue())),
                Downloads.link(
                        "scorecard-csv",
                        "Download the committee's scorecard (CSV)",
                        "charter-scorecard.csv",
                        "text/csv",
                        () -> exports.csv(member, year.getValue()).getBytes(StandardCharsets.UTF_8)));
        links.setAlignItems(Alignment.BASELINE);
        return new Div(new H2("For committee"), links);
    }
}

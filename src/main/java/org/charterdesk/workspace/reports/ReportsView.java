package org.charterdesk.workspace.reports;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.charter.ServiceRef;
import org.charterdesk.reporting.BarChart;
import org.charterdesk.reporting.CommitteePack;
import org.charterdesk.reporting.ComplaintFigures;
import org.charterdesk.reporting.Figure;
import org.charterdesk.reporting.Report;
import org.charterdesk.reporting.ReportPeriod;
import org.charterdesk.security.CurrentStaff;
import org.charterdesk.security.Roles;
import org.charterdesk.security.StaffMember;
import org.charterdesk.workspace.MainLayout;
import org.charterdesk.workspace.ui.Downloads;
import org.charterdesk.workspace.ui.FormErrors;

/**
 * The reports dashboard for managers (their services) and administrators (the whole council): every figure for a
 * period beside the period before, each opening the list of cases it counts; complaints by month as a chart and a
 * table; the services most at risk today; and the committee pack and the ombudsman indicators as PDF and CSV.
 */
@Menu(order = 6, title = "Reports", icon = "vaadin:chart")
@Route(value = "reports", layout = MainLayout.class)
@PageTitle("Reports | Charterdesk")
@RolesAllowed({Roles.MANAGER, Roles.ADMIN, Roles.CORPORATE})
public class ReportsView extends VerticalLayout {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yy", Locale.UK);

    private final StaffMember member;
    private final ComplaintFigures figures;
    private final CommitteePack pack;
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final ComboBox<ServiceRef> service = new ComboBox<>("Service");
    private final FormErrors errors = new FormErrors();
    private final Grid<Row> table = new Grid<>();
    private final Div trend = new Div();
    private final Grid<ComplaintFigures.ServiceRisk> risk = new Grid<>();
    private final HorizontalLayout downloads = new HorizontalLayout();
    private final Grid<ComplaintFigures.Comment> comments = new Grid<>();

    /** A figure this period and the period before. */
    /** A figure, and the same figure for the period before (null for a row with none, such as one listed item). */
    record Row(Figure now, Figure before) {}

    public ReportsView(
            CurrentStaff currentStaff,
            ComplaintFigures figures,
            CommitteePack pack,
            Clock clock,
            CalendarProperties calendar) {
        this.member = currentStaff.require();
        this.figures = figures;
        this.pack = pack;
        HorizontalLayout controls = controls(ReportPeriod.quarterOf(LocalDate.now(clock.withZone(calendar.zone()))));
        configureTable();
        configureRisk();
        configureComments();
        add(
                new H1("Reports"),
                controls,
                errors,
                downloads,
                new H2("Figures"),
                new Paragraph("Select a figure to see the cases it counts."),
                table,
                new H2("Complaints by month"),
                trend,
                new H2("Services most at risk today"),
                risk,
                new H2("What customers said in the survey"),
                comments);
        refresh();
    }

    private HorizontalLayout controls(ReportPeriod quarter) {
        from.setValue(quarter.from());
        to.setValue(quarter.to());
        from.setId("report-from");
        to.setId("report-to");
        service.setItems(figures.servicesFor(member));
        service.setItemLabelGenerator(ServiceRef::name);
        service.setPlaceholder(
                member.administrator() || member.corporateLead() ? "The whole council" : "All your services");
        service.setClearButtonVisible(true);
        service.setId("report-service");
        Button thisQuarter = new Button("This quarter", e -> set(quarter));
        Button lastQuarter = new Button("Last quarter", e -> set(quarter.previous()));
        Button thisYear = new Button(
                "The year to this quarter's end",
                e -> set(new ReportPeriod(quarter.to().minusYears(1).plusDays(1), quarter.to())));
        for (Button b : List.of(thisQuarter, lastQuarter, thisYear)) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        HorizontalLayout controls = new HorizontalLayout(from, to, service, thisQuarter, lastQuarter, thisYear);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.getStyle().set("flex-wrap", "wrap");
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        service.addValueChangeListener(e -> refresh());

        return controls;
    }

    private void configureTable() {
        table.setId("report-figures");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.addColumn(r -> r.now().section())
                .setHeader("Section")
                .setWidth("10em")
                .setFlexGrow(0);
        table.addColumn(r -> r.now().label()).setHeader("Figure").setFlexGrow(2);
        table.addColumn(r -> r.now().value())
                .setHeader("This period")
                .setKey("now")
                .setFlexGrow(1);
        table.addColumn(r -> r.before() == null ? "" : r.before().value())
                .setHeader("Period before")
                .setKey("before")
                .setFlexGrow(1);
        table.setAllRowsVisible(true);
        table.addItemClickListener(e -> new CasesDialog(e.getItem().now(), period(), member.opensCases()).open());
    }

    private void configureRisk() {
        risk.setId("services-at-risk");
        risk.addColumn(ComplaintFigures.ServiceRisk::service).setHeader("Service");
        risk.addColumn(ComplaintFigures.ServiceRisk::open).setHeader("Open complaints");
        risk.addColumn(ComplaintFigures.ServiceRisk::atRisk).setHeader("At risk");
        risk.addColumn(ComplaintFigures.ServiceRisk::overdue).setHeader("Overdue");
        risk.setAllRowsVisible(true);
    }

    private void configureComments() {
        downloads.setId("downloads");
        comments.setId("survey-comments");
        comments.addColumn(ComplaintFigures.Comment::reference)
                .setHeader("Case")
                .setWidth("10em")
                .setFlexGrow(0);
        comments.addColumn(ComplaintFigures.Comment::satisfied)
                .setHeader("Satisfied (out of 5)")
                .setWidth("9em")
                .setFlexGrow(0);
        comments.addColumn(ComplaintFigures.Comment::text)
                .setHeader("What they said")
                .setFlexGrow(1);
        comments.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        comments.setAllRowsVisible(true);
        comments.setEmptyStateText(
                "No comments you may read in this period (comments show only to people who may " + "see the case).");
    }

    private void set(ReportPeriod period) {
        from.setValue(period.from());
        to.setValue(period.to());
    }

    private ReportPeriod period() {
        return new ReportPeriod(from.getValue(), to.getValue());
    }

    private String serviceCode() {
        return service.getValue() == null ? null : service.getValue().code();
    }

    private void refresh() {
        if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
            errors.show("Choose a start date on or before the end date.");
            return;
        }
        errors.clear();
        ReportPeriod period = period();
        Report now = figures.report(member, period, serviceCode());
        Report before = figures.report(member, period.previous(), serviceCode());
        table.setItems(now.figures().stream()
                .map(f -> new Row(f, before.figure(f.key()).orElse(null)))
                .toList());
        showTrend(period);
        risk.setItems(figures.servicesMostAtRisk(member));
        comments.setItems(figures.comments(member, period, serviceCode()));
        downloads.removeAll();
        downloads.add(
                download(
                        "Committee pack (PDF)",
                        "committee-pack",
                        "pdf",
                        "application/pdf",
                        () -> pack.committeePdf(member, period)),
                download(
                        "Committee pack (CSV)",
                        "committee-pack",
                        "csv",
                        "text/csv",
                        () -> pack.committeeCsv(member, period).getBytes(StandardCharsets.UTF_8)),
                download(
                        "Ombudsman indicators (PDF)",
                        "indicators",
                        "pdf",
                        "application/pdf",
                        () -> pack.indicatorsPdf(member, period)),
                download(
                        "Ombudsman indicators (CSV)",
                        "indicators",
                        "csv",
                        "text/csv",
                        () -> pack.indicatorsCsv(member, period).getBytes(StandardCharsets.UTF_8)));
    }

    private void showTrend(ReportPeriod period) {
        List<ComplaintFigures.Month> months = figures.monthlyTrend(member, period, serviceCode());
        List<String> labels = months.stream().map(m -> m.month().format(MONTH)).toList();
        String svg = BarChart.svg(
                "Complaints received and closed by month",
                labels,
                List.of(
                        new BarChart.Series(
                                "Received",
                                months.stream()
                                        .map(ComplaintFigures.Month::received)
                                        .toList()),
                        new BarChart.Series(
                                "Closed",
                                months.stream()
                                        .map(ComplaintFigures.Month::closed)
                                        .toList())));
        Grid<ComplaintFigures.Month> monthTable = new Grid<>();
        monthTable.setId("trend-table");
        monthTable.addColumn(m -> m.month().format(MONTH)).setHeader("Month");
        monthTable.addColumn(ComplaintFigures.Month::received).setHeader("Received");
        monthTable.addColumn(ComplaintFigures.Month::closed).setHeader("Closed");
        monthTable.setItems(months);
        monthTable.setAllRowsVisible(true);
        monthTable.addThemeVariants(GridVariant.LUMO_COMPACT);
        Html chart = new Html("<div id=\"trend-chart\">" + svg + "</div>");
        trend.removeAll();
        trend.add(chart, monthTable);
        trend.setWidthFull();
    }

    private Anchor download(String text, String name, String extension, String type, Supplier<byte[]> content) {
        return Downloads.link(
                "download-" + name + "-" + extension,
                text,
                name + "-" + from.getValue() + "-to-" + to.getValue() + "." + extension,
                type,
                content);
    }
}

package org.charterdesk.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;
import org.charterdesk.scorecard.Rag;
import org.charterdesk.scorecard.ScorecardCell;
import org.charterdesk.scorecard.ScorecardGrid;
import org.charterdesk.scorecard.ScorecardRow;

/**
 * The scorecard as a table: a row for each measure (its name, target), a column for each period; each cell gives
 * the value and its status in words beside the colour, and the trend. Used by staff and on the public page.
 */
public final class ScorecardTable {

    private ScorecardTable() {}

    /** How the table speaks: the column headings, a status in words, and the first cell of a row. */
    public record Words(
            String caption,
            String measureHeading,
            String targetHeading,
            Function<Rag, String> status,
            Function<String, String> trend,
            Function<ScorecardRow, Component> measureCell,
            boolean withComments) {}

    public static NativeTable of(ScorecardGrid grid, Words words) {
        NativeTable table = new NativeTable();
        table.addClassName("scorecard");
        table.getStyle().set("border-collapse", "collapse").set("width", "100%");
        table.setCaptionText(words.caption());
        NativeTableRow header = new NativeTableRow();
        header.add(heading(words.measureHeading()), heading(words.targetHeading()));
        grid.headings().forEach(h -> header.add(heading(h)));
        table.getHead().addRows(header);
        NativeTableBody body = table.addBody();
        for (ScorecardRow row : grid.rows()) {
            NativeTableRow tr = new NativeTableRow();
            tr.setId("measure-" + row.measure().code());
            NativeTableHeaderCell name =
                    new NativeTableHeaderCell(words.measureCell().apply(row));
            name.getElement().setAttribute("scope", "row");
            name.getStyle().set("text-align", "left");
            tr.add(name, cell(new Text(row.measure().targetText())));
            for (ScorecardCell cell : row.cells()) {
                tr.add(figure(cell, words));
            }
            body.addRows(tr);
        }
        return table;
    }

    private static NativeTableHeaderCell heading(String text) {
        NativeTableHeaderCell th = new NativeTableHeaderCell(text);
        th.getElement().setAttribute("scope", "col");
        th.getStyle().set("text-align", "left").set("padding", "var(--lumo-space-xs)");
        return th;
    }

    private static NativeTableCell cell(Component... content) {
        NativeTableCell td = new NativeTableCell(content);
        td.getStyle().set("padding", "var(--lumo-space-xs)").set("border-top", "1px solid var(--lumo-contrast-20pct)");
        return td;
    }

    private static NativeTableCell figure(ScorecardCell c, Words words) {
        Span status = badge(c.rag(), words.status().apply(c.rag()));
        Div value = new Div(new Span(c.value()));
        value.getStyle().set("font-weight", "600");
        NativeTableCell td = cell(value);
        if (c.rag() != Rag.NOT_REPORTED) {
            td.add(new Div(status));
        }
        if (!c.trend().isEmpty()) {
            td.add(new Div(new Span(words.trend().apply(c.trend()))));
        }
        if (words.withComments() && c.comment() != null) {
            Div comment = new Div(new Span(c.comment()));
            comment.getStyle().set("font-size", "var(--lumo-font-size-s)");
            td.add(comment);
        }
        if (words.withComments() && c.figure() != null && !c.approved()) {
            td.add(new Div(new Span("Waiting for approval")));
        }
        td.addClassName("rag-" + c.rag().name().toLowerCase().replace('_', '-'));
        return td;
    }

    /** The status as a badge: its words, always, with green, amber or red behind them. */
    public static Span badge(Rag rag, String words) {
        Span badge = new Span(words);
        switch (rag) {
            case GREEN -> badge.getElement().setAttribute("theme", "badge success");
            case RED -> badge.getElement().setAttribute("theme", "badge error primary");
            case AMBER -> {
                badge.getElement().setAttribute("theme", "badge");
                badge.getElement()
                        .setAttribute(
                                "style",
                                "background-color: " + StatusBadge.AMBER + "; color: " + StatusBadge.AMBER_TEXT);
            }
            case NOT_REPORTED -> badge.getElement().setAttribute("theme", "badge contrast");
        }
        badge.addClassName("status-" + rag.name().toLowerCase().replace('_', '-'));
        return badge;
    }
}

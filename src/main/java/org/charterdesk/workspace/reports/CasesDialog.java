package org.charterdesk.workspace.reports;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.charterdesk.reporting.Figure;
import org.charterdesk.reporting.ReportPeriod;
import org.charterdesk.workspace.cases.CaseView;

/**
 * The cases behind a figure: the same list the figure was computed from, a page of {@value #PAGE} at a time (a
 * year's figure at a large council lists 200,000 cases; the browser gets only the page it shows).
 */
class CasesDialog extends Dialog {

    static final int PAGE = 100;

    private final List<String> cases;
    private final boolean links;
    private final Div list = new Div();
    private final Paragraph showing = new Paragraph();
    private final Button previous = new Button("Previous " + PAGE);
    private final Button next = new Button("Next " + PAGE);
    private int first;

    /** {@code links}: whether the references open the cases (not for a member who opens no case pages). */
    CasesDialog(Figure figure, ReportPeriod period, boolean links) {
        this.cases = figure.cases();
        this.links = links;
        setHeaderTitle(figure.label() + ": " + figure.value());
        setId("figure-cases");
        list.setId("figure-case-list");
        showing.setId("figure-cases-showing");
        previous.setId("figure-cases-previous");
        next.setId("figure-cases-next");
        previous.addClickListener(e -> show(first - PAGE));
        next.addClickListener(e -> show(first + PAGE));
        HorizontalLayout paging = new HorizontalLayout(previous, next);
        paging.setVisible(cases.size() > PAGE);
        add(new Paragraph(cases.size() + (cases.size() == 1 ? " case" : " cases") + ", " + period + "."), list);
        add(showing, paging);
        show(0);
        getFooter().add(new Button("Close", e -> close()));
        setWidth("32em");
    }

    private void show(int from) {
        first = Math.max(0, Math.min(from, cases.size() - 1));
        int to = Math.min(cases.size(), first + PAGE);
        list.removeAll();
        for (String reference : cases.subList(first, to)) {
            list.add(new Div(entry(reference)));
        }
        showing.setText("Showing " + (first + 1) + " to " + to + " of " + cases.size() + ".");
        showing.setVisible(cases.size() > PAGE);
        previous.setEnabled(first > 0);
        next.setEnabled(to < cases.size());
    }

    private Component entry(String reference) {
        if (!links) {
            Span plain = new Span(reference);
            plain.addClassName("figure-case");
            return plain;
        }
        RouterLink link = new RouterLink(reference, CaseView.class, reference);
        link.addClassName("figure-case");
        link.getElement().addEventListener("click", e -> close());
        return link;
    }
}

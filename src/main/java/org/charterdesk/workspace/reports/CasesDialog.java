package org.charterdesk.workspace.reports;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.charterdesk.reporting.Figure;
import org.charterdesk.reporting.ReportPeriod;
import org.charterdesk.workspace.cases.CaseView;

/** The cases behind a figure: the same list the figure was computed from. */
class CasesDialog extends Dialog {

    /** {@code links}: whether the references open the cases (not for a member who opens no case pages). */
    CasesDialog(Figure figure, ReportPeriod period, boolean links) {
        setHeaderTitle(figure.label() + ": " + figure.value());
        setId("figure-cases");
        Div list = new Div();
        list.setId("figure-case-list");
        add(
                new Paragraph(figure.cases().size() + (figure.cases().size() == 1 ? " case" : " cases") + ", " + period
                        + "."),
                list);
        for (String reference : figure.cases()) {
            if (!links) {
                Span plain = new Span(reference);
                plain.addClassName("figure-case");
                list.add(new Div(plain));
                continue;
            }
            RouterLink link = new RouterLink(reference, CaseView.class, reference);
            link.addClassName("figure-case");
            link.getElement().addEventListener("click", e -> close());
            list.add(new Div(link));
        }
        getFooter().add(new Button("Close", e -> close()));
        setWidth("32em");
    }
}

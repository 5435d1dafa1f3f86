package org.charterdesk.workspace.publicsite;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.LocalDate;
import java.util.List;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.charter.Language;
import org.charterdesk.scorecard.Frequency;
import org.charterdesk.scorecard.Scorecard;
import org.charterdesk.scorecard.ScorecardGrid;
import org.charterdesk.workspace.ui.PublicLanguage;
import org.charterdesk.workspace.ui.ScorecardTable;

/**
 * "How we did against our charter": the published measures' approved figures for the last four quarters, each with
 * its target and its status in words, as councils publish their public performance reports.
 */
@Route(value = "charter/performance", layout = PublicLayout.class)
@AnonymousAllowed
public class PerformanceView extends VerticalLayout implements HasDynamicTitle {

    private final String pageTitle;

    public PerformanceView(Scorecard scorecard, CouncilProperties council) {
        Language language = PublicLanguage.current();
        this.pageTitle = PublicTitle.of(getTranslation("performance.title"), council);
        setPadding(false);
        add(
                new H1(getTranslation("performance.heading", council.name(language))),
                new Paragraph(getTranslation("performance.intro")));
        List<LocalDate> quarters = scorecard.lastPeriods(Frequency.QUARTERLY, 4);
        ScorecardGrid grid = scorecard.published(Frequency.QUARTERLY, quarters);
        if (grid.rows().isEmpty()) {
            add(new Paragraph(getTranslation("performance.none")));
        } else {
            NativeTable table = ScorecardTable.of(
                    grid,
                    new ScorecardTable.Words(
                            getTranslation("performance.caption"),
                            getTranslation("performance.measure"),
                            getTranslation("performance.target"),
                            rag -> getTranslation("performance.status." + rag.name()),
                            trend -> getTranslation("performance.trend." + trend.replace("No change", "NoChange")),
                            row -> inEnglish(row.measure().name(), language),
                            false));
            table.setId("performance");
            add(table);
        }
        add(new Paragraph(getTranslation("performance.tellUs")));
    }

    /** A measure's name, which the council writes in English only; marked so on a Welsh page. */
    private static Div inEnglish(String text, Language language) {
        Div div = new Div(text);
        if (language != Language.ENGLISH) {
            div.getElement().setAttribute("lang", Language.ENGLISH.code());
        }
        return div;
    }

    @Override
    public String getPageTitle() {
        return pageTitle;
    }
}

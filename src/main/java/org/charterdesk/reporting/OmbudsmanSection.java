package org.charterdesk.reporting;

import static org.charterdesk.reporting.FigureValues.listed;
import static org.charterdesk.reporting.FigureValues.ofTotal;

import java.util.List;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.complaints.ombudsman.OmbudsmanFigures;
import org.springframework.stereotype.Component;

/** The ombudsman's figures in a complaints report. */
@Component
final class OmbudsmanSection {

    private final OmbudsmanFigures ombudsman;

    OmbudsmanSection(OmbudsmanFigures ombudsman) {
        this.ombudsman = ombudsman;
    }

    /**
     * The ombudsman's part: complaints taken up and decided, each outcome, the uphold rate, the recommendations due,
     * completed on time or late, and each one outstanding at the end of the period (a section of its own).
     */
    void add(List<Figure> figures, ReportPeriod period, List<String> services) {
        OmbudsmanFigures.Period o = ombudsman.of(period.from(), period.to(), services);
        String section = "Ombudsman";
        figures.add(listed("ombudsman.taken_up", section, "Complaints the ombudsman took up", o.takenUp()));
        List<String> decided = o.allDecided();
        figures.add(listed("ombudsman.decided", section, "Complaints the ombudsman decided", decided));
        o.decided()
                .forEach((decision, cases) -> figures.add(new Figure(
                        "ombudsman.decided." + decision.name().toLowerCase(),
                        section,
                        "Decided: " + decision.displayName().toLowerCase(),
                        ofTotal(cases.size(), decided.size()),
                        cases)));
        figures.add(new Figure(
                "ombudsman.upheld",
                section,
                "Uphold rate of the complaints the ombudsman decided (upheld in whole or in part)",
                ofTotal(o.upheld().size(), decided.size()),
                o.upheld()));
        figures.add(listed("ombudsman.recommendations.due", section, "Recommendations due", o.due()));
        figures.add(
                listed("ombudsman.recommendations.on_time", section, "Recommendations completed on time", o.onTime()));
        figures.add(listed("ombudsman.recommendations.late", section, "Recommendations completed late", o.late()));
        figures.add(listed(
                "ombudsman.recommendations.outstanding",
                section,
                "Recommendations outstanding at the end of the period",
                o.outstanding().stream()
                        .map(OmbudsmanFigures.Outstanding::caseReference)
                        .toList()));
        for (int i = 0; i < o.outstanding().size(); i++) {
            OmbudsmanFigures.Outstanding item = o.outstanding().get(i);
            figures.add(new Figure(
                    "ombudsman.outstanding." + (i + 1),
                    "Outstanding ombudsman recommendations",
                    "%s: %s (%s, due %s)"
                            .formatted(
                                    item.caseReference(),
                                    item.what(),
                                    item.ownerName(),
                                    PlainDates.format(item.dueOn())),
                    period.to().isBefore(item.dueOn()) ? "Not yet due" : "Overdue",
                    List.of(item.caseReference())));
        }
    }
}

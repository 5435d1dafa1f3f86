package org.charterdesk.reporting;

import static org.charterdesk.reporting.FigureValues.ofTotal;
import static org.charterdesk.reporting.FigureValues.sum;

import java.util.List;
import java.util.Optional;
import org.charterdesk.charter.Charter;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.springframework.stereotype.Component;

/** A complaints report's charter standards: each deadline met, warned at risk and breached. */
@Component
final class StandardFigures {

    private final Charter charter;

    StandardFigures(Charter charter) {
        this.charter = charter;
    }

    /**
     * For each charter deadline completed in the period: how often it was met, warned at risk and breached. A
     * deadline that none of the services' procedures has (a stage 1 acknowledgement under the SPSO's), and that no
     * case completed in the period, is left out rather than shown as "0 of 0".
     */
    void add(List<Figure> figures, List<ReportCounts.Standard> standards, List<String> services, ReportLists lists) {
        for (DeadlineKind kind : DeadlineKind.values()) {
            List<ReportCounts.Standard> ofKind =
                    standards.stream().filter(d -> d.kind() == kind).toList();
            long all = sum(ofKind, d -> true, ReportCounts.Standard::count);
            if (all == 0 && !anyProcedureHas(kind, services)) {
                continue;
            }
            String section = "Charter standards";
            String key = "standard." + kind.name().toLowerCase();
            figures.add(new Figure(
                    key + ".met",
                    section,
                    kind.displayName() + ": met",
                    ofTotal(sum(ofKind, d -> true, ReportCounts.Standard::met), all),
                    lists.completed(d -> d.kind() == kind && d.met())));
            figures.add(new Figure(
                    key + ".atRisk",
                    section,
                    kind.displayName() + ": warned at risk",
                    ofTotal(sum(ofKind, d -> true, ReportCounts.Standard::warned), all),
                    lists.completed(d -> d.kind() == kind && d.warned())));
            figures.add(new Figure(
                    key + ".breached",
                    section,
                    kind.displayName() + ": breached",
                    ofTotal(sum(ofKind, d -> true, ReportCounts.Standard::breached), all),
                    lists.completed(d -> d.kind() == kind && (d.breached() || !d.met()))));
        }
    }

    private boolean anyProcedureHas(DeadlineKind kind, List<String> services) {
        return kind != DeadlineKind.STAGE_1_ACKNOWLEDGEMENT
                || services.stream()
                        .map(charter::findService)
                        .flatMap(Optional::stream)
                        .anyMatch(s -> charter.profileFor(s).acknowledgesAtStage1());
    }
}

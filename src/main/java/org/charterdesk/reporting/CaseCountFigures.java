package org.charterdesk.reporting;

import static org.charterdesk.reporting.FigureValues.decimal;
import static org.charterdesk.reporting.FigureValues.ofTotal;
import static org.charterdesk.reporting.FigureValues.sum;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.Stage;
import org.springframework.stereotype.Component;

/** A complaints report's counts of cases: received (and per 1,000 population), closed at each stage, withdrawn. */
@Component
final class CaseCountFigures {

    private final CouncilProperties council;

    CaseCountFigures(CouncilProperties council) {
        this.council = council;
    }

    /** Complaints, compliments and comments received; complaints closed at each stage, and withdrawn. */
    void add(
            List<Figure> figures,
            List<ReportCounts.Received> received,
            List<ReportCounts.Ended> ended,
            ReportLists lists) {
        receivedFigures(figures, received, lists);
        closedFigures(figures, ended, lists);
        figures.add(new Figure(
                "closed.withdrawn",
                "Closed",
                "Complaints withdrawn by the customer (not counted as closed above)",
                String.valueOf(sum(ended, e -> e.status() == CaseStatus.WITHDRAWN, ReportCounts.Ended::count)),
                lists.ended(CaseStatus.WITHDRAWN, e -> true)));
    }

    private void receivedFigures(List<Figure> figures, List<ReportCounts.Received> received, ReportLists lists) {
        long complaints = sum(received, ReportCounts.Received::complaint, ReportCounts.Received::count);
        Supplier<List<String>> complaintCases = lists.received(ReportRows.Received::complaint);
        figures.add(new Figure(
                "received.complaints", "Received", "Complaints received", String.valueOf(complaints), complaintCases));
        figures.add(new Figure(
                "received.per1000",
                "Received",
                "Complaints per 1,000 population",
                council.population() <= 0
                        ? "Population not set"
                        : decimal(complaints * 1000.0 / council.population(), 2),
                complaintCases));
        figures.add(new Figure(
                "received.compliments",
                "Received",
                "Compliments received",
                String.valueOf(sum(received, r -> r.kind() == CaseKind.COMPLIMENT, ReportCounts.Received::count)),
                lists.received(r -> r.kind() == CaseKind.COMPLIMENT)));
        figures.add(new Figure(
                "received.comments",
                "Received",
                "Comments received",
                String.valueOf(sum(received, r -> r.kind() == CaseKind.COMMENT, ReportCounts.Received::count)),
                lists.received(r -> r.kind() == CaseKind.COMMENT)));
    }

    private static void closedFigures(List<Figure> figures, List<ReportCounts.Ended> ended, ReportLists lists) {
        List<ReportCounts.Ended> closed =
                ended.stream().filter(e -> e.status() == CaseStatus.CLOSED).toList();
        long all = sum(closed, e -> true, ReportCounts.Ended::count);
        figures.add(new Figure(
                "closed.all",
                "Closed",
                "Complaints closed",
                String.valueOf(all),
                lists.ended(CaseStatus.CLOSED, e -> true)));
        closedShare(
                figures,
                "closed.stage1",
                "Closed at stage 1",
                closed,
                all,
                lists,
                (stage, escalated) -> stage == Stage.STAGE_1);
        closedShare(
                figures,
                "closed.stage2",
                "Closed at stage 2 (straight to stage 2)",
                closed,
                all,
                lists,
                (stage, escalated) -> stage == Stage.STAGE_2 && !escalated);
        closedShare(
                figures,
                "closed.stage2.escalated",
                "Closed at stage 2 after escalation",
                closed,
                all,
                lists,
                (stage, escalated) -> stage == Stage.STAGE_2 && escalated);
    }

    private static void closedShare(
            List<Figure> figures,
            String key,
            String label,
            List<ReportCounts.Ended> closed,
            long all,
            ReportLists lists,
            BiPredicate<Stage, Boolean> test) {
        figures.add(new Figure(
                key,
                "Closed",
                label,
                ofTotal(sum(closed, e -> test.test(e.stage(), e.escalated()), ReportCounts.Ended::count), all),
                lists.ended(CaseStatus.CLOSED, e -> test.test(e.stage(), e.escalated()))));
    }
}

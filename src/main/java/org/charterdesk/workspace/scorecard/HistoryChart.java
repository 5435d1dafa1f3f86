package org.charterdesk.workspace.scorecard;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.charterdesk.scorecard.ScorecardCell;
import org.charterdesk.scorecard.ScorecardRow;
import org.springframework.web.util.HtmlUtils;

/**
 * A measure's history as an SVG bar chart drawn on the server: a bar for each period's figure (none where it was not
 * reported) and a dashed line at the target. The same figures are always in the table beside it.
 */
final class HistoryChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int LEFT = 50;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;

    private static final String BAR =
            "<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"#1a4d8f\"><title>%s: %s</title></rect>";

    private HistoryChart() {}

    static String svg(ScorecardRow row, List<String> headings) {
        BigDecimal target = row.measure().target();
        double max = row.cells().stream()
                .map(ScorecardCell::figure)
                .filter(f -> f != null)
                .mapToDouble(BigDecimal::doubleValue)
                .max()
                .orElse(0);
        max = Math.max(1, Math.max(max, target.doubleValue()) * 1.1);
        int plot = HEIGHT - TOP - BOTTOM;
        String title = escape(row.measure().name());
        StringBuilder svg = new StringBuilder()
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\" "
                        .formatted(WIDTH, HEIGHT))
                .append("style=\"max-width:100%;height:auto\"><title>")
                .append(title)
                .append("</title>");
        double slot = (WIDTH - LEFT - 10) / (double) Math.max(1, row.cells().size());
        for (int i = 0; i < row.cells().size(); i++) {
            ScorecardCell cell = row.cells().get(i);
            double x = LEFT + i * slot + slot * 0.2;
            if (cell.figure() != null) {
                double h = plot * cell.figure().doubleValue() / max;
                svg.append(BAR.formatted(
                        n(x), n(TOP + plot - h), n(slot * 0.6), n(h), escape(headings.get(i)), escape(cell.value())));
            }
            svg.append("<text x=\"%s\" y=\"%d\" font-size=\"10\" text-anchor=\"middle\">%s</text>"
                    .formatted(n(x + slot * 0.3), HEIGHT - BOTTOM + 14, escape(headings.get(i))));
        }
        double y = TOP + plot - plot * target.doubleValue() / max;
        svg.append("<line x1=\"%d\" y1=\"%s\" x2=\"%d\" y2=\"%s\" stroke=\"#d4351c\" stroke-dasharray=\"6 4\"/>"
                        .formatted(LEFT - 4, n(y), WIDTH - 10, n(y)))
                .append("<text x=\"4\" y=\"%s\" font-size=\"10\">Target</text>".formatted(n(y + 3)))
                .append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#505a5f\"/>"
                        .formatted(LEFT - 4, TOP + plot, WIDTH - 10, TOP + plot));
        return svg.append("</svg>").toString();
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}

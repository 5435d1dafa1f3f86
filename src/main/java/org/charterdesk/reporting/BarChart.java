package org.charterdesk.reporting;

import java.util.List;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * A grouped bar chart drawn on the server as SVG (no chart library in the browser), with a title and a legend.
 * The same figures are always shown as a table beside it.
 */
public final class BarChart {

    private static final String[] COLOURS = {"#1a4d8f", "#f47738", "#00703c", "#912b88"};
    private static final int WIDTH = 720;
    private static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int BOTTOM = 40;
    private static final int TOP = 40;

    private BarChart() {}

    /** One series: its name and a value for each label. */
    public record Series(String name, List<Integer> values) {}

    /** The top of the scale: the largest value of any series, and at least 1. */
    static int largest(List<Series> series) {
        return Math.max(
                1,
                series.stream()
                        .flatMap(s -> s.values().stream())
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(1));
    }

    public static String svg(String title, List<String> labels, List<Series> series) {
        int max = largest(series);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 %d %d\" "
                        .formatted(WIDTH, HEIGHT))
                .append("style=\"max-width:100%;height:auto\">")
                .append("<title>%s</title>".formatted(escape(title)))
                .append("<text x=\"%d\" y=\"16\" font-size=\"14\" font-weight=\"bold\">%s</text>"
                        .formatted(LEFT, escape(title)));
        legend(svg, series);
        axis(svg, max);
        double groupWidth = (WIDTH - LEFT - 10) / (double) Math.max(1, labels.size());
        for (int i = 0; i < labels.size(); i++) {
            group(svg, labels.get(i), i, series, max, groupWidth);
        }
        return svg.append("</svg>").toString();
    }

    private static void legend(StringBuilder svg, List<Series> series) {
        for (int s = 0; s < series.size(); s++) {
            int x = LEFT + s * 160;
            svg.append("<rect x=\"%d\" y=\"24\" width=\"10\" height=\"10\" fill=\"%s\"/>".formatted(x, colour(s)))
                    .append("<text x=\"%d\" y=\"33\" font-size=\"11\">%s</text>"
                            .formatted(x + 14, escape(series.get(s).name())));
        }
    }

    private static void axis(StringBuilder svg, int max) {
        svg.append("<text x=\"4\" y=\"%d\" font-size=\"10\">%d</text>".formatted(TOP + 10, max))
                .append("<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#505a5f\"/>"
                        .formatted(LEFT - 4, HEIGHT - BOTTOM, WIDTH - 10, HEIGHT - BOTTOM));
    }

    /** One label's bars, one per series, and the label beneath them. */
    private static void group(
            StringBuilder svg, String label, int index, List<Series> series, int max, double groupWidth) {
        int plot = HEIGHT - BOTTOM - TOP;
        double groupX = LEFT + index * groupWidth + groupWidth * 0.1;
        double barWidth = groupWidth * 0.8 / Math.max(1, series.size());
        for (int s = 0; s < series.size(); s++) {
            int value = series.get(s).values().get(index);
            double barHeight = plot * value / (double) max;
            svg.append("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"><title>%s</title></rect>"
                    .formatted(
                            number(groupX + s * barWidth),
                            number(HEIGHT - BOTTOM - barHeight),
                            number(barWidth),
                            number(barHeight),
                            colour(s),
                            escape(series.get(s).name() + ", " + label + ": " + value)));
        }
        svg.append("<text x=\"%s\" y=\"%d\" font-size=\"10\">%s</text>"
                .formatted(number(groupX), HEIGHT - BOTTOM + 14, escape(label)));
    }

    static String colour(int series) {
        return COLOURS[series % COLOURS.length];
    }

    private static String number(double value) {
        return String.format(Locale.UK, "%.1f", value);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}

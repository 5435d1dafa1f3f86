package org.charterdesk.reporting;

import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * A grouped bar chart drawn on the server as SVG (no chart library in the browser), with a title and a legend.
 * The same figures are always shown as a table beside it.
 */
public final class BarChart {

    private static final String[] COLOURS = {"#1a4d8f", "#f47738", "#00703c", "#912b88"};

    private BarChart() {}

    /** One series: its name and a value for each label. */
    public record Series(String name, List<Integer> values) {}

    public static String svg(String title, List<String> labels, List<Series> series) {
        int width = 720;
        int height = 260;
        int left = 40;
        int bottom = 40;
        int top = 40;
        int max = Math.max(
                1,
                series.stream()
                        .flatMap(s -> s.values().stream())
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(1));
        double groupWidth = (width - left - 10) / (double) Math.max(1, labels.size());
        double barWidth = groupWidth * 0.8 / Math.max(1, series.size());
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" style=\"max-width:100%;height:auto\">")
                .append("<title>")
                .append(escape(title))
                .append("</title>")
                .append("<text x=\"")
                .append(left)
                .append("\" y=\"16\" font-size=\"14\" font-weight=\"bold\">")
                .append(escape(title))
                .append("</text>");
        for (int s = 0; s < series.size(); s++) {
            int x = left + s * 160;
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"24\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS[s % COLOURS.length])
                    .append("\"/><text x=\"")
                    .append(x + 14)
                    .append("\" y=\"33\" font-size=\"11\">")
                    .append(escape(series.get(s).name()))
                    .append("</text>");
        }
        int plot = height - bottom - top;
        svg.append("<text x=\"4\" y=\"")
                .append(top + 10)
                .append("\" font-size=\"10\">")
                .append(max)
                .append("</text><line x1=\"")
                .append(left - 4)
                .append("\" y1=\"")
                .append(height - bottom)
                .append("\" x2=\"")
                .append(width - 10)
                .append("\" y2=\"")
                .append(height - bottom)
                .append("\" stroke=\"#505a5f\"/>");
        for (int i = 0; i < labels.size(); i++) {
            double groupX = left + i * groupWidth + groupWidth * 0.1;
            for (int s = 0; s < series.size(); s++) {
                int value = series.get(s).values().get(i);
                double barHeight = plot * value / (double) max;
                svg.append("<rect x=\"")
                        .append(String.format(java.util.Locale.UK, "%.1f", groupX + s * barWidth))
                        .append("\" y=\"")
                        .append(String.format(java.util.Locale.UK, "%.1f", height - bottom - barHeight))
                        .append("\" width=\"")
                        .append(String.format(java.util.Locale.UK, "%.1f", barWidth))
                        .append("\" height=\"")
                        .append(String.format(java.util.Locale.UK, "%.1f", barHeight))
                        .append("\" fill=\"")
                        .append(COLOURS[s % COLOURS.length])
                        .append("\"><title>")
                        .append(escape(series.get(s).name() + ", " + labels.get(i) + ": " + value))
                        .append("</title></rect>");
            }
            svg.append("<text x=\"")
                    .append(String.format(java.util.Locale.UK, "%.1f", groupX))
                    .append("\" y=\"")
                    .append(height - bottom + 14)
                    .append("\" font-size=\"10\">")
                    .append(escape(labels.get(i)))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}

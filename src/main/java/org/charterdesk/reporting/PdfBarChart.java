package org.charterdesk.reporting;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The pack's grouped bar chart, drawn as PDF vector graphics in the colours of the screen's {@link BarChart}. The
 * pack prints the same figures as a table under it, for readers who cannot see the chart.
 */
final class PdfBarChart {

    private static final Color AXIS = new Color(0x50, 0x5a, 0x5f);
    private static final float WIDTH = 515;
    private static final float HEIGHT = 180;
    private static final float LEFT = 30;
    private static final float BOTTOM = 24;
    private static final float TOP = 30;

    private PdfBarChart() {}

    static Image draw(PdfWriter writer, List<String> labels, List<BarChart.Series> series) {
        PdfTemplate chart = writer.getDirectContent().createTemplate(WIDTH, HEIGHT);
        BaseFont font = font();
        int max = BarChart.largest(series);
        legendAndAxis(chart, font, series, max);
        float plotHeight = HEIGHT - TOP - BOTTOM;
        float groupWidth = (WIDTH - LEFT - 10) / Math.max(1, labels.size());
        float barWidth = groupWidth * 0.7f / Math.max(1, series.size());
        for (int i = 0; i < labels.size(); i++) {
            float x = LEFT + 5 + i * groupWidth;
            for (int s = 0; s < series.size(); s++) {
                float h = plotHeight * series.get(s).values().get(i) / max;
                chart.setColorFill(Color.decode(BarChart.colour(s)));
                chart.rectangle(x + s * barWidth, BOTTOM, barWidth - 1, h);
                chart.fill();
            }
            text(chart, font, labels.get(i), x + groupWidth * 0.35f, BOTTOM - 12, PdfContentByte.ALIGN_CENTER);
        }
        try {
            return Image.getInstance(chart);
        } catch (BadElementException e) {
            throw new IllegalStateException("The chart could not be placed in the pack", e);
        }
    }

    private static void legendAndAxis(PdfTemplate chart, BaseFont font, List<BarChart.Series> series, int max) {
        for (int s = 0; s < series.size(); s++) {
            float x = LEFT + s * 150;
            chart.setColorFill(Color.decode(BarChart.colour(s)));
            chart.rectangle(x, HEIGHT - 14, 8, 8);
            chart.fill();
            text(chart, font, series.get(s).name(), x + 12, HEIGHT - 13, PdfContentByte.ALIGN_LEFT);
        }
        chart.setColorStroke(AXIS);
        chart.moveTo(LEFT, BOTTOM);
        chart.lineTo(WIDTH, BOTTOM);
        chart.moveTo(LEFT, BOTTOM);
        chart.lineTo(LEFT, HEIGHT - TOP);
        chart.stroke();
        text(chart, font, String.valueOf(max), LEFT - 4, HEIGHT - TOP - 3, PdfContentByte.ALIGN_RIGHT);
        text(chart, font, "0", LEFT - 4, BOTTOM - 3, PdfContentByte.ALIGN_RIGHT);
    }

    private static void text(PdfTemplate chart, BaseFont font, String words, float x, float y, int align) {
        chart.beginText();
        chart.setColorFill(Color.BLACK);
        chart.setFontAndSize(font, 8);
        chart.showTextAligned(align, words, x, y, 0);
        chart.endText();
    }

    private static BaseFont font() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.charterdesk.reporting;

import java.util.List;
import java.util.Optional;

/** The figures for a period and a scope (one service, or every service the reader may see). */
public record Report(ReportPeriod period, String scope, List<Figure> figures) {

    public Optional<Figure> figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public String value(String key) {
        return figure(key).map(Figure::value).orElse("");
    }
}

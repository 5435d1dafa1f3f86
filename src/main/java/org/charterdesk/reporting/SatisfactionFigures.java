package org.charterdesk.reporting;

import static org.charterdesk.reporting.FigureValues.decimal;
import static org.charterdesk.reporting.FigureValues.ofTotal;
import static org.charterdesk.reporting.FigureValues.sum;

import java.util.List;
import java.util.function.Supplier;

/** A complaints report's satisfaction survey figures: how many answered, the average marks, the share satisfied. */
final class SatisfactionFigures {

    private SatisfactionFigures() {}

    static void add(List<Figure> figures, List<ReportCounts.Answers> answers, ReportLists lists) {
        long count = sum(answers, a -> true, ReportCounts.Answers::count);
        Supplier<List<String>> all = lists.answers(a -> true);
        String section = "Satisfaction";
        figures.add(new Figure("satisfaction.responses", section, "Survey answers", String.valueOf(count), all));
        figures.add(average(
                "satisfaction.ease",
                "How easy it was to complain (out of 5)",
                count,
                sum(answers, a -> true, ReportCounts.Answers::ease),
                all));
        figures.add(average(
                "satisfaction.informed",
                "Kept informed (out of 5)",
                count,
                sum(answers, a -> true, ReportCounts.Answers::keptInformed),
                all));
        figures.add(average(
                "satisfaction.clear",
                "The answer was clear (out of 5)",
                count,
                sum(answers, a -> true, ReportCounts.Answers::clearAnswer),
                all));
        figures.add(average(
                "satisfaction.satisfied",
                "Satisfied with how it was handled (out of 5)",
                count,
                sum(answers, a -> true, ReportCounts.Answers::satisfied),
                all));
        figures.add(new Figure(
                "satisfaction.share",
                section,
                "Satisfied or very satisfied",
                ofTotal(sum(answers, a -> true, ReportCounts.Answers::pleased), count),
                lists.answers(a -> a.satisfied() >= 4)));
    }

    private static Figure average(String key, String label, long count, long marks, Supplier<List<String>> cases) {
        return new Figure(key, "Satisfaction", label, count == 0 ? "None" : decimal((double) marks / count, 2), cases);
    }
}

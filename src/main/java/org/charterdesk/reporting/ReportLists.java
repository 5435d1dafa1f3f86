package org.charterdesk.reporting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.Stage;

/**
 * The lists behind a report's figures, each read when it is opened: the rows the figure counts, tested as the
 * database tested them when it counted, in reference order.
 */
final class ReportLists {

    private final ReportRows rows;
    private final ReportPeriod period;
    private final List<String> services;

    ReportLists(ReportRows rows, ReportPeriod period, List<String> services) {
        this.rows = rows;
        this.period = period;
        this.services = services;
    }

    Supplier<List<String>> received(Predicate<ReportRows.Received> test) {
        return later(() -> rows.received(period, services), test, ReportRows.Received::reference);
    }

    Supplier<List<String>> ended(CaseStatus status, Predicate<ReportRows.Ended> test) {
        return later(() -> rows.ended(period, services, status), test, ReportRows.Ended::reference);
    }

    Supplier<List<String>> sent(Stage stage, Predicate<ReportRows.Sent> test) {
        return later(() -> rows.sent(period, services, stage), test, ReportRows.Sent::reference);
    }

    Supplier<List<String>> completed(Predicate<ReportRows.Completed> test) {
        return later(() -> rows.completed(period, services), test, ReportRows.Completed::reference);
    }

    Supplier<List<String>> answers(Predicate<ReportRows.Answer> test) {
        return later(() -> rows.answers(period, services), test, ReportRows.Answer::reference);
    }

    Supplier<List<String>> learningActions() {
        return later(() -> rows.learningActions(period, services), a -> true, ReportRows.LearningAction::reference);
    }

    /** The cases with learning in a decision sent in the period, at either stage. */
    Supplier<List<String>> learning() {
        return () -> {
            List<String> learned = new ArrayList<>();
            for (Stage stage : Stage.values()) {
                rows.sent(period, services, stage).stream()
                        .filter(ReportRows.Sent::learning)
                        .map(ReportRows.Sent::reference)
                        .forEach(learned::add);
            }
            return references(learned, r -> r);
        };
    }

    private <T> Supplier<List<String>> later(Supplier<List<T>> read, Predicate<T> test, Function<T, String> reference) {
        return () -> references(read.get().stream().filter(test).toList(), reference);
    }

    /**
     * The references of the rows, each once, in order. The rows come in reference order already ({@link
     * ReportRows}), so the sort only checks it (a sorted run is one pass) and duplicates are neighbours.
     */
    static <T> List<String> references(List<T> rows, Function<T, String> reference) {
        String[] once = new String[rows.size()];
        int count = 0;
        boolean inOrder = true;
        for (T row : rows) {
            String each = reference.apply(row);
            if (count > 0) {
                int order = each.compareTo(once[count - 1]);
                if (order == 0) {
                    continue;
                }
                inOrder &= order > 0;
            }
            once[count++] = each;
        }
        List<String> listed = Arrays.asList(once).subList(0, count);
        if (!inOrder) {
            List<String> sorted = new ArrayList<>(listed);
            sorted.sort(Comparator.naturalOrder());
            return references(sorted, each -> each);
        }
        return listed;
    }
}

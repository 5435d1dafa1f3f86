package org.charterdesk.workspace.tasks;

import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.charterdesk.complaints.CharterFlag;
import org.charterdesk.complaints.Stage;
import org.charterdesk.tasklist.TaskListFilter;
import org.charterdesk.tasklist.TaskListKind;
import org.charterdesk.tasklist.TaskListSort;

/**
 * A task list as its address keeps it, so that it can be bookmarked and shared: which list, its filters and its
 * order, e.g. {@code tasks?list=team&service=housing&status=at-risk&sort=received&dir=desc}. Only what differs from
 * the default is written; a word the address does not know is ignored, never an error.
 */
record TaskListAddress(TaskListKind kind, TaskListFilter filter, TaskListSort.Order order) {

    static final TaskListAddress DEFAULT =
            new TaskListAddress(TaskListKind.MINE, TaskListFilter.none(), TaskListSort.Order.SOONEST_DUE);

    QueryParameters toQuery() {
        Map<String, String> words = new LinkedHashMap<>();
        if (kind != TaskListKind.MINE) {
            words.put("list", word(kind));
        }
        if (filter.serviceCode() != null) {
            words.put("service", filter.serviceCode());
        }
        if (filter.stage() != null) {
            words.put("stage", word(filter.stage()));
        }
        if (filter.status() != null) {
            words.put("status", word(filter.status()));
        }
        if (filter.search() != null && !filter.search().isBlank()) {
            words.put("q", filter.search().strip());
        }
        if (!order.equals(TaskListSort.Order.SOONEST_DUE)) {
            words.put("sort", order.by().word());
            if (order.descending()) {
                words.put("dir", "desc");
            }
        }
        return QueryParameters.simple(words);
    }

    static TaskListAddress fromQuery(QueryParameters query) {
        Map<String, List<String>> parameters = query.getParameters();
        TaskListKind kind =
                parse(TaskListKind.values(), first(parameters, "list")).orElse(TaskListKind.MINE);
        TaskListFilter filter = new TaskListFilter(
                first(parameters, "service").orElse(null),
                parse(Stage.values(), first(parameters, "stage")).orElse(null),
                parse(CharterFlag.values(), first(parameters, "status")).orElse(null),
                first(parameters, "q").orElse(null));
        TaskListSort.Order order = first(parameters, "sort")
                .flatMap(TaskListSort::fromWord)
                .map(by -> new TaskListSort.Order(
                        by, first(parameters, "dir").filter("desc"::equals).isPresent()))
                .orElse(TaskListSort.Order.SOONEST_DUE);
        return new TaskListAddress(kind, filter, order);
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String name) {
        return parameters.getOrDefault(name, List.of()).stream()
                .filter(value -> !value.isBlank())
                .findFirst();
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.UK).replace('_', '-');
    }

    private static <E extends Enum<E>> Optional<E> parse(E[] values, Optional<String> word) {
        return word.flatMap(
                w -> Arrays.stream(values).filter(v -> word(v).equals(w)).findFirst());
    }
}

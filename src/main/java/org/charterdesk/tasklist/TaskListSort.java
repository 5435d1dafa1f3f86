package org.charterdesk.tasklist;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns a task list can be sorted by, done by the database: each names the entry's field and how it is
 * written in a list's address ({@code ?sort=received}).
 */
public enum TaskListSort {
    DUE("dueOn"),
    RECEIVED("receivedOn"),
    CASE("caseReference"),
    STEP("stepName"),
    SERVICE("serviceName"),
    STAGE("stage"),
    CUSTOMER("customerName"),
    HELD_BY("assignee");

    private final String field;

    TaskListSort(String field) {
        this.field = field;
    }

    String field() {
        return field;
    }

    /** The word for this sort in an address, e.g. "held-by". */
    public String word() {
        return name().toLowerCase(Locale.UK).replace('_', '-');
    }

    /** The sort an address names, if it names one. */
    public static Optional<TaskListSort> fromWord(String word) {
        return Arrays.stream(values()).filter(s -> s.word().equals(word)).findFirst();
    }

    /** A sort by this column, up or down. */
    public record Order(TaskListSort by, boolean descending) {

        /** The lists' own order: the soonest due first. */
        public static final Order SOONEST_DUE = new Order(DUE, false);
    }
}

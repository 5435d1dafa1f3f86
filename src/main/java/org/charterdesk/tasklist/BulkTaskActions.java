package org.charterdesk.tasklist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.charterdesk.security.StaffMember;
import org.charterdesk.work.StepNotFoundException;
import org.charterdesk.work.StepTakenException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Several rows of a list at once: an officer claims several team steps, a manager reassigns several. Each row is
 * its own transaction and succeeds or fails on its own; the outcome names every row that failed, and why.
 */
@Service
public class BulkTaskActions {

    private final TaskActions actions;

    BulkTaskActions(TaskActions actions) {
        this.actions = actions;
    }

    /** What happened to each row: how many were done, and each failure as the case reference and the reason. */
    public record Outcome(int done, Map<String, String> failed) {

        public Outcome {
            failed = Map.copyOf(failed);
        }
    }

    public Outcome claim(Collection<TaskRow> rows, StaffMember member) {
        return eachOf(rows, row -> actions.claim(row.taskId(), member));
    }

    public Outcome reassign(Collection<TaskRow> rows, String toUsername, StaffMember manager) {
        return eachOf(rows, row -> actions.reassign(row.taskId(), toUsername, manager));
    }

    /** The people every one of the rows could be given to. */
    public List<StaffMember> whoCouldTakeAll(Collection<TaskRow> rows, StaffMember manager) {
        List<StaffMember> everyone = null;
        for (TaskRow row : rows) {
            List<StaffMember> could = actions.whoCouldTake(row.taskId(), manager);
            if (everyone == null) {
                everyone = new ArrayList<>(could);
            } else {
                Set<String> names = could.stream().map(StaffMember::username).collect(Collectors.toSet());
                everyone.removeIf(m -> !names.contains(m.username()));
            }
        }
        return everyone == null ? List.of() : everyone;
    }

    private static Outcome eachOf(Collection<TaskRow> rows, Consumer<TaskRow> action) {
        int done = 0;
        Map<String, String> failed = new LinkedHashMap<>();
        for (TaskRow row : rows) {
            try {
                action.accept(row);
                done++;
            } catch (StepTakenException | StepNotFoundException | AccessDeniedException e) {
                // AccessDeniedException covers StepRefusedException: not in a team that may take it, say.
                failed.put(row.caseReference() + " (" + row.stepName() + ")", e.getMessage());
            }
        }
        return new Outcome(done, failed);
    }
}

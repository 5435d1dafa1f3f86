package org.charterdesk.tasklist;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the task lists on screen that steps changed, once the change has committed (never from inside the
 * transaction, so a list never shows a step that then rolls back). Screens subscribe while they are shown.
 */
@Component
public class TaskListUpdates {

    private final CopyOnWriteArrayList<Consumer<TaskListChanged>> listeners = new CopyOnWriteArrayList<>();

    /** Calls the listener after every committed change, until the returned handle is run. */
    public Runnable subscribe(Consumer<TaskListChanged> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(TaskListChanged change) {
        listeners.forEach(listener -> listener.accept(change));
    }
}

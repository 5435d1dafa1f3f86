package org.charterdesk.notifications;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import org.charterdesk.cluster.NodeSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the bells on screen that they have something new, once it has committed. A screen subscribes for its
 * user; its refresh must only queue work on its own UI (Vaadin's {@code UI.access}), as it runs on the thread
 * that committed (or on the thread that hears another node's change, see {@link NodeSignals}).
 */
@Component
public class InboxUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(InboxUpdates.class);

    private static final String SIGNAL = "bells";

    private final Map<String, Set<Runnable>> bells = new ConcurrentHashMap<>();
    private final NodeSignals signals;

    InboxUpdates(NodeSignals signals) {
        this.signals = signals;
        signals.subscribe(SIGNAL, username -> refresh(Set.of(username)));
    }

    /** Runs {@code refresh} whenever the user's bell changes, until the returned handle is run. */
    public Runnable subscribe(String username, Runnable refresh) {
        bells.computeIfAbsent(username, u -> new CopyOnWriteArraySet<>()).add(refresh);
        return () -> bells.computeIfPresent(username, (u, set) -> {
            set.remove(refresh);
            return set.isEmpty() ? null : set;
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(InboxChanged change) {
        refresh(change.usernames());
        change.usernames().forEach(username -> signals.publish(SIGNAL, username));
    }

    private void refresh(Set<String> usernames) {
        for (String username : usernames) {
            for (Runnable refresh : bells.getOrDefault(username, Set.of())) {
                try {
                    refresh.run();
                } catch (RuntimeException e) {
                    LOG.debug("A bell on screen could not refresh (it may have just closed)", e);
                }
            }
        }
    }
}

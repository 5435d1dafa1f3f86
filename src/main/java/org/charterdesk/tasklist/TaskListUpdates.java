package org.charterdesk.tasklist;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.charterdesk.cluster.NodeSignals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Tells the lists on screen that steps changed, once the change has committed (never from inside the transaction,
 * so a list never shows a step that then rolls back), and never on the thread that made the change: the committing
 * request or job only notes the change and returns. A dispatcher, four times a second, hands each screen whose
 * interest a change meets one refresh, and at most one a second however many changes arrive; refreshes run on a
 * thread of their own, so that however many lists are open they never take more than one core. Changes committed on
 * the other nodes of a cluster arrive as {@link NodeSignals} and refresh this node's lists the same way.
 */
@Component
public class TaskListUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(TaskListUpdates.class);
    private static final long TICK_MILLIS = 250;
    private static final String SIGNAL = "task-lists";
    private static final long MIN_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final Queue<TaskListChanged> pending = new ConcurrentLinkedQueue<>();
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final LongSupplier nanoTime;
    private final Executor refreshes;
    private final ScheduledExecutorService dispatcher;
    private final ExecutorService ownPool;
    private final NodeSignals signals;

    @Autowired
    TaskListUpdates(NodeSignals signals) {
        this.signals = signals;
        signals.subscribe(SIGNAL, payload -> pending.add(fromSignal(payload)));
        this.nanoTime = System::nanoTime;
        this.ownPool = Executors.newSingleThreadExecutor(daemon("task-list-refresh"));
        this.refreshes = ownPool;
        this.dispatcher = Executors.newSingleThreadScheduledExecutor(daemon("task-list-updates"));
        dispatcher.scheduleWithFixedDelay(this::dispatchQuietly, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** For tests: time and refreshes as the test drives them; nothing runs until {@link #dispatch()} is called. */
    TaskListUpdates(LongSupplier nanoTime, Executor refreshes) {
        this.signals = null;
        this.nanoTime = nanoTime;
        this.refreshes = refreshes;
        this.dispatcher = null;
        this.ownPool = null;
    }

    /**
     * Runs {@code refresh} (on a pool thread) after committed changes that {@code interest} accepts, at most once a
     * second, until the returned handle is run.
     */
    public Runnable subscribe(Predicate<TaskListChanged> interest, Runnable refresh) {
        Subscription subscription = new Subscription(interest, refresh);
        subscriptions.add(subscription);
        return () -> subscriptions.remove(subscription);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void changed(TaskListChanged change) {
        pending.add(change);
        if (signals != null) {
            signals.publish(SIGNAL, change.serviceCode() + "\t" + Objects.toString(change.caseReference(), ""));
        }
    }

    /** A change committed on another node, as {@link #changed} sent it. */
    static TaskListChanged fromSignal(String payload) {
        String[] parts = payload.split("\t", 2);
        return new TaskListChanged(parts[0], parts.length < 2 || parts[1].isEmpty() ? null : parts[1]);
    }

    /** Hands out what has changed since the last call: one refresh per interested screen, when it is due one. */
    void dispatch() {
        List<TaskListChanged> changes = new ArrayList<>();
        for (TaskListChanged change = pending.poll(); change != null; change = pending.poll()) {
            changes.add(change);
        }
        long now = nanoTime.getAsLong();
        for (Subscription subscription : subscriptions) {
            if (!subscription.dirty && changes.stream().anyMatch(subscription.interest)) {
                subscription.dirty = true;
            }
            if (subscription.dirty && subscription.due(now)) {
                subscription.dirty = false;
                subscription.lastRun = now;
                refreshes.execute(subscription::refresh);
            }
        }
    }

    private void dispatchQuietly() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            LOG.warn("Could not tell the lists on screen about a change", e);
        }
    }

    @PreDestroy
    void stop() {
        if (dispatcher != null) {
            dispatcher.shutdownNow();
            ownPool.shutdownNow();
        }
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** A screen's interest in changes; touched only by the dispatcher's thread. */
    private static final class Subscription {

        private final Predicate<TaskListChanged> interest;
        private final Runnable refresh;
        private volatile boolean dirty;
        private volatile long lastRun = Long.MIN_VALUE;

        Subscription(Predicate<TaskListChanged> interest, Runnable refresh) {
            this.interest = interest;
            this.refresh = refresh;
        }

        boolean due(long now) {
            return lastRun == Long.MIN_VALUE || now - lastRun >= MIN_INTERVAL_NANOS;
        }

        void refresh() {
            try {
                refresh.run();
            } catch (RuntimeException e) {
                LOG.debug("A list on screen could not refresh (it may have just closed)", e);
            }
        }
    }
}

package org.charterdesk.cluster;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Short signals between the nodes that share one PostgreSQL database, so that a change committed on one node
 * refreshes the screens open on every other (PostgreSQL's LISTEN/NOTIFY; no broker). A node hears only the other
 * nodes' signals: what changes on it, it already knows. On the embedded single-node default nothing is sent.
 *
 * <p>Signals say only that something changed ("the task lists of housing", "olivia's bell"); they carry no case
 * data, and a lost one costs only a refresh, so a node that cannot reach the database drops them and listens again
 * once it can.
 */
@Component
public class NodeSignals implements SmartLifecycle {

    static final String CHANNEL = "charterdesk_signals";
    /** PostgreSQL refuses a payload of 8,000 bytes or more. */
    private static final int MOST_BYTES = 7_900;

    private static final Logger LOG = LoggerFactory.getLogger(NodeSignals.class);
    private static final Duration LISTEN_POLL = Duration.ofMillis(250);
    private static final Duration RETRY = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final String node = UUID.randomUUID().toString();
    private final Map<String, List<Consumer<String>>> handlers = new ConcurrentHashMap<>();
    private final BlockingQueue<String> outgoing = new LinkedBlockingQueue<>(10_000);
    private volatile boolean running;
    private volatile boolean shared;
    private final List<Thread> threads = new ArrayList<>();

    NodeSignals(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code handler} with the payload of each signal on {@code topic} that another node sends. */
    public void subscribe(String topic, Consumer<String> handler) {
        handlers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(handler);
    }

    /**
     * For a cache of something the current transaction changes: runs {@code forget} now and again when the
     * transaction ends, and once it commits tells the other nodes on {@code topic} (whose subscribers forget theirs).
     */
    public void forgetNowAndAfterCommit(String topic, Runnable forget) {
        forget.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forget.run();
                    if (status == STATUS_COMMITTED) {
                        publish(topic, "");
                    }
                }
            });
        }
    }

    /** Tells the other nodes, soon and without waiting, that something on {@code topic} changed. */
    public void publish(String topic, String payload) {
        if (!shared) {
            return;
        }
        String message = node + "\n" + topic + "\n" + payload;
        if (message.getBytes(StandardCharsets.UTF_8).length > MOST_BYTES) {
            LOG.warn("A signal on {} was too long to send to the other nodes ({} characters)", topic, payload.length());
        } else if (!outgoing.offer(message)) {
            LOG.warn("Signals to the other nodes are backing up; one on {} was dropped", topic);
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        shared = DatabaseKind.isPostgres(dataSource);
        if (shared) {
            threads.add(daemon("node-signals-listen", this::listen));
            threads.add(daemon("node-signals-send", this::send));
            threads.forEach(Thread::start);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        threads.forEach(Thread::interrupt);
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void listen() {
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications((int) LISTEN_POLL.toMillis());
                    for (PGNotification notification : notifications == null ? new PGNotification[0] : notifications) {
                        deliver(notification.getParameter());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warn("Not hearing the other nodes for now ({}); listening again shortly", e.getMessage());
                    pause(RETRY);
                }
            }
        }
    }

    private void send() {
        List<String> batch = new ArrayList<>();
        while (running) {
            try {
                String first = outgoing.poll(LISTEN_POLL.toMillis(), TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                outgoing.drainTo(batch, 99);
                notifyAll(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (SQLException | RuntimeException e) {
                LOG.warn("Could not tell the other nodes of {} changes ({})", batch.size(), e.getMessage());
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Sends a batch in one statement (one commit), each distinct signal once: a signal only says "look again", so
     * a thousand warnings for one officer's bell in the same moment need one (10,000 at-risk timers firing together
     * sent a notification per bell per warning, each its own commit).
     */
    private void notifyAll(List<String> messages) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement =
                        connection.prepareStatement("select pg_notify(?, message) from unnest(?) as message")) {
            connection.setAutoCommit(true);
            statement.setString(1, CHANNEL);
            statement.setArray(
                    2, connection.createArrayOf("text", new LinkedHashSet<>(messages).toArray(String[]::new)));
            statement.execute();
        }
    }

    private void deliver(String message) {
        String[] parts = message.split("\n", 3);
        if (parts.length < 3 || parts[0].equals(node)) {
            return;
        }
        for (Consumer<String> handler : handlers.getOrDefault(parts[1], List.of())) {
            try {
                handler.accept(parts[2]);
            } catch (RuntimeException e) {
                LOG.warn("A signal from another node on {} could not be handled", parts[1], e);
            }
        }
    }

    private Thread daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        return thread;
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

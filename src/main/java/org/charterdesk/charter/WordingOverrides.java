package org.charterdesk.charter;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.charterdesk.cluster.NodeSignals;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's own wording of a letter's words, in place of the shipped bundle's, each change kept as a revision.
 * The current wordings are read once and kept in memory until one changes (on any node of a cluster). A draft can
 * stand in for the saved wording on one thread, for a preview.
 */
@Service
public class WordingOverrides {

    static final String SIGNAL = "letter-wording";

    private final JdbcTemplate jdbc;
    private final NodeSignals signals;
    private final Clock clock;
    private final ThreadLocal<Map<String, String>> drafts = ThreadLocal.withInitial(HashMap::new);
    private volatile Map<String, String> cached;

    WordingOverrides(JdbcTemplate jdbc, NodeSignals signals, Clock clock) {
        this.jdbc = jdbc;
        this.signals = signals;
        this.clock = clock;
        signals.subscribe(SIGNAL, payload -> cached = null);
    }

    /** One saved revision of a wording: {@code pattern} is null where the shipped words were put back. */
    public record Revision(int revision, String pattern, String changedBy, Instant changedAt) {}

    /** The council's wording (a {@link java.text.MessageFormat} pattern) for a key, if it has its own. */
    public Optional<String> find(Language language, String key) {
        String id = id(language, key);
        String draft = drafts.get().get(id);
        if (draft != null) {
            return Optional.of(draft);
        }
        Map<String, String> current = cached;
        if (current == null) {
            current = load();
            cached = current;
        }
        return Optional.ofNullable(current.get(id));
    }

    /** The revisions of a wording, newest first. */
    @Transactional(readOnly = true)
    public List<Revision> history(Language language, String key) {
        return jdbc.query(
                "select revision, text, changed_by, changed_at from letter_wording where message_key = ? and language"
                        + " = ? order by revision desc",
                (row, n) -> new Revision(
                        row.getInt(1),
                        row.getString(2),
                        row.getString(3),
                        row.getTimestamp(4).toInstant()),
                key,
                language.code());
    }

    /**
     * Saves a new revision ({@code pattern} null: the shipped words again), if the wording is still at
     * {@code expectedRevision}; false if someone else changed it first.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean save(Language language, String key, String pattern, int expectedRevision, String by) {
        int latest = history(language, key).stream()
                .mapToInt(Revision::revision)
                .max()
                .orElse(0);
        if (latest != expectedRevision) {
            return false;
        }
        try {
            jdbc.update(
                    "insert into letter_wording (message_key, language, revision, text, changed_by, changed_at)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    key,
                    language.code(),
                    latest + 1,
                    pattern,
                    by,
                    clock.instant().atOffset(ZoneOffset.UTC));
        } catch (DuplicateKeyException raced) {
            return false;
        }
        forgetAfterCommit();
        return true;
    }

    /** Runs {@code work} with {@code pattern} standing in for the wording of the key, on this thread only. */
    public <T> T withDraft(Language language, String key, String pattern, Supplier<T> work) {
        String id = id(language, key);
        drafts.get().put(id, pattern);
        try {
            return work.get();
        } finally {
            drafts.get().remove(id);
        }
    }

    private Map<String, String> load() {
        Map<String, String> current = new HashMap<>();
        jdbc.query(
                "select w.message_key, w.language, w.text from letter_wording w where w.revision = (select"
                        + " max(l.revision) from letter_wording l where l.message_key = w.message_key and l.language"
                        + " = w.language) and w.text is not null",
                row -> {
                    current.put(row.getString(2) + ":" + row.getString(1), row.getString(3));
                });
        return Map.copyOf(current);
    }

    private void forgetAfterCommit() {
        signals.forgetNowAndAfterCommit(SIGNAL, () -> cached = null);
    }

    private static String id(Language language, String key) {
        return language.code() + ":" + key;
    }
}

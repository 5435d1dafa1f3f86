package org.charterdesk.charter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.charterdesk.cluster.NodeSignals;
import org.charterdesk.cluster.SetUpBeforeServing;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the council's details as administrators save them, and puts them in force: at start, after each change, and
 * on every node of a cluster when one node changes them.
 */
@Service
@Order(3)
public class CouncilDetailsStore implements SetUpBeforeServing {

    static final String SIGNAL = "council-details";

    private final JdbcTemplate jdbc;
    private final CouncilProperties council;
    private final NodeSignals signals;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    CouncilDetailsStore(JdbcTemplate jdbc, CouncilProperties council, NodeSignals signals, Clock clock) {
        this.jdbc = jdbc;
        this.council = council;
        this.signals = signals;
        this.clock = clock;
        signals.subscribe(SIGNAL, payload -> reload());
    }

    /** The saved version of the details (0: never saved on screen). */
    @Transactional(readOnly = true)
    public long version() {
        List<Long> versions = jdbc.queryForList("select version from council_details where id = 1", Long.class);
        return versions.isEmpty() ? 0 : versions.get(0);
    }

    /** Saves the details if they are still at {@code expectedVersion}; false if someone else saved first. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean save(CouncilProperties.Details details, long expectedVersion, String by) {
        String text;
        try {
            text = json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        int changed;
        try {
            changed = expectedVersion == 0
                    ? jdbc.update(
                            "insert into council_details (id, details, version, changed_by, changed_at)"
                                    + " values (1, ?, 1, ?, ?)",
                            text,
                            by,
                            clock.instant().atOffset(ZoneOffset.UTC))
                    : jdbc.update(
                            "update council_details set details = ?, version = version + 1, changed_by = ?,"
                                    + " changed_at = ? where id = 1 and version = ?",
                            text,
                            by,
                            clock.instant().atOffset(ZoneOffset.UTC),
                            expectedVersion);
        } catch (DuplicateKeyException raced) {
            return false;
        }
        if (changed == 0) {
            return false;
        }
        signals.forgetNowAndAfterCommit(SIGNAL, this::reload);
        return true;
    }

    /** Puts the configured details back in force. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void forget() {
        jdbc.update("delete from council_details");
        signals.forgetNowAndAfterCommit(SIGNAL, this::reload);
    }

    /** Before the node serves: the details saved on screen are in force from the first page. */
    @Override
    public void setUp() {
        reload();
    }

    /** Reads the saved details again and puts them (or the configured ones) in force. */
    public void reload() {
        List<String> saved = jdbc.queryForList("select details from council_details where id = 1", String.class);
        try {
            council.use(saved.isEmpty() ? null : json.readValue(saved.get(0), CouncilProperties.Details.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The council's saved details cannot be read", e);
        }
    }
}

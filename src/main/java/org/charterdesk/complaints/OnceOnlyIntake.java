package org.charterdesk.complaints;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InvalidInputException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a contact sent with an idempotency key once, however often it is sent: the key is kept with the case in
 * the same transaction, and a second sending of the same contact with the same key gets the case the first made.
 * Two sendings at the same moment both try to keep the key; the database lets one commit, and the other's case is
 * rolled back with it ({@link org.springframework.dao.DuplicateKeyException}); ask {@link #earlier} then. Keys
 * are kept for a day, then forgotten.
 */
@Service
public class OnceOnlyIntake {

    private static final int LONGEST_KEY = 100;

    private final ComplaintIntake intake;
    private final CaseFileRepository cases;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final IntakeProperties properties;

    OnceOnlyIntake(
            ComplaintIntake intake,
            CaseFileRepository cases,
            JdbcTemplate jdbc,
            Clock clock,
            IntakeProperties properties) {
        this.intake = intake;
        this.cases = cases;
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    @Transactional
    public CaseFile receive(String key, NewCase input, Optional<StaffMember> staff) {
        Optional<CaseFile> earlier = earlier(key, input, staff);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        CaseFile created = intake.receive(input, staff);
        jdbc.update(
                "insert into intake_request (idempotency_key, fingerprint, case_id, received_at) values (?, ?, ?, ?)",
                key,
                fingerprint(input, staff),
                created.getId(),
                Timestamp.from(clock.instant()));
        return created;
    }

    /** The case made earlier for this key, if it was made for this same contact; refused if for another. */
    @Transactional(readOnly = true)
    public Optional<CaseFile> earlier(String key, NewCase input, Optional<StaffMember> staff) {
        if (key.isBlank() || key.length() > LONGEST_KEY) {
            throw new InvalidInputException(
                    Map.of("Idempotency-Key", "An Idempotency-Key must have 1 to " + LONGEST_KEY + " characters."));
        }
        List<Kept> kept = jdbc.query(
                "select fingerprint, case_id from intake_request where idempotency_key = ?",
                (row, n) -> new Kept(row.getString(1), row.getLong(2)),
                key);
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        if (!kept.get(0).fingerprint().equals(fingerprint(input, staff))) {
            throw new ProcedureConflictException("This Idempotency-Key was already used for a different contact.");
        }
        return cases.findById(kept.get(0).caseId());
    }

    /**
     * Forgets keys older than {@code charterdesk.intake.keys-kept-for} (a day): a resending comes within seconds.
     * Every node does it each hour; a second deletion finds nothing. Returns how many were forgotten.
     */
    @Scheduled(cron = "0 23 * * * *")
    @Transactional
    public int forgetOldKeys() {
        return jdbc.update(
                "delete from intake_request where received_at < ?",
                Timestamp.from(clock.instant().minus(properties.keysKeptFor())));
    }

    private static String fingerprint(NewCase input, Optional<StaffMember> staff) {
        String sent = staff.map(StaffMember::username).orElse("") + "\n" + input;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sent.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Kept(String fingerprint, long caseId) {}
}

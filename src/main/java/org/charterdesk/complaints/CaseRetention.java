package org.charterdesk.complaints;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.charterdesk.audit.AuditAction;
import org.charterdesk.calendar.CalendarProperties;
import org.charterdesk.cluster.ClusterLocks;
import org.charterdesk.security.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Keeps each finished case's personal data for its retention period ({@link RetentionProperties}) and then removes
 * it, every night, on one node at a time, a case per transaction. Managers see which of their services' cases are
 * due next.
 */
@Service
public class CaseRetention {

    private static final Logger LOG = LoggerFactory.getLogger(CaseRetention.class);
    private static final String SYSTEM = "system";

    private final JdbcTemplate jdbc;
    private final RetentionProperties properties;
    private final CaseAnonymisation anonymisation;
    private final ClusterLocks locks;
    private final Clock clock;
    private final ZoneId zone;

    CaseRetention(
            JdbcTemplate jdbc,
            RetentionProperties properties,
            CaseAnonymisation anonymisation,
            ClusterLocks locks,
            Clock clock,
            CalendarProperties calendar) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.anonymisation = anonymisation;
        this.locks = locks;
        this.clock = clock;
        this.zone = calendar.zone();
    }

    /** A finished case and the day its personal data is due to be removed. */
    public record DueCase(String reference, CaseKind kind, String service, LocalDate closedOn, LocalDate dueOn) {}

    @Scheduled(cron = "${charterdesk.retention.cron:0 30 2 * * *}")
    void nightly() {
        locks.runAlone("case-retention", this::anonymiseDue);
    }

    /** Anonymises every case whose period is over; returns how many. */
    public int anonymiseDue() {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        int done = 0;
        for (Map.Entry<CaseKind, Period> kind : properties.periods().entrySet()) {
            String why = "Retention period over: " + kind.getKey().displayName().toLowerCase() + "s are kept "
                    + kind.getValue() + " after closure";
            List<String> due;
            do {
                due = dueReferences(kind.getKey(), today.minus(kind.getValue()));
                for (String reference : due) {
                    if (anonymisation.anonymise(reference, SYSTEM, AuditAction.ANONYMISED, why)) {
                        done++;
                    }
                }
            } while (due.size() == properties.batch());
        }
        if (done > 0) {
            LOG.info("Anonymised {} cases at the end of their retention period", done);
        }
        return done;
    }

    private List<String> dueReferences(CaseKind kind, LocalDate closedBefore) {
        return jdbc.queryForList(
                "select reference from case_file where kind = ? and anonymised_at is null and closed_at < ?"
                        + " order by closed_at limit ?",
                String.class,
                kind.name(),
                closedBefore.atStartOfDay(zone).toOffsetDateTime(),
                properties.batch());
    }

    /** The cases of the member's services (every service for an administrator) due on or before {@code until}. */
    public List<DueCase> dueBy(StaffMember member, LocalDate until) {
        if (!member.administrator() && member.managerOf().isEmpty()) {
            throw new AccessDeniedException("Only managers and administrators see what is due to be anonymised");
        }
        List<DueCase> due = new ArrayList<>();
        for (Map.Entry<CaseKind, Period> kind : properties.periods().entrySet()) {
            LocalDate closedBefore = until.minus(kind.getValue());
            jdbc.query(
                    """
                    select c.reference, s.code, s.name, c.closed_at from case_file c
                      join council_service s on s.id = c.service_id
                     where c.kind = ? and c.anonymised_at is null and c.closed_at < ?""",
                    row -> {
                        if (member.administrator() || member.isManagerOf(row.getString(2))) {
                            LocalDate closedOn = row.getObject(4, OffsetDateTime.class)
                                    .atZoneSameInstant(zone)
                                    .toLocalDate();
                            due.add(new DueCase(
                                    row.getString(1),
                                    kind.getKey(),
                                    row.getString(3),
                                    closedOn,
                                    closedOn.plus(kind.getValue()).plusDays(1)));
                        }
                    },
                    kind.getKey().name(),
                    closedBefore.atStartOfDay(zone).toOffsetDateTime());
        }
        due.sort(Comparator.comparing(DueCase::dueOn).thenComparing(DueCase::reference));
        return due;
    }
}

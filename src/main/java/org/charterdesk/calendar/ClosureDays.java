package org.charterdesk.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.charterdesk.cluster.NodeSignals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's own closure days, stored in the database. They are read once and kept in memory until one
 * is added or removed, because every deadline calculation asks about them; in a cluster, the node that changes them
 * tells the others to read them again.
 */
@Service
public class ClosureDays {

    /** The signal that tells the other nodes of a cluster to read the closure days again. */
    static final String SIGNAL = "closure-days";

    private final ClosureDayRepository repository;
    private final NodeSignals signals;
    private volatile Set<LocalDate> cached;

    public ClosureDays(ClosureDayRepository repository, NodeSignals signals) {
        this.repository = repository;
        this.signals = signals;
        signals.subscribe(SIGNAL, payload -> cached = null);
    }

    public boolean isClosed(LocalDate date) {
        Set<LocalDate> days = cached;
        if (days == null) {
            days = repository.findAll().stream().map(ClosureDay::getClosedOn).collect(Collectors.toUnmodifiableSet());
            cached = days;
        }
        return days.contains(date);
    }

    /** A closure day as screens show it. */
    public record Closure(LocalDate day, String description) {}

    /** The closure days from {@code day} on, by date. */
    @Transactional(readOnly = true)
    public List<Closure> from(LocalDate day) {
        return repository.findAllByOrderByClosedOn().stream()
                .filter(d -> !d.getClosedOn().isBefore(day))
                .map(d -> new Closure(d.getClosedOn(), d.getDescription()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<ClosureDay> list() {
        return repository.findAllByOrderByClosedOn();
    }

    /** Adds a closure day; deadlines already set are not moved, new ones skip the day. */
    @Transactional
    public ClosureDay add(LocalDate date, String description) {
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("Give a description for the closure day");
        }
        ClosureDay day = repository
                .findByClosedOn(date)
                .orElseGet(() -> repository.save(new ClosureDay(date, description.strip())));
        forgetAfterCommit();
        return day;
    }

    @Transactional
    public void remove(LocalDate date) {
        repository.findByClosedOn(date).ifPresent(repository::delete);
        forgetAfterCommit();
    }

    private void forgetAfterCommit() {
        signals.forgetNowAndAfterCommit(SIGNAL, () -> cached = null);
    }
}

package org.charterdesk.complaints;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code charterdesk.intake.received{kind, channel}}: complaints, compliments and comments received on this node,
 * counted once the case is committed (an intake that fails half-way counts for nothing).
 */
@Component
class IntakeMetrics {

    private final MeterRegistry registry;

    IntakeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void received(CaseFile caseFile) {
        Counter counter = Counter.builder("charterdesk.intake.received")
                .description("Cases received on this node")
                .tag("kind", caseFile.getKind().name().toLowerCase(Locale.ROOT))
                .tag("channel", caseFile.getChannel().name().toLowerCase(Locale.ROOT))
                .register(registry);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            counter.increment();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                counter.increment();
            }
        });
    }
}

package org.charterdesk.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the outbox every {@code charterdesk.mail.poll-interval} on every node; the leases make sure each
 * notification goes once. Off in tests, which send when they choose.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "charterdesk.mail.scheduled", havingValue = "true", matchIfMissing = true)
class OutboxSchedule {

    private final OutboxSender sender;

    OutboxSchedule(OutboxSender sender) {
        this.sender = sender;
    }

    @Scheduled(
            fixedDelayString = "${charterdesk.mail.poll-interval:10s}",
            initialDelayString = "${charterdesk.mail.poll-interval:10s}")
    void sendDue() {
        sender.sendDue();
    }
}

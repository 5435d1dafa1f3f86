package org.charterdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.function.IntFunction;
import org.charterdesk.notifications.MailContent;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.Outbox;
import org.charterdesk.notifications.OutboxSender;
import org.charterdesk.testsupport.BenchmarkReport;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.testsupport.TestMailServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writing and sending 10,000 emails (the performance issue's size) through the outbox to a local SMTP server
 * (GreenMail). Prints figures.
 */
@Tag("benchmark")
class OutboxBenchmarkIT extends IntegrationTestBase {

    private static final int EMAILS = 10_000;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    TransactionTemplate transaction;

    @Value("${charterdesk.mail.connections}")
    int connections;

    /**
     * Two rounds of 10,000: one to 10,000 different people, and one to 100 people. GreenMail finds a recipient's
     * mailbox by looking through every mailbox it has, so the first round measures GreenMail as much as the outbox.
     */
    @Test
    void sendsTheOutboxQuickly() {
        sender.sendDue();
        round("10,000 people", i -> "bench" + i + "@example.com");
        assertThat(TestMailServer.to("bench9999@example.com")).hasSize(1);
        round("100 people", i -> "hundred" + (i % 100) + "@example.com");
        assertThat(TestMailServer.to("hundred99@example.com")).hasSize(EMAILS / 100);
    }

    private void round(String people, IntFunction<String> address) {
        long start = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < EMAILS; i++) {
                outbox.toCustomerByEmail(
                        null,
                        NotificationType.COMPLAINT_RECEIVED,
                        "Benchmark " + i,
                        address.apply(i),
                        MailContent.to("Dear Reader,", "Benchmark " + i)
                                .say("We have received your complaint.")
                                .fact("Reference", "CMP-2026-" + i)
                                .build());
            }
        });
        double written = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        int sent = sender.sendDue();
        double sending = (System.nanoTime() - start) / 1e9;
        String size = String.format(Locale.UK, "%,d emails to %s, %d SMTP connections", EMAILS, people, connections);
        System.out.printf(
                Locale.UK,
                "Wrote %s (rendered HTML and text) in %.1f s: %.0f a second%n",
                size,
                written,
                EMAILS / written);
        System.out.printf(Locale.UK, "Sent %s in %.1f s: %.0f a second%n", size, sending, sent / sending);
        BenchmarkReport.value("Outbox", "emails written (rendered), to " + people, "per s", EMAILS / written, size);
        BenchmarkReport.value("Outbox", "emails sent to SMTP (GreenMail), to " + people, "per s", sent / sending, size);
        BenchmarkReport.value("Outbox", "all emails sent to SMTP, to " + people, "s", sending, size);
        assertThat(sent).isGreaterThanOrEqualTo(EMAILS);
    }
}

package org.charterdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
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

    @Test
    void sendsTheOutboxQuickly() {
        sender.sendDue();
        long start = System.nanoTime();
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < EMAILS; i++) {
                outbox.toCustomerByEmail(
                        null,
                        NotificationType.COMPLAINT_RECEIVED,
                        "Benchmark " + i,
                        "bench" + i + "@example.com",
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
        System.out.printf(
                Locale.UK,
                "Wrote %,d emails (rendered HTML and text) in %.1f s: %.0f a second%n",
                EMAILS,
                written,
                EMAILS / written);
        System.out.printf(
                Locale.UK, "Sent %,d emails to SMTP in %.1f s: %.0f a second%n", sent, sending, sent / sending);
        BenchmarkReport.value("Outbox", "emails written (rendered)", "per s", EMAILS / written, EMAILS + " emails");
        BenchmarkReport.value("Outbox", "emails sent to SMTP (GreenMail)", "per s", sent / sending, EMAILS + " emails");
        BenchmarkReport.value("Outbox", "all emails sent to SMTP", "s", sending, EMAILS + " emails");
        assertThat(sent).isGreaterThanOrEqualTo(EMAILS);
        assertThat(TestMailServer.to("bench9999@example.com")).hasSize(1);
    }
}

package org.charterdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.function.Supplier;
import org.charterdesk.notifications.MailContent;
import org.charterdesk.notifications.MailTemplates;
import org.charterdesk.notifications.NotificationStatus;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.Outbox;
import org.charterdesk.notifications.OutboxMetrics;
import org.charterdesk.notifications.OutboxSearch;
import org.charterdesk.notifications.OutboxSender;
import org.charterdesk.notifications.RenderedMail;
import org.charterdesk.testsupport.BenchmarkReport;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.testsupport.LargeCouncilHistory;
import org.charterdesk.testsupport.TestMailServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox with a large council's history in it, on PostgreSQL: 1,000,000 closed cases and 2,000,000 sent emails
 * (each case's acknowledgement and answer, as the outbox keeps them, with their text and HTML), written in bulk by
 * {@link LargeCouncilHistory}. Measures what runs all the time whatever the outbox holds (every node's poll for
 * what is due, the monitoring gauges), the administrators' outbox page and a case's emails, and then sending 1,000 new
 * emails among the 2,000,000. Prints figures.
 */
@Tag("benchmark")
class OutboxAtScaleBenchmarkIT extends IntegrationTestBase {

    private static final String BENCHMARK = "Outbox at scale";
    private static final int CASES = 1_000_000;
    private static final int NEW_EMAILS = 1_000;
    private static final int ROUNDS = 20;
    private static final String SIZE = "2,000,000 sent emails, 1,000,000 cases";

    @Autowired
    MailTemplates templates;

    @Autowired
    Outbox outbox;

    @Autowired
    OutboxSender sender;

    @Autowired
    OutboxSearch search;

    @Autowired
    OutboxMetrics metrics;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theOutboxWithTwoMillionSentEmails() {
        sender.sendDue();
        LargeCouncilHistory history = new LargeCouncilHistory(jdbc);
        try {
            long started = System.nanoTime();
            history.closedCases(CASES, 2021, 5);
            RenderedMail mail = templates.render(letter("{reference}"));
            int emails = history.sentEmails(mail.subject(), mail.text(), mail.html());
            double seconds = (System.nanoTime() - started) / 1e9;
            String tableSize =
                    jdbc.queryForObject("select pg_size_pretty(pg_total_relation_size('notification'))", String.class);
            System.out.printf(
                    Locale.UK,
                    "BENCHMARK %s %,d cases and %,d sent emails (notification table %s) in %.1f s%n",
                    history.timed("generated"),
                    CASES,
                    emails,
                    tableSize,
                    seconds);
            BenchmarkReport.value(
                    BENCHMARK, history.timed("generating the cases and the sent emails"), "s", seconds, SIZE);
            assertThat(emails).isEqualTo(2 * CASES);
            jdbc.execute("checkpoint");
            alwaysRunning();
            administratorsPages();
            sendingAmongThem();
        } finally {
            history.delete();
        }
    }

    private void alwaysRunning() {
        measure("a node's poll when nothing is due", () -> sender.sendDue());
        measure("the monitoring gauges' count", () -> {
            metrics.refresh();
            return null;
        });
        assertThat(sender.sendDue()).isZero();
    }

    private void administratorsPages() {
        OutboxSearch.Criteria all = new OutboxSearch.Criteria(null, null, null);
        OutboxSearch.Criteria failed = new OutboxSearch.Criteria(NotificationStatus.FAILED, null, null);
        OutboxSearch.Criteria decisions = new OutboxSearch.Criteria(null, NotificationType.DECISION, null);
        OutboxSearch.Criteria address = new OutboxSearch.Criteria(null, null, "customer.424242@example.com");
        measure("outbox page, everything, first page", () -> search.page(all, 0, 50));
        measure("outbox page, failed, first page", () -> search.page(failed, 0, 50));
        measure("outbox page, decisions, first page", () -> search.page(decisions, 0, 50));
        measure("outbox page, an email address, first page", () -> search.page(address, 0, 50));
        Long someCase = jdbc.queryForObject(
                "select case_id from notification where email_to = 'customer.424242@example.com' limit 1", Long.class);
        measure("a case's emails (the case page)", () -> outbox.forCase(someCase));
        assertThat(search.page(all, 0, 50)).hasSize(50);
        assertThat(search.page(address, 0, 50)).hasSize(2);
        assertThat(outbox.forCase(someCase)).hasSize(2);
    }

    private void sendingAmongThem() {
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < NEW_EMAILS; i++) {
                outbox.toCustomerByEmail(
                        null,
                        NotificationType.COMPLAINT_RECEIVED,
                        "New " + i,
                        "new.at.scale" + i + "@example.com",
                        letter("CMP-2026-" + i));
            }
        });
        long start = System.nanoTime();
        int sent = sender.sendDue();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.UK,
                "BENCHMARK sent %,d new emails among them in %.1f s: %.0f a second%n",
                sent,
                seconds,
                sent / seconds);
        BenchmarkReport.value(BENCHMARK, "1,000 new emails sent to SMTP (GreenMail)", "per s", sent / seconds, SIZE);
        assertThat(sent).isEqualTo(NEW_EMAILS);
        assertThat(TestMailServer.to("new.at.scale999@example.com")).hasSize(1);
    }

    private static MailContent letter(String reference) {
        return MailContent.to("Dear Amy Smith,", "Your complaint " + reference)
                .say("Thank you for contacting Anytown Council. We have received your complaint and given it the"
                        + " reference below. Please quote it if you contact us about it.")
                .say("We will send you our answer within 10 working days. If we need longer, we will tell you why and"
                        + " when you can expect it.")
                .fact("Reference", reference)
                .fact("Service", "Housing repairs")
                .build();
    }

    private static void measure(String what, Supplier<?> call) {
        BenchmarkReport.measure(BENCHMARK, what, SIZE, 3, ROUNDS, call);
    }
}

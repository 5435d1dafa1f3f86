package org.charterdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox keeps every email ever sent, two million at a large council ({@code OutboxAtScaleBenchmarkIT}). What
 * runs all the time, and the administrators' search, must find their rows by an index on PostgreSQL, never by
 * reading them all.
 */
class OutboxIndexesIT extends IntegrationTestBase {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theMonitoringGaugesFindTheUnsentByTheStatusIndex() {
        assertThat(plan(OutboxMetrics.BY_STATUS))
                .contains("Index Cond")
                .contains("status")
                .doesNotContain("Seq Scan");
    }

    @Test
    void searchingByPartOfTheRecipientAddressOrSubjectUsesTrigramIndexes() {
        assertThat(plan("select id from notification where lower(email_to) like '%customer.4242%'"))
                .contains("ix_notification_email_trgm");
        assertThat(plan("select id from notification where lower(recipient) like '%olivia%'"))
                .contains("ix_notification_recipient_trgm");
        assertThat(plan("select id from notification where lower(subject) like '%cmp-2026-1%'"))
                .contains("ix_notification_subject_trgm");
    }

    /** The plan PostgreSQL makes for the query when it may not read the whole table if an index will do. */
    private String plan(String sql) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return String.join("\n", jdbc.queryForList("explain " + sql, String.class));
        });
    }
}

package org.charterdesk.complaints;

import static org.assertj.core.api.Assertions.assertThat;

import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every case page lists the customer's other cases, matched by email address, phone number or name and address
 * ({@link CustomerHistory}); on PostgreSQL each match is served by an index, so a page never reads every case. Without
 * the phone number's index, a case page at a million cases took 380 ms ({@code CaseSearchBenchmarkIT}).
 */
class CustomerHistoryIndexesIT extends IntegrationTestBase {

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void eachWayOfMatchingACustomerIsServedByAnIndex() {
        assertThat(plan("select id from case_file where replace(customer_phone, ' ', '') = '01234567890'"))
                .contains("ix_case_customer_phone");
        assertThat(plan("select id from case_file where lower(customer_email) = lower('pat.jones@example.com')"))
                .contains("ix_case_customer_email");
        assertThat(plan("select id from case_file where lower(customer_name) = lower('Pat Jones')"
                        + " and lower(customer_address) = lower('2 Station Road')"))
                .contains("ix_case_customer_trgm");
    }

    /** The plan PostgreSQL makes for the query when it may not read the whole table if an index will do. */
    private String plan(String sql) {
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return String.join("\n", jdbc.queryForList("explain " + sql, String.class));
        });
    }
}

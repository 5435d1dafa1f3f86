package org.charterdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CasePages;
import org.charterdesk.complaints.CaseSearch;
import org.charterdesk.testsupport.BenchmarkReport;
import org.charterdesk.testsupport.LargeCouncilHistory;
import org.charterdesk.testsupport.ViewTestBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Case search and the case page at a large council's size, on PostgreSQL: 1,000,000 closed cases over five years
 * written in bulk into the cases table by {@link LargeCouncilHistory} (all that the search reads), spread over the council's services, with 10,000
 * customer names; then searches as an officer of two services would make them (a reference, part of a name, a whole
 * email address, a service and a quarter), each page of 50 and its count, and the case page (built in Vaadin's
 * server side, as Karibu renders it) for a case with 200 timeline entries and 10 files. Prints figures.
 */
@Tag("benchmark")
class CaseSearchBenchmarkIT extends ViewTestBase {

    private static final String BENCHMARK = "Case search and case page";
    private static final int CASES = 1_000_000;
    private static final int ROUNDS = 20;
    private static final String SIZE = "1,000,000 closed cases";

    @Autowired
    CaseSearch search;

    @Autowired
    CasePages pages;

    @Test
    void searchesAndTheCasePageWithAMillionClosedCases() {
        long started = System.nanoTime();
        LargeCouncilHistory history = new LargeCouncilHistory(jdbc);
        int inserted = history.closedCases(CASES, 2021, 5);
        double seconds = (System.nanoTime() - started) / 1e9;
        BenchmarkReport.value(
                BENCHMARK,
                history.timed("generating the closed cases (one insert from generate_series)"),
                "s",
                seconds,
                SIZE);
        System.out.printf(
                Locale.UK, "BENCHMARK %s %,d closed cases in %.1f s%n", history.timed("generated"), inserted, seconds);
        try {
            searches();
            casePage();
        } finally {
            history.delete();
        }
    }

    private void searches() {
        CaseSearch.Criteria reference = criteria("CMP-2024-12345", null, null, null);
        CaseSearch.Criteria name = criteria("hughes-4", null, null, null);
        CaseSearch.Criteria email = criteria("Customer.424242@example.com", null, null, null);
        CaseSearch.Criteria quarter = criteria(null, "housing", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31));
        measure("by the start of a reference, first page", () -> search.page(olivia, reference, 0, 50));
        measure("by part of a customer's name, first page", () -> search.page(olivia, name, 0, 50));
        measure("by part of a customer's name, count", () -> search.count(olivia, name));
        measure("by a whole email address, first page", () -> search.page(olivia, email, 0, 50));
        measure("a service and a quarter, first page", () -> search.page(olivia, quarter, 0, 50));
        measure("a service and a quarter, page 20", () -> search.page(olivia, quarter, 950, 50));
        measure("a service and a quarter, count", () -> search.count(olivia, quarter));
        assertThat(search.page(olivia, reference, 0, 50)).isNotEmpty();
        assertThat(search.count(olivia, name)).isGreaterThan(50);
        assertThat(search.page(fran, email, 0, 50)).hasSize(1);
        assertThat(search.count(olivia, quarter)).isGreaterThan(1_000);
    }

    /** The page of a case with 200 timeline entries and 10 files, built as a member of staff opens it. */
    private void casePage() {
        CaseFile c = phoneComplaint("housing", null);
        Instant now = Instant.now();
        jdbc.batchUpdate(
                "insert into case_event (case_id, occurred_at, actor, type, description) values (?, ?, ?, ?, ?)",
                java.util.stream.IntStream.range(0, 200)
                        .mapToObj(i -> new Object[] {
                            c.getId(),
                            Timestamp.from(now.minusSeconds(3600L * (200 - i))),
                            "olivia",
                            "NOTE_ADDED",
                            "A note on the case, number " + i + ", as an officer would write it."
                        })
                        .toList());
        for (int i = 0; i < 10; i++) {
            String key = "benchmark-" + c.getId() + "-" + i;
            jdbc.update("insert into attachment_content (storage_key, content) values (?, ?)", key, new byte[1024]);
            jdbc.update(
                    "insert into attachment (case_id, file_name, content_type, size_bytes, storage_key, added_by,"
                            + " from_customer, added_at) values (?, ?, 'application/pdf', 1024, ?, 'olivia', false, ?)",
                    c.getId(),
                    "letter-" + i + ".pdf",
                    key,
                    Timestamp.from(now));
        }
        measure("the case page's data (CasePages.of)", () -> pages.of(c.getReference(), olivia));
        open(olivia, "tasks");
        measure("the case page, 200 timeline entries and 10 files", () -> {
            UI.getCurrent().navigate("tasks");
            long start = System.nanoTime();
            UI.getCurrent().navigate("cases/" + c.getReference());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(LocatorJ._get(H1.class, spec -> spec.withId("case-title"))
                            .getText())
                    .endsWith(c.getReference());
            return took;
        });
    }

    private static CaseSearch.Criteria criteria(String text, String service, LocalDate from, LocalDate to) {
        return new CaseSearch.Criteria(text, service, null, null, from, to);
    }

    /** Times the call; a call that returns a Duration has timed itself. */
    private static void measure(String what, Supplier<Object> call) {
        for (int i = 0; i < 3; i++) {
            call.get();
        }
        double[] millis = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            long start = System.nanoTime();
            Object result = call.get();
            millis[i] = (result instanceof Duration own ? own.toNanos() : System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        BenchmarkReport.timings(BENCHMARK, what, SIZE, millis);
        System.out.printf(
                Locale.UK,
                "BENCHMARK %-52s median %6.1f ms, p95 %6.1f ms%n",
                what,
                millis[ROUNDS / 2],
                BenchmarkReport.quantile(millis, 0.95));
    }
}

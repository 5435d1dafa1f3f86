package org.charterdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.charterdesk.calendar.ClosureDays;
import org.charterdesk.complaints.ClosureDayMoves;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.testsupport.BenchmarkReport;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Adding a closure day inside the deadlines of many open cases and moving them: the count shown first, then the move
 * (deadlines, timeline, audit, and every timer and step due date recalculated by the engine). Prints figures.
 */
@Tag("benchmark")
class ClosureDayBenchmarkIT extends IntegrationTestBase {

    private static final int CASES = 300;
    private static final LocalDate MONDAY = LocalDate.of(2032, 3, 1);

    @Autowired
    ClosureDayMoves moves;

    @Autowired
    ClosureDays closureDays;

    @AfterEach
    void removeTheClosureDay() {
        closureDays.remove(MONDAY.plusDays(2));
    }

    @Test
    void movesTheDeadlinesOfManyOpenCases() {
        jdbc.update("update case_deadline set status = 'WITHDRAWN' where due_on >= ?", MONDAY.minusMonths(1));
        at(MONDAY);
        List<String> refs = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            refs.add(phoneComplaint("housing", null).getReference());
        }
        long start = System.nanoTime();
        long counted = moves.impactOf(MONDAY.plusDays(2), admin).cases();
        double counting = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        int moved = moves.add(MONDAY.plusDays(2), "Benchmark closure", true, admin);
        double moving = (System.nanoTime() - start) / 1e6;
        long timers = refs.stream()
                .mapToLong(ref -> management
                        .createJobQuery()
                        .processInstanceId(instance(ref).getId())
                        .timers()
                        .count())
                .sum();

        assertThat(counted).isEqualTo(CASES);
        assertThat(moved).isEqualTo(CASES);
        assertThat(refs)
                .allSatisfy(ref -> assertThat(
                                deadline(ref, DeadlineKind.STAGE_1_RESPONSE).getClosureDays())
                        .isEqualTo(1));
        System.out.printf(
                Locale.UK,
                "Closure day inside %d open cases: counted in %.0f ms; added and moved in %.0f ms (%.1f ms a case,"
                        + " %d timers recalculated)%n",
                counted,
                counting,
                moving,
                moving / moved,
                timers);
        BenchmarkReport.value("Closure day", "open cases counted", "ms", counting, counted + " open cases");
        BenchmarkReport.value("Closure day", "added and deadlines moved", "ms", moving, counted + " open cases");
        BenchmarkReport.value("Closure day", "moved, per case", "ms", moving / moved, counted + " open cases");
    }
}

package org.charterdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.charterdesk.complaints.CaseCounts;
import org.charterdesk.security.StaffMember;
import org.charterdesk.tasklist.TaskListFilter;
import org.charterdesk.tasklist.TaskListKind;
import org.charterdesk.tasklist.TaskListUpdates;
import org.charterdesk.tasklist.TaskLists;
import org.charterdesk.testsupport.BenchmarkReport;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Public intake while staff have their task lists open: complaints received from one caller with no list open, then
 * with 50 open, each list doing on every refresh what the Tasks screen does (a page of its list, the count of each
 * tab, the open-complaint figures). Refreshes run off the intake's thread, at most once a second per list.
 */
@Tag("benchmark")
class OpenListsIntakeBenchmarkIT extends IntegrationTestBase {

    private static final int WARM_UP = 400;
    private static final int COMPLAINTS = 400;
    private static final int OPEN_LISTS = 50;

    @Autowired
    TaskListUpdates updates;

    @Autowired
    TaskLists lists;

    @Autowired
    CaseCounts counts;

    @Test
    void intakeWithAndWithoutOpenLists() {
        for (int i = 0; i < WARM_UP; i++) {
            phoneComplaint("housing", null);
        }
        double without = run("0 open lists", () -> {});

        AtomicInteger refreshes = new AtomicInteger();
        List<Runnable> screens = new ArrayList<>();
        StaffMember[] staff = {olivia, harry, max, fran};
        for (int i = 0; i < OPEN_LISTS; i++) {
            StaffMember member = staff[i % staff.length];
            screens.add(() -> {
                lists.page(member, TaskListKind.TEAM, TaskListFilter.none(), 0, 50);
                for (TaskListKind kind : List.of(TaskListKind.MINE, TaskListKind.TEAM)) {
                    lists.count(member, kind, TaskListFilter.none());
                }
                counts.openComplaints(member);
                refreshes.incrementAndGet();
            });
        }
        // As before the change: every list refreshed on the committing thread, after every complaint.
        double inline = run(
                OPEN_LISTS + " open lists refreshed on the intake's thread (before)",
                () -> screens.forEach(Runnable::run));
        int before = refreshes.getAndSet(0);

        List<Runnable> closes = screens.stream()
                .map(screen -> updates.subscribe(change -> true, screen))
                .toList();
        double with = run(OPEN_LISTS + " open lists refreshed off it, at most once a second (now)", () -> {});
        closes.forEach(Runnable::run);
        double again = run("0 open lists, again", () -> {});
        System.out.printf(
                Locale.ROOT, "BENCHMARK with no list open, before and after: %.1f/s and %.1f/s%n", without, again);
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK before: %.2fx the rate with no list open (%d refreshes)%n",
                inline / without,
                before);

        System.out.printf(
                Locale.ROOT,
                "BENCHMARK intake with %d open lists is %.2fx the rate with none; the lists refreshed %d times%n",
                OPEN_LISTS,
                with / without,
                refreshes.get());
        BenchmarkReport.ratio(
                "Intake with open lists", OPEN_LISTS + " open task lists", with / without, "intake with no list open");
        assertThat(refreshes.get()).isPositive();
    }

    private double run(String label, Runnable afterEach) {
        long start = System.nanoTime();
        for (int i = 0; i < COMPLAINTS; i++) {
            phoneComplaint("housing", null);
            afterEach.run();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = COMPLAINTS / seconds;
        System.out.printf(
                Locale.ROOT,
                "BENCHMARK intake, one caller, %s: %d complaints in %.2f s = %.1f/s%n",
                label,
                COMPLAINTS,
                seconds,
                rate);
        BenchmarkReport.value(
                "Intake with open lists", "intake, one caller, " + label, "per s", rate, COMPLAINTS + " complaints");
        return rate;
    }
}

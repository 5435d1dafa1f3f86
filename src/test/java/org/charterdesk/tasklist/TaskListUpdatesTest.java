package org.charterdesk.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Screens hear of changes off the thread that made them, and at most once a second. Before, a public intake ran
 * every open list's refresh itself (six lists took intake from 88 to 27 complaints a second, some requests timing
 * out), once per change.
 */
class TaskListUpdatesTest {

    private final AtomicLong now = new AtomicLong();
    private final List<Runnable> queued = new ArrayList<>();
    private final TaskListUpdates updates = new TaskListUpdates(now::get, queued::add);

    @Test
    void theCommittingThreadOnlyNotesTheChange() {
        List<Thread> ranOn = new ArrayList<>();
        updates.subscribe(change -> true, () -> ranOn.add(Thread.currentThread()));

        updates.changed(new TaskListChanged("housing", "CMP-1"));

        assertThat(ranOn).isEmpty();
        assertThat(queued).isEmpty();
        updates.dispatch();
        assertThat(queued).hasSize(1);
    }

    @Test
    void manyChangesMakeAtMostOneRefreshASecond() {
        int[] refreshes = {0};
        updates.subscribe(change -> true, () -> refreshes[0]++);
        for (int tick = 0; tick < 8; tick++) {
            for (int i = 0; i < 25; i++) {
                updates.changed(new TaskListChanged("housing", "CMP-" + i));
            }
            updates.dispatch();
            runQueued();
            now.addAndGet(TimeUnit.MILLISECONDS.toNanos(250));
        }
        updates.dispatch();
        runQueued();

        // 200 changes over two seconds: a refresh at once, then one a second.
        assertThat(refreshes[0]).isEqualTo(3);
    }

    @Test
    void onlyInterestedScreensRefresh() {
        int[] housing = {0};
        int[] waste = {0};
        updates.subscribe(change -> change.serviceCode().equals("housing"), () -> housing[0]++);
        updates.subscribe(change -> change.serviceCode().equals("waste"), () -> waste[0]++);

        updates.changed(new TaskListChanged("housing", "CMP-1"));
        updates.dispatch();
        runQueued();

        assertThat(housing[0]).isEqualTo(1);
        assertThat(waste[0]).isZero();
    }

    @Test
    void aClosedScreenHearsNothing() {
        int[] refreshes = {0};
        Runnable unsubscribe = updates.subscribe(change -> true, () -> refreshes[0]++);
        unsubscribe.run();

        updates.changed(new TaskListChanged("housing", "CMP-1"));
        updates.dispatch();
        runQueued();

        assertThat(refreshes[0]).isZero();
    }

    private void runQueued() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }
}

package org.charterdesk.benchmark;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.charterdesk.testsupport.ApplicationProcess;
import org.charterdesk.testsupport.BenchmarkReport;
import org.charterdesk.testsupport.BoundedLoad;
import org.charterdesk.testsupport.Browser;
import org.charterdesk.testsupport.EmbeddedPostgresServer;
import org.charterdesk.testsupport.HttpIntake;
import org.charterdesk.testsupport.HttpLifecycle;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Memory, on a node run as the Docker image runs it in a 1 GiB container: with the image's JVM options, the JVM
 * sizing itself from the container's memory ({@code -XX:MaxRAM=1g} tells it the same outside a container). With the
 * demo's data: the heap each staff session costs with its task list open (50 sessions signed in through real
 * Chromiums, the objects still reachable after a full collection counted before and after), then public intake and
 * staff lifecycles over HTTP with the sessions still open; last, the node's peak resident memory and what the JVM
 * itself committed (native memory tracking), against the container's 1,024 MiB.
 */
@Tag("benchmark")
class ContainerMemoryBenchmarkIT {

    private static final String BENCHMARK = "Memory in a 1 GiB container";

    /** As the Dockerfile sets them ({@code JAVA_TOOL_OPTIONS}). */
    private static final String IMAGE_JVM_OPTIONS = "-XX:MaxRAMPercentage=40";
    /** Staff sessions, each with its task list open. */
    private static final int SESSIONS = 50;
    /**
     * Sessions to a Chromium: one Chromium with 30-odd pages loaded left the next one unshown after 45 s on this
     * 2-core machine, so each ten sessions have their own.
     */
    private static final int SESSIONS_A_BROWSER = 10;

    private static final String[] OFFICERS = {"olivia", "harry", "wendy", "wes"};
    private static final Duration MOST = Duration.ofMinutes(5);
    private static final Pattern HEAP_USED = Pattern.compile(
            "^ (garbage-first heap|def new generation|tenured generation|PSYoungGen|ParOldGen) .*used (\\d+)K",
            Pattern.MULTILINE);

    @Test
    void staffSessionsAndALoadInAOneGibibyteContainer() {
        String database = EmbeddedPostgresServer.newDatabase();
        try (ApplicationProcess node = new ApplicationProcess(
                                "memory-node", database, "--charterdesk.demo.enabled=true")
                        .jvm("-XX:MaxRAM=1g", IMAGE_JVM_OPTIONS, "-XX:NativeMemoryTracking=summary");
                Browsers browsers = new Browsers()) {
            node.start();
            node.awaitOk("/actuator/health/readiness", Duration.ofMinutes(5));
            Matcher chosen = Pattern.compile("-XX:\\+Use(\\w+)GC").matcher(jcmd(node, "VM.flags"));
            String gc = chosen.find() ? chosen.group(1) + " GC" : "its default collector";
            long heapMax = heapMaxMiB(node);
            System.out.printf("BENCHMARK memory: the JVM chose %s; heap at most %d MiB%n", gc, heapMax);
            BenchmarkReport.value(BENCHMARK, "largest heap the JVM allows itself", "MiB", heapMax, "demo");
            HttpIntake.send(node.uri("/api/v1/complaints"), 8, 300, MOST, "memory-warm-up");
            browsers.next(node.port()).signIn("olivia", "demo").context().close();

            Histogram before = Histogram.of(jcmd(node, "GC.class_histogram"));
            List<Page> sessions = new ArrayList<>();
            Browser browser = null;
            for (int i = 0; i < SESSIONS; i++) {
                if (i % SESSIONS_A_BROWSER == 0) {
                    browser = browsers.next(node.port());
                }
                Page page = browser.signIn(OFFICERS[i % OFFICERS.length], "demo");
                page.navigate(browser.url("/tasks"));
                assertThat(page.locator("#tab-team"))
                        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(90_000));
                // Frozen as a browser freezes a tab in the background: its list stays open on the server, and the
                // machine's two cores are not spent on idle pages.
                page.context().newCDPSession(page).send("Page.setWebLifecycleState", jsonObject("state", "frozen"));
                sessions.add(page);
            }
            Histogram after = Histogram.of(jcmd(node, "GC.class_histogram"));
            double perSession = (after.total() - before.total()) / 1024.0 / SESSIONS;
            BenchmarkReport.value(
                    BENCHMARK,
                    "heap per staff session with its task list open",
                    "KiB",
                    perSession,
                    SESSIONS + " sessions");
            System.out.printf(
                    Locale.ROOT,
                    "BENCHMARK memory: live objects after a full collection %.1f MiB, with %d sessions open %.1f MiB:"
                            + " %.0f KiB a session; most of it %s%n",
                    before.total() / MIB,
                    SESSIONS,
                    after.total() / MIB,
                    perSession,
                    after.largestGrowthSince(before, 5));

            BoundedLoad.Result intake = HttpIntake.send(node.uri("/api/v1/complaints"), 16, 1_200, MOST, "memory");
            BoundedLoad.Result lifecycles = HttpLifecycle.run(node.uri("/"), 8, 150, MOST, "memory-lifecycle");
            assertThat(intake.errors()).isEmpty();
            assertThat(lifecycles.errors()).isEmpty();
            assertThat(intake.accepted() + lifecycles.accepted()).isEqualTo(1_350);
            assertThat(sessions).hasSize(SESSIONS);

            double peak = kib(node, "VmHWM") / 1024.0;
            double committed = nativeCommittedMiB(node);
            BenchmarkReport.value(BENCHMARK, "peak resident memory of the node", "MiB", peak, "after the loads");
            BenchmarkReport.value(BENCHMARK, "memory the JVM committed (NMT)", "MiB", committed, "after the loads");
            BenchmarkReport.value(
                    BENCHMARK,
                    "heap after a full collection, after the loads",
                    "MiB",
                    heapUsedMiBAfterGc(node),
                    "after the loads");
            System.out.printf(
                    Locale.ROOT,
                    "BENCHMARK memory: after 1,200 complaints and 150 lifecycles over HTTP with %d sessions open,"
                            + " peak resident %.0f MiB, committed by the JVM %.0f MiB, of a 1,024 MiB container%n",
                    SESSIONS,
                    peak,
                    committed);
        } finally {
            EmbeddedPostgresServer.release();
        }
    }

    /** The Chromiums the sessions are shared between, closed together. */
    private static final class Browsers implements AutoCloseable {

        private final List<Browser> started = new ArrayList<>();

        Browser next(int port) {
            Browser browser = new Browser(port);
            started.add(browser);
            return browser;
        }

        @Override
        public void close() {
            started.forEach(Browser::close);
        }
    }

    private static final double MIB = 1024.0 * 1024;

    /**
     * The objects still reachable after a full collection, by class ({@code GC.class_histogram}, which collects
     * first): exact bytes, where the heap's use after a collection counts whole regions and moved by more than the 50
     * sessions' cost between two runs.
     */
    private record Histogram(Map<String, Long> bytes, long total) {

        private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);
        private static final Pattern TOTAL = Pattern.compile("^Total\\s+\\d+\\s+(\\d+)", Pattern.MULTILINE);

        static Histogram of(String text) {
            Map<String, Long> bytes = new HashMap<>();
            Matcher row = ROW.matcher(text);
            while (row.find()) {
                bytes.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
            }
            Matcher total = TOTAL.matcher(text);
            assertThat(total.find()).as(text).isTrue();
            return new Histogram(bytes, Long.parseLong(total.group(1)));
        }

        /** The classes that grew most since {@code before}, with their growth. */
        String largestGrowthSince(Histogram before, int count) {
            return bytes.entrySet().stream()
                    .map(e ->
                            Map.entry(e.getKey(), e.getValue() - before.bytes().getOrDefault(e.getKey(), 0L)))
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(count)
                    .map(e -> String.format(Locale.ROOT, "%s %.1f MiB", e.getKey(), e.getValue() / MIB))
                    .collect(Collectors.joining(", "));
        }
    }

    private static JsonObject jsonObject(String name, String value) {
        JsonObject object = new JsonObject();
        object.addProperty(name, value);
        return object;
    }

    private static double heapUsedMiBAfterGc(ApplicationProcess node) {
        jcmd(node, "GC.run");
        return sum(HEAP_USED, jcmd(node, "GC.heap_info")) / 1024.0;
    }

    private static long heapMaxMiB(ApplicationProcess node) {
        Matcher max = Pattern.compile("MaxHeapSize += (\\d+)").matcher(jcmd(node, "VM.flags", "-all"));
        assertThat(max.find()).isTrue();
        return Long.parseLong(max.group(1)) / (1024 * 1024);
    }

    private static double nativeCommittedMiB(ApplicationProcess node) {
        Matcher total = Pattern.compile("Total: reserved=(\\d+)KB, committed=(\\d+)KB")
                .matcher(jcmd(node, "VM.native_memory", "summary"));
        assertThat(total.find()).isTrue();
        return Long.parseLong(total.group(2)) / 1024.0;
    }

    private static double sum(Pattern pattern, String text) {
        Matcher used = pattern.matcher(text);
        double kib = 0;
        while (used.find()) {
            kib += Long.parseLong(used.group(2));
        }
        return kib;
    }

    /** A line of the node's /proc status, in KiB (VmHWM: the most it was ever resident). */
    private static long kib(ApplicationProcess node, String field) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(node.pid()), "status")).stream()
                    .filter(line -> line.startsWith(field + ":"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D+", "")))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String jcmd(ApplicationProcess node, String... command) {
        List<String> line = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(node.pid())));
        line.addAll(List.of(command));
        try {
            Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
            String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(jcmd.waitFor()).as(out).isZero();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

package org.charterdesk.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one report of a benchmark run ({@code ./mvnw -Pbenchmark verify}): each figure a benchmark measures, as median,
 * 95th percentile and maximum with the data size it ran on, and each ratio against a peer measured in the same run,
 * written after every figure to {@code target/benchmark/report.json} and {@code report.md} with the machine's core
 * count, memory and Java version. Figures are reported, never asserted: the machines are shared and noisy.
 */
public final class BenchmarkReport {

    private static final Path DIRECTORY = Path.of("target", "benchmark");
    private static final List<Map<String, Object>> FIGURES = new ArrayList<>();
    private static final List<Map<String, Object>> RATIOS = new ArrayList<>();
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchmarkReport() {}

    /** A figure measured many times, in milliseconds: its median, 95th percentile and maximum. */
    public static synchronized void timings(String benchmark, String figure, String dataSize, double... millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("benchmark", benchmark);
        row.put("figure", figure);
        row.put("unit", "ms");
        row.put("samples", sorted.length);
        row.put("median", round(quantile(sorted, 0.5)));
        row.put("p95", round(quantile(sorted, 0.95)));
        row.put("max", round(sorted[sorted.length - 1]));
        row.put("dataSize", dataSize);
        FIGURES.add(row);
        write();
    }

    /**
     * Calls {@code call} {@code warmups} times to warm up, then times it {@code rounds} times; reports and prints the
     * timings, and returns their median in milliseconds.
     */
    public static double measure(
            String benchmark, String figure, String dataSize, int warmups, int rounds, Supplier<?> call) {
        for (int i = 0; i < warmups; i++) {
            call.get();
        }
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        timings(benchmark, figure, dataSize, millis);
        Arrays.sort(millis);
        System.out.printf(
                Locale.UK,
                "BENCHMARK %-56s median %8.1f ms, p95 %8.1f ms%n",
                figure,
                quantile(millis, 0.5),
                quantile(millis, 0.95));
        return quantile(millis, 0.5);
    }

    /** A figure measured once (a rate, a total time, a size), in its unit. */
    public static synchronized void value(String benchmark, String figure, String unit, double value, String dataSize) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("benchmark", benchmark);
        row.put("figure", figure);
        row.put("unit", unit);
        row.put("samples", 1);
        row.put("median", round(value));
        row.put("p95", round(value));
        row.put("max", round(value));
        row.put("dataSize", dataSize);
        FIGURES.add(row);
        write();
    }

    /** How a figure compares with its peer measured in the same run (above 1: the figure is the larger). */
    public static synchronized void ratio(String benchmark, String what, double ratio, String peer) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("benchmark", benchmark);
        row.put("ratio", what);
        row.put("value", round(ratio));
        row.put("against", peer);
        RATIOS.add(row);
        write();
    }

    /** The value at the quantile of sorted values. */
    public static double quantile(double[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(q * (sorted.length - 1)))];
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static Map<String, Object> machine() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        machine.put("java", System.getProperty("java.version"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        machine.put("database", database());
        machine.put("written", Instant.now().toString());
        return machine;
    }

    /**
     * Where the figures were measured: a database kept for benchmarks serves the benchmarks that run in the test's
     * own Spring context; the nodes started in JVMs of their own always get a database of the embedded server.
     */
    static String database() {
        String embedded = "embedded PostgreSQL (testsupport.EmbeddedPostgresServer)";
        return BenchmarkDatabase.url()
                .map(url -> "the database kept for benchmarks at " + url.replaceFirst("\\?.*$", "")
                        + " (the nodes in JVMs of their own: " + embedded + ")")
                .orElse(embedded);
    }

    private static void write() {
        try {
            Files.createDirectories(DIRECTORY);
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("machine", machine());
            report.put("figures", FIGURES);
            report.put("ratios", RATIOS);
            JSON.writeValue(DIRECTORY.resolve("report.json").toFile(), report);
            Files.writeString(DIRECTORY.resolve("report.md"), markdown(machine()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String markdown(Map<String, Object> machine) {
        StringBuilder md = new StringBuilder("# Benchmark report\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%s cores, %s MiB heap at most, Java %s, %s; %s.%n%n",
                machine.get("cores"),
                machine.get("maxHeapMiB"),
                machine.get("java"),
                machine.get("database"),
                machine.get("written")));
        md.append("| benchmark | figure | data size | samples | median | p95 | max | unit |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Map<String, Object> f : FIGURES) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    f.get("benchmark"),
                    f.get("figure"),
                    f.get("dataSize"),
                    f.get("samples"),
                    f.get("median"),
                    f.get("p95"),
                    f.get("max"),
                    f.get("unit")));
        }
        if (!RATIOS.isEmpty()) {
            md.append("\n| benchmark | ratio | value | against |\n|---|---|---|---|\n");
            for (Map<String, Object> r : RATIOS) {
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %s |%n",
                        r.get("benchmark"),
                        r.get("ratio"),
                        r.get("value"),
                        r.get("against")));
            }
        }
        return md.toString();
    }
}

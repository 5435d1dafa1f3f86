package org.charterdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.charterdesk.complaints.attachments.Attachments;
import org.charterdesk.complaints.attachments.ReceivedFile;
import org.charterdesk.testsupport.BenchmarkReport;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.PreparedStatementCallback;

/**
 * A 10 MB photo, from the temporary file an upload lands in to a kept attachment on PostgreSQL: the checks (type from
 * its content, a scan by the clamd stand-in over a real socket) and the insert, then the download. Prints the time
 * of each (median and worst of the runs), beside the bare JDBC insert of the same bytes as the peer, and how many
 * bytes the Java heap had to find for each, as a multiple of the file's size.
 */
@Tag("benchmark")
class AttachmentBenchmarkIT extends IntegrationTestBase {

    private static final int SIZE = 10 * 1024 * 1024;
    private static final int RUNS = 8;

    @Autowired
    Attachments attachments;

    @TempDir
    Path dir;

    @Test
    void keepsA10MegabytePhotoWithoutHoldingItInMemory() throws IOException {
        Path photo = photo();
        String ref = phoneComplaint("housing", null).getReference();
        List<Measure> upload = new ArrayList<>();
        List<Measure> bare = new ArrayList<>();
        List<Measure> download = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            upload.add(measure(() -> {
                ReceivedFile file = attachments.receive("damp.jpg", photo);
                attachments.addByStaff(ref, null, List.of(file), olivia);
                return null;
            }));
            bare.add(measure(() -> {
                jdbc.execute(
                        "insert into attachment_content (storage_key, content) values (?, ?)",
                        (PreparedStatementCallback<Integer>) statement -> {
                            try (InputStream in = Files.newInputStream(photo)) {
                                statement.setString(1, UUID.randomUUID().toString());
                                statement.setBinaryStream(2, in, SIZE);
                                return statement.executeUpdate();
                            } catch (IOException e) {
                                throw new IllegalStateException(e);
                            }
                        });
                return null;
            }));
            long id = attachments.of(ref, olivia).get(run).id();
            download.add(measure(() -> {
                attachments.download(ref, id, olivia).writer().accept(OutputStream.nullOutputStream());
                return null;
            }));
        }
        report("Upload (check, scan, keep)", upload, bare);
        report("Bare JDBC insert (peer)", bare, bare);
        report("Download", download, bare);
        assertThat(attachments.of(ref, olivia)).hasSize(RUNS);
    }

    private Path photo() throws IOException {
        byte[] bytes = new byte[SIZE];
        new Random(42).nextBytes(bytes);
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0};
        System.arraycopy(jpeg, 0, bytes, 0, jpeg.length);
        return Files.write(dir.resolve("damp.jpg"), bytes);
    }

    private record Measure(double millis, long allocated) {}

    private static Measure measure(Supplier<Void> work) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long allocatedBefore = threads.getThreadAllocatedBytes(thread);
        long start = System.nanoTime();
        work.get();
        return new Measure(
                (System.nanoTime() - start) / 1e6, threads.getThreadAllocatedBytes(thread) - allocatedBefore);
    }

    private static void report(String what, List<Measure> runs, List<Measure> peer) {
        double median = median(runs.stream().mapToDouble(Measure::millis).toArray());
        double worst = runs.stream().mapToDouble(Measure::millis).max().orElseThrow();
        double allocated = median(runs.stream().mapToDouble(m -> m.allocated).toArray());
        double peerMedian = median(peer.stream().mapToDouble(Measure::millis).toArray());
        BenchmarkReport.timings(
                "Attachments",
                what,
                "a 10 MB file",
                runs.stream().mapToDouble(Measure::millis).toArray());
        BenchmarkReport.ratio("Attachments", what + " (median)", median / peerMedian, "the bare insert of the bytes");
        System.out.printf(
                Locale.UK,
                "%s of a 10 MB file on %d cores: median %.0f ms, worst %.0f ms (%.2f x the bare insert);"
                        + " heap allocated %.1f MB, %.2f x the file's size%n",
                what,
                Runtime.getRuntime().availableProcessors(),
                median,
                worst,
                median / peerMedian,
                allocated / 1024 / 1024,
                allocated / SIZE);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}

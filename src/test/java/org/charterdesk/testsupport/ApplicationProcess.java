package org.charterdesk.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.charterdesk.CharterdeskApplication;

/**
 * Charterdesk in a process of its own, as it runs in production (the "postgres" profile, its own job executor and
 * mail schedule), so that a test can kill it with SIGKILL and start it again. Its output goes to a file under
 * {@code target/}.
 */
public final class ApplicationProcess implements AutoCloseable {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final int port = Ports.free();
    private final Path log;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private List<String> jvmOptions = List.of("-Xmx768m");
    private Process process;
    private int starts;

    /** On the given database, sending mail to the test run's SMTP server, with further settings ("--key=value"). */
    public ApplicationProcess(String name, String jdbcUrl, String... settings) {
        this.log = Path.of("target", name + ".log");
        values.put("spring.profiles.active", "postgres");
        values.put("spring.datasource.url", jdbcUrl);
        values.put("spring.datasource.username", "postgres");
        values.put("spring.datasource.password", "postgres");
        values.put("server.port", Integer.toString(port));
        values.put("spring.mail.host", "127.0.0.1");
        values.put("spring.mail.port", Integer.toString(TestMailServer.port()));
        values.put("charterdesk.demo.enabled", "false");
        values.put("logging.level.root", "warn");
        values.put("logging.level.org.charterdesk", "info");
        set(settings);
    }

    /** Changes settings ("--key=value") for the next start, as an upgrade would. */
    public synchronized ApplicationProcess set(String... settings) {
        for (String setting : settings) {
            String[] keyAndValue = setting.replaceFirst("^--", "").split("=", 2);
            values.put(keyAndValue[0], keyAndValue[1]);
        }
        return this;
    }

    /** The JVM's options for the next start, instead of the tests' {@code -Xmx768m}. */
    public synchronized ApplicationProcess jvm(String... options) {
        jvmOptions = List.of(options);
        return this;
    }

    /** The process id of the node's JVM. */
    public long pid() {
        return process.pid();
    }

    private List<String> command() {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath(), CharterdeskApplication.class.getName()));
        values.forEach((key, value) -> command.add("--" + key + "=" + value));
        return command;
    }

    /** The lines the node has logged so far, from all its starts. */
    public List<String> logLines() {
        try {
            return Files.readAllLines(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    public synchronized void start() {
        try {
            Files.createDirectories(log.getParent());
            ProcessBuilder builder = new ProcessBuilder(command()).redirectErrorStream(true);
            builder.redirectOutput(
                    starts++ == 0
                            ? ProcessBuilder.Redirect.to(log.toFile())
                            : ProcessBuilder.Redirect.appendTo(log.toFile()));
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM, as an operator or Kubernetes stops a node, and waits until it has stopped; returns how long it took. */
    public Duration stop() {
        long start = System.nanoTime();
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The processor time the node's JVM has used since it started. */
    public Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElseThrow();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** SIGKILL: no shutdown hooks, no commit of anything in flight. */
    public synchronized void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    public int status(String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri(path))
                    .timeout(Duration.ofSeconds(10))
                    .build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the given path answers 200; fails if the process dies or the time runs out. */
    public Duration awaitOk(String path, Duration most) {
        long start = System.nanoTime();
        while (status(path) != 200) {
            if (!process.isAlive()) {
                throw new AssertionError("The application stopped; see " + log.toAbsolutePath());
            }
            if (System.nanoTime() - start > most.toNanos()) {
                throw new AssertionError(path + " not ready after " + most + "; see " + log.toAbsolutePath());
            }
            Waiting.pause(Duration.ofMillis(200));
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    /** This run's class path without empty entries, which Java would read as the working directory. */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .collect(Collectors.joining(File.pathSeparator));
    }
}

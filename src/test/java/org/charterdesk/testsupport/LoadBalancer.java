package org.charterdesk.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Debian's nginx in front of Charterdesk nodes on this machine, with the sticky sessions and proxy settings of
 * {@code deploy/nginx} (the files docker-compose.yml uses), listening on 127.0.0.1 only. Its configuration, logs and
 * temporary files go under {@code target/}.
 */
public final class LoadBalancer implements AutoCloseable {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Path SHARED = Path.of("deploy", "nginx").toAbsolutePath();

    private final Path home;
    private final int port = Ports.free();
    private Process process;

    public LoadBalancer(String name, List<Integer> nodePorts) {
        if (!Files.isExecutable(NGINX)) {
            throw new IllegalStateException("The cluster tests need Debian's nginx at " + NGINX
                    + ": apt-get install -y nginx (.ci/run does this)");
        }
        this.home = Path.of("target", name).toAbsolutePath();
        try {
            Files.createDirectories(home.resolve("tmp"));
            home.resolve("tmp").toFile().setWritable(true, false);
            Files.writeString(home.resolve("nginx.conf"), configuration(nodePorts));
            // As in docker-compose.yml, the shared files are in "charterdesk" beside nginx.conf.
            Path shared = home.resolve("charterdesk");
            Files.deleteIfExists(shared);
            Files.createSymbolicLink(shared, SHARED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String configuration(List<Integer> nodePorts) {
        String servers = nodePorts.stream()
                .map(p -> "        server 127.0.0.1:" + p + " max_fails=1 fail_timeout=5s;")
                .collect(Collectors.joining("\n"));
        String tmp = home.resolve("tmp").toString();
        return (System.getProperty("user.name").equals("root") ? "user root;\n" : "")
                + """
                daemon off;
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 512; }
                http {
                    access_log %1$s/access.log;
                    client_body_temp_path %2$s/body;
                    proxy_temp_path %2$s/proxy;
                    fastcgi_temp_path %2$s/fastcgi;
                    uwsgi_temp_path %2$s/uwsgi;
                    scgi_temp_path %2$s/scgi;
                    include charterdesk/sticky.conf;
                    upstream charterdesk {
                        hash $charterdesk_node consistent;
                %3$s
                    }
                    server {
                        listen 127.0.0.1:%4$d;
                        include charterdesk/locations.conf;
                    }
                }
                """.formatted(home, tmp, servers, port);
    }

    /** Starts nginx and waits until it listens. */
    public LoadBalancer start() {
        try {
            process = new ProcessBuilder(
                            NGINX.toString(),
                            "-p",
                            home.toString(),
                            "-c",
                            home.resolve("nginx.conf").toString())
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("nginx.out").toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!listening()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("nginx did not start; see " + home.resolve("nginx.out"));
            }
            Waiting.pause(Duration.ofMillis(50));
        }
        return this;
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private boolean listening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroy();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package org.charterdesk.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for a ClamAV daemon for the whole test run, speaking clamd's protocol on a real socket: it answers
 * {@code zINSTREAM} (chunks, each with its length in four bytes, ended by a zero length) with "stream: OK", or with
 * "stream: Eicar-Test-Signature FOUND" when the stream holds the EICAR test signature, as clamd does. Every Spring
 * context of the run scans with it. {@link #down()} plays a scanner that cannot be reached.
 */
public final class ClamdStub {

    /** The EICAR anti-virus test signature's distinctive part: harmless, and detected by every scanner. */
    public static final String EICAR = "EICAR-STANDARD-ANTIVIRUS-TEST-FILE";

    private static final ServerSocket SERVER = open();
    private static final AtomicInteger SCANNED = new AtomicInteger();
    private static final AtomicBoolean DOWN = new AtomicBoolean();

    static {
        Thread acceptor = new Thread(ClamdStub::serve, "clamd-stub");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private ClamdStub() {}

    public static int port() {
        return SERVER.getLocalPort();
    }

    /** How many streams were scanned so far in this run. */
    public static int scanned() {
        return SCANNED.get();
    }

    /** Until {@link #up()}, every connection is closed at once, as when the daemon has stopped. */
    public static void down() {
        DOWN.set(true);
    }

    public static void up() {
        DOWN.set(false);
    }

    private static ServerSocket open() {
        try {
            return new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void serve() {
        while (true) {
            try {
                Socket socket = SERVER.accept();
                Thread handler = new Thread(() -> answer(socket), "clamd-stub-session");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private static void answer(Socket socket) {
        try (socket) {
            if (DOWN.get()) {
                return;
            }
            DataInputStream in = new DataInputStream(socket.getInputStream());
            String command = readCommand(in);
            OutputStream out = socket.getOutputStream();
            if (!command.equals("zINSTREAM")) {
                out.write(("UNKNOWN COMMAND\0").getBytes(StandardCharsets.US_ASCII));
                return;
            }
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            for (int length = in.readInt(); length > 0; length = in.readInt()) {
                content.write(in.readNBytes(length));
            }
            SCANNED.incrementAndGet();
            boolean infected = content.toString(StandardCharsets.ISO_8859_1).contains(EICAR);
            String reply = infected ? "stream: Eicar-Test-Signature FOUND" : "stream: OK";
            out.write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // The client went away: nothing to answer.
        }
    }

    private static String readCommand(DataInputStream in) throws IOException {
        ByteArrayOutputStream command = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0; b = in.read()) {
            command.write(b);
        }
        return command.toString(StandardCharsets.US_ASCII);
    }
}

package org.charterdesk.complaints.attachments;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Scans each file with a ClamAV daemon over TCP (clamd's {@code INSTREAM} command, the file sent in chunks, so it is
 * never held in memory whole), when {@code charterdesk.attachments.clamav.host} is set. An infected file is refused;
 * so is any file while the scanner cannot be reached, since an unscanned file must not be kept.
 */
@Component
public class VirusScan {

    private static final Logger LOG = LoggerFactory.getLogger(VirusScan.class);
    private static final int CHUNK = 64 * 1024;

    private final AttachmentProperties.Clamav clamav;

    VirusScan(AttachmentProperties properties) {
        this.clamav = properties.clamav();
    }

    public boolean enabled() {
        return clamav.enabled();
    }

    /** Does nothing when no scanner is configured; refuses the file if it is infected or cannot be scanned. */
    public void check(String fileName, Path file) {
        if (!enabled()) {
            return;
        }
        String reply;
        try {
            reply = scan(file);
        } catch (IOException e) {
            LOG.warn("The virus scanner at {}:{} could not be used: {}", clamav.host(), clamav.port(), e.toString());
            throw new FileRefusedException(
                    FileRefusedException.Reason.NOT_SCANNED,
                    "We could not check " + fileName + " for viruses just now. Try attaching it again in a few"
                            + " minutes; nothing else you entered is lost.",
                    fileName);
        }
        if (reply.endsWith("FOUND")) {
            LOG.warn("Refused {}: the virus scanner found {}", fileName, reply);
            throw new FileRefusedException(
                    FileRefusedException.Reason.INFECTED,
                    fileName + " contains a virus, so we have not kept it. Nothing else you entered is lost.",
                    fileName);
        }
        if (!reply.endsWith("OK")) {
            LOG.warn("The virus scanner could not scan {}: {}", fileName, reply);
            throw new FileRefusedException(
                    FileRefusedException.Reason.NOT_SCANNED,
                    "We could not check " + fileName + " for viruses just now. Try attaching it again in a few"
                            + " minutes; nothing else you entered is lost.",
                    fileName);
        }
    }

    private String scan(Path file) throws IOException {
        int timeout = (int) clamav.timeout().toMillis();
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(clamav.host(), clamav.port()), timeout);
            socket.setSoTimeout(timeout);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write("zINSTREAM\0".getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[CHUNK];
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                    out.writeInt(n);
                    out.write(chunk, 0, n);
                }
            }
            out.writeInt(0);
            out.flush();
            return readReply(socket.getInputStream());
        }
    }

    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0 && reply.size() < 1024; b = in.read()) {
            reply.write(b);
        }
        return reply.toString(StandardCharsets.US_ASCII).strip();
    }
}

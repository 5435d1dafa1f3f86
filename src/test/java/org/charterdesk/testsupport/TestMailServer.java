package org.charterdesk.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) for the whole test run, on a free port fixed for the run so that every Spring
 * context sends to it. Tests can stop and start it to play an outage.
 */
public final class TestMailServer {

    private static final int PORT = freePort();
    private static GreenMail server = start();

    private TestMailServer() {}

    public static int port() {
        return PORT;
    }

    public static synchronized void stop() {
        server.stop();
    }

    public static synchronized void restart() {
        server = start();
    }

    /** Forgets every message received so far. */
    public static synchronized void purge() {
        try {
            server.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every copy of every message received so far (one per recipient). */
    public static List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /**
     * Every message sent to this address so far. GreenMail keeps a copy of a message in each recipient's mailbox,
     * so copies of one message (the same Message-ID) count once.
     */
    public static List<MimeMessage> to(String address) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        return Arrays.stream(server.getReceivedMessages())
                .filter(m -> addressedTo(m, address))
                .filter(m -> seen.add(messageId(m)))
                .toList();
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A message's subject. */
    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The plain-text body of a message. */
    public static String text(MimeMessage message) {
        return part(message, "text/plain");
    }

    /** The HTML body of a message. */
    public static String html(MimeMessage message) {
        return part(message, "text/html");
    }

    private static boolean addressedTo(MimeMessage m, String address) {
        try {
            return Arrays.stream(m.getAllRecipients())
                    .anyMatch(a -> a.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(Part part, String type) {
        try {
            if (part.isMimeType(type)) {
                return (String) part.getContent();
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart body = multipart.getBodyPart(i);
                    String found = part(body, type);
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GreenMail start() {
        GreenMail mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        return mail;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many times each notification (by its X-Charterdesk-Notification header) was received. */
    public static Map<String, Integer> copiesByNotification() {
        Map<String, Integer> copies = new HashMap<>();
        try {
            for (MimeMessage message : received()) {
                String[] id = message.getHeader("X-Charterdesk-Notification");
                if (id != null) {
                    copies.merge(id[0], 1, Integer::sum);
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return copies;
    }
}

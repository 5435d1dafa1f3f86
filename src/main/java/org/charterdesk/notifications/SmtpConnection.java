package org.charterdesk.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One connection to the SMTP server for a batch, sending one message at a time so that each can be recorded as sent
 * as soon as the server has accepted it. Spring's own sender sends a batch in one call and says which failed only at
 * the end.
 */
final class SmtpConnection implements AutoCloseable {

    private final JavaMailSender sender;
    private final Transport transport;

    private SmtpConnection(JavaMailSender sender, Transport transport) {
        this.sender = sender;
        this.transport = transport;
    }

    static SmtpConnection open(JavaMailSender sender) throws MessagingException {
        if (!(sender instanceof JavaMailSenderImpl impl)) {
            return new SmtpConnection(sender, null);
        }
        Transport transport = impl.getSession().getTransport(impl.getProtocol() == null ? "smtp" : impl.getProtocol());
        transport.connect(impl.getHost(), impl.getPort(), impl.getUsername(), impl.getPassword());
        return new SmtpConnection(sender, transport);
    }

    void send(MimeMessage message) throws MessagingException {
        if (transport == null) {
            sender.send(message);
            return;
        }
        if (message.getSentDate() == null) {
            message.setSentDate(new Date());
        }
        String messageId = message.getMessageID();
        message.saveChanges();
        if (messageId != null) {
            message.setHeader("Message-ID", messageId);
        }
        transport.sendMessage(message, message.getAllRecipients());
    }

    @Override
    public void close() throws MessagingException {
        if (transport != null) {
            transport.close();
        }
    }
}

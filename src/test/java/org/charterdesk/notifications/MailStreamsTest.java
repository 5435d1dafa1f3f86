package org.charterdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.MimeMessageHelper;

class MailStreamsTest {

    private String before;

    @BeforeEach
    void forgetTheName() {
        before = System.getProperty(MailStreams.PROPERTY);
        System.clearProperty(MailStreams.PROPERTY);
    }

    @AfterEach
    void putItBack() {
        if (before == null) {
            System.clearProperty(MailStreams.PROPERTY);
        } else {
            System.setProperty(MailStreams.PROPERTY, before);
        }
    }

    @Test
    void namesTheProviderTheClassPathHasSoThatMailFindsItByName() throws Exception {
        String found = StreamProvider.provider().getClass().getName();

        assertThat(MailStreams.nameTheProvider()).isEqualTo(found);

        assertThat(System.getProperty(MailStreams.PROPERTY)).isEqualTo(found);
        assertThat(StreamProvider.provider()).isInstanceOf(Class.forName(found));
        // A message with an encoded subject and both parts still writes out as before.
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setTo("someone@example.com");
        helper.setFrom("complaints@example.gov.uk");
        helper.setSubject("Your complaint – received");
        helper.setText("Thank you.", "<p>Thank you.</p>");
        message.saveChanges();
        ByteArrayOutputStream written = new ByteArrayOutputStream();
        message.writeTo(written);
        assertThat(written.toString(StandardCharsets.US_ASCII))
                .contains("Subject: =?UTF-8?Q?Your_complaint_=E2=80=93_received?=")
                .contains("<p>Thank you.</p>");
    }

    @Test
    void leavesAProviderAlreadyNamedAlone() {
        System.setProperty(MailStreams.PROPERTY, "org.example.OwnStreams");

        assertThat(MailStreams.nameTheProvider()).isEqualTo("org.example.OwnStreams");
        assertThat(System.getProperty(MailStreams.PROPERTY)).isEqualTo("org.example.OwnStreams");
    }
}

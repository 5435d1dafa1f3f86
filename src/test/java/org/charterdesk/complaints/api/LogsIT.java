package org.charterdesk.complaints.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.Arrays;
import org.charterdesk.notifications.OutboxSender;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.testsupport.TestMailServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** What the application logs while a customer complains and staff read the case: who and which case, never the customer. */
@ExtendWith(OutputCaptureExtension.class)
class LogsIT extends IntegrationTestBase {

    private static final String COMPLAINT = """
            {"service": "housing",
             "customer": {"name": "Zebedee Quillfeather", "email": "zebedee.quillfeather@example.org",
                          "phone": "07700 900123", "address": "9 Larkspur Close"},
             "whatHappened": "The bins outside 9 Larkspur Close were missed three weeks running.",
             "outcomeSought": "Collect them."}""";

    @Autowired
    OutboxSender sender;

    private static boolean toZebedee(MimeMessage message) {
        try {
            return Arrays.stream(message.getAllRecipients())
                    .anyMatch(to -> to.toString().contains("zebedee.quillfeather@example.org"));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void eachLineSaysWhoAndWhichCaseAndNoneNamesTheCustomer(CapturedOutput output) {
        at(LocalDate.of(2026, 11, 2));
        ApiClient api = new ApiClient(port);
        ApiClient.Response created = api.post("/api/v1/complaints", COMPLAINT, null);
        assertThat(created.status()).isEqualTo(201);
        String reference = created.body().get("reference").asText();

        assertThat(api.get("/api/v1/complaints/" + reference, "olivia:" + PASSWORD)
                        .status())
                .isEqualTo(200);
        assertThat(sender.sendDue()).isPositive();
        assertThat(TestMailServer.received()).anyMatch(LogsIT::toZebedee);

        assertThat(output.getOut())
                .containsPattern("\\[olivia\\] \\[" + reference + "\\] .*Audit: olivia viewed " + reference)
                .doesNotContain("Zebedee", "Quillfeather", "quillfeather", "07700 900123", "Larkspur");
    }
}

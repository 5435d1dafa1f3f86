package org.charterdesk.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.StreamProvider;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import org.camunda.bpm.engine.runtime.Job;
import org.charterdesk.complaints.CaseFile;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.Channel;
import org.charterdesk.complaints.ComplaintStep;
import org.charterdesk.complaints.CustomerContacts;
import org.charterdesk.complaints.EscalationRequest;
import org.charterdesk.complaints.EscalationRequests;
import org.charterdesk.complaints.EventType;
import org.charterdesk.complaints.MatterType;
import org.charterdesk.complaints.NewCase;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.complaints.steps.CaseTasks;
import org.charterdesk.complaints.steps.DecisionInput;
import org.charterdesk.complaints.steps.ExtensionInput;
import org.charterdesk.complaints.steps.FrontlineSteps;
import org.charterdesk.complaints.steps.InvestigationInput;
import org.charterdesk.complaints.steps.InvestigationSteps;
import org.charterdesk.complaints.steps.ManagerDecision;
import org.charterdesk.complaints.steps.ManagerDecisions;
import org.charterdesk.complaints.steps.PointsInput;
import org.charterdesk.testsupport.IntegrationTestBase;
import org.charterdesk.testsupport.TestMailServer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every email of the charter, sent from the outbox through a real SMTP server (GreenMail): who gets it, its subject
 * and the facts in its body; at-risk and breach emails driven by the complaint process's own timers; an SMTP outage
 * that loses nothing and sends nothing twice; and what happens to customers who asked not to be emailed.
 */
class MailIT extends IntegrationTestBase {

    @Autowired
    OutboxSender sender;

    @Autowired
    Outbox outbox;

    @Autowired
    FrontlineSteps frontline;

    @Autowired
    InvestigationSteps investigation;

    @Autowired
    ManagerDecisions decisions;

    @Autowired
    EscalationRequests escalations;

    @Autowired
    CaseTasks caseTasks;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    CustomerContacts contacts;

    private CaseFile complaintFrom(String email, String words) {
        return intake.receive(
                new NewCase(null, null, "housing", customer("Robin Hood", email), words, "Fix it.", null, null),
                Optional.empty());
    }

    /** A complaint received on Monday 2 November 2026 and already triaged, so its first step is the answer. */
    private CaseFile triagedComplaintFrom(String email) {
        at(LocalDate.of(2026, 11, 2));
        return intake.receive(
                new NewCase(
                        CaseKind.COMPLAINT,
                        Channel.EMAIL,
                        "housing",
                        customer("Robin Hood", email),
                        "The repair was missed.",
                        "Fix it.",
                        null,
                        new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null)),
                Optional.of(fran));
    }

    private static MimeMessage only(String address) {
        List<MimeMessage> messages = TestMailServer.to(address);
        assertThat(messages).as("messages to " + address).hasSize(1);
        return messages.get(0);
    }

    private static MimeMessage last(String address, String subjectStart) {
        List<MimeMessage> messages = TestMailServer.to(address).stream()
                .filter(m -> subject(m).startsWith(subjectStart))
                .toList();
        assertThat(messages).as("'" + subjectStart + "' to " + address).hasSize(1);
        return messages.get(0);
    }

    private static String firstRecipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(String reference, Outcome outcome, String apology) {
        frontline.respond(
                taskId(reference, ComplaintStep.RESPOND_AT_FRONTLINE),
                new DecisionInput(
                        outcome,
                        "We looked at your repair booking and it was missed.",
                        apology,
                        "We will repair it this week.",
                        "Check bookings daily."),
                olivia);
    }

    @Test
    void theCustomerIsToldTheReferenceAndWhenToExpectAnAnswerWithTheirWordsEscaped() {
        at(LocalDate.of(2026, 11, 2));
        CaseFile c = complaintFrom("ack@example.com", "The bin <script>alert('x')</script> was not emptied & left.");
        sender.sendDue();

        MimeMessage mail = only("ack@example.com");
        assertThat(subject(mail)).isEqualTo("We have received your complaint: " + c.getReference());
        assertThat(TestMailServer.text(mail))
                .contains(
                        "Dear Robin Hood,",
                        c.getReference(),
                        "You can expect our answer by Monday 9 November 2026",
                        "Anytown Council",
                        "0300 123 4567",
                        "Yours sincerely, Customer Services, Anytown Council",
                        "http://localhost:8080/track");
        String html = TestMailServer.html(mail);
        assertThat(html)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&amp; left.")
                .doesNotContain("<script>");
        assertThat(notificationsOf(c.getReference()))
                .filteredOn(n -> n.getType() == NotificationType.COMPLAINT_RECEIVED)
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT);
                    assertThat(n.getAttempts()).isEqualTo(1);
                });
    }

    @Test
    void theOutboxNamesMailsStreamProviderSoThatWritingAMessageDoesNotSearchTheClassPath() {
        String onTheClassPath = ServiceLoader.load(StreamProvider.class)
                .findFirst()
                .orElseThrow()
                .getClass()
                .getName();

        assertThat(System.getProperty(MailStreams.PROPERTY)).isEqualTo(onTheClassPath);
    }

    @Test
    void aComplimentIsAcknowledgedWithThanksByEmailButNobodyIsToldToRingAnyoneUp() {
        at(LocalDate.of(2026, 11, 2));
        CaseFile emailed = intake.receive(
                new NewCase(
                        CaseKind.COMPLIMENT,
                        Channel.WEB,
                        "housing",
                        customer("Kim Kind", "kind@example.com"),
                        "The repair team were quick & polite.",
                        null,
                        null,
                        null),
                Optional.empty());
        CaseFile phoned = intake.receive(
                new NewCase(
                        CaseKind.COMMENT,
                        Channel.PHONE,
                        "housing",
                        new NewCase.CustomerDetails(
                                "Pat Phone", null, "01234 111111", null, PreferredContact.PHONE, null),
                        "The estate office should open on Saturdays.",
                        null,
                        null,
                        null),
                Optional.of(fran));
        sender.sendDue();

        MimeMessage mail = only("kind@example.com");
        assertThat(subject(mail)).isEqualTo("We have received your compliment: " + emailed.getReference());
        assertThat(TestMailServer.text(mail))
                .contains(
                        "Dear Kim Kind,",
                        emailed.getReference(),
                        "We pass every compliment and comment to the Housing team",
                        "quick & polite")
                .doesNotContain("You can expect");
        assertThat(notificationsOf(emailed.getReference()))
                .singleElement()
                .satisfies(n -> assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT));
        assertThat(notificationsOf(phoned.getReference())).isEmpty();
    }

    @Test
    void aComplaintThroughBothStagesWritesEachDecisionStage2AndTheSurvey() {
        String email = "both.stages@example.com";
        CaseFile c = triagedComplaintFrom(email);
        String ref = c.getReference();
        answer(ref, Outcome.UPHELD, "We are sorry we missed your repair.");
        sender.sendDue();
        MimeMessage stage1 = last(email, "Our answer to your complaint");
        assertThat(TestMailServer.text(stage1))
                .contains(
                        "We have upheld your complaint",
                        "We are sorry we missed your repair.",
                        "We will repair it this week.",
                        "ask us to look at your complaint again at stage 2, by",
                        "Ask for stage 2");
        // The case closed with the stage 1 answer: the survey goes now, and only once for the case.
        String survey = TestMailServer.text(last(email, "How did we handle your complaint"));
        String token = reload(ref).getSurveyToken();
        assertThat(token).matches("[A-Za-z0-9_-]{32}");
        assertThat(survey).contains("http://localhost:8080/survey/" + token);

        at(LocalDate.of(2026, 11, 4));
        escalations.request(ref, new EscalationRequest(email, "Still not repaired."), Optional.empty());
        decisions.decideEscalation(taskId(ref, ComplaintStep.DECIDE_ESCALATION), ManagerDecision.approved(), max);
        sender.sendDue();
        assertThat(TestMailServer.text(last(email, "Your complaint " + ref + " is going to stage 2")))
                .contains("We will acknowledge it by: Monday 9 November 2026");

        investigation.acknowledge(
                taskId(ref, ComplaintStep.ACKNOWLEDGE_STAGE_2),
                new PointsInput(List.of("The repair was missed.", "Nobody called back."), "A repair and an apology."),
                harry);
        sender.sendDue();
        assertThat(TestMailServer.text(last(email, "We are investigating your complaint")))
                .contains(
                        "Point 1: The repair was missed.",
                        "Point 2: Nobody called back.",
                        "A repair and an apology.",
                        "final response by");

        investigation.submit(
                taskId(ref, ComplaintStep.INVESTIGATE),
                new InvestigationInput(
                        List.of("The booking was lost.", "No call was made."),
                        new DecisionInput(
                                Outcome.PARTIALLY_UPHELD,
                                "We found the booking was lost.",
                                "We are sorry for the wait.",
                                null,
                                null)),
                harry);
        decisions.signOffFinalResponse(
                taskId(ref, ComplaintStep.SIGN_OFF_FINAL_RESPONSE), ManagerDecision.approved(), max);
        sender.sendDue();
        assertThat(TestMailServer.text(last(email, "Our final response to your complaint")))
                .contains(
                        "We have partly upheld your complaint",
                        "We are sorry for the wait.",
                        "This is our final response",
                        "the Scottish Public Services Ombudsman",
                        "https://www.spso.org.uk");
        assertThat(TestMailServer.to(email).stream()
                        .map(MailIT::subject)
                        .filter(s -> s.startsWith("How did we handle")))
                .hasSize(1);
        assertThat(reload(ref).getSurveyToken()).isEqualTo(token);
    }

    @Test
    void anApprovedExtensionTellsTheCustomerWhyAndTheNewDate() {
        String email = "extension@example.com";
        String ref = triagedComplaintFrom(email).getReference();
        frontline.requestExtension(
                taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE),
                new ExtensionInput(3, "We are waiting for the contractor's report"),
                olivia);
        decisions.decideExtension(taskId(ref, ComplaintStep.DECIDE_STAGE_1_EXTENSION), ManagerDecision.approved(), max);
        sender.sendDue();
        assertThat(TestMailServer.text(last(email, "We need more time on your complaint")))
                .contains(
                        "We are waiting for the contractor's report",
                        "You can now expect our answer by: Thursday 12 November 2026");
    }

    @Test
    void aDeclinedEscalationTellsTheCustomerWhyAndAboutTheOmbudsman() {
        String email = "declined@example.com";
        String ref = triagedComplaintFrom(email).getReference();
        answer(ref, Outcome.NOT_UPHELD, null);
        escalations.request(ref, new EscalationRequest(email, "I disagree."), Optional.empty());
        decisions.decideEscalation(
                taskId(ref, ComplaintStep.DECIDE_ESCALATION),
                ManagerDecision.declined("Your request raises nothing new"),
                max);
        sender.sendDue();
        assertThat(TestMailServer.text(last(email, "Your request for stage 2")))
                .contains(
                        "Your request raises nothing new",
                        "the Scottish Public Services Ombudsman",
                        "https://www.spso.org.uk");
    }

    @Test
    void theProcessTimersWarnTheHolderAndManagersBeforeTheDeadlineAndAtTheBreach() {
        String ref = triagedComplaintFrom("timers@example.com").getReference();
        caseTasks.claim(taskId(ref, ComplaintStep.RESPOND_AT_FRONTLINE), olivia);

        at(LocalDate.of(2026, 11, 6), LocalTime.of(8, 0));
        runDueJobs(ref);
        sender.sendDue();
        String atRisk = "At risk: Respond at frontline on " + ref + " is due Monday 9 November 2026";
        for (String holderOrManager : List.of("olivia@example.gov.uk", "max@example.gov.uk")) {
            assertThat(TestMailServer.text(last(holderOrManager, atRisk)))
                    .contains(
                            "Case: " + ref,
                            "Step: Respond at frontline",
                            "Due: Monday 9 November 2026",
                            "Working days left: 1",
                            "Held by: Olivia Grant",
                            "http://localhost:8080/cases/" + ref);
        }
        assertThat(TestMailServer.to("harry@example.gov.uk").stream().map(MailIT::subject))
                .doesNotContain(atRisk);

        at(LocalDate.of(2026, 11, 10), LocalTime.of(0, 30));
        runDueJobs(ref);
        sender.sendDue();
        String breach = "Overdue: Respond at frontline on " + ref + " was due Monday 9 November 2026";
        assertThat(TestMailServer.text(last("max@example.gov.uk", breach)))
                .contains("This step has broken the charter standard", "Working days late: 1");
        assertThat(TestMailServer.text(last("olivia@example.gov.uk", breach)))
                .contains("This step has broken the charter standard", "Held by: Olivia Grant");
        assertThat(TestMailServer.to("harry@example.gov.uk").stream().map(MailIT::subject))
                .doesNotContain(breach);
        // Counted by the case's reference: other tests' notifications may fall due as this test moves the clock.
        assertThat(TestMailServer.to("olivia@example.gov.uk").stream().map(MailIT::subject))
                .filteredOn(s -> s.contains(ref))
                .containsExactlyInAnyOrder(atRisk, breach);
        // The same two events ring the holder's bell in the workspace.
        assertThat(jdbc.queryForList(
                        "select title from staff_inbox_item where username = 'olivia' and title like ?",
                        String.class,
                        "%" + ref + "%"))
                .containsExactlyInAnyOrder(atRisk, breach);
        assertThat(TestMailServer.to("max@example.gov.uk").stream().map(MailIT::subject))
                .filteredOn(s -> s.contains(ref))
                .containsExactlyInAnyOrder(atRisk, breach);
    }

    @Test
    void anUnclaimedStepAtRiskWarnsTheWholeTeam() {
        String ref = triagedComplaintFrom("team@example.com").getReference();
        at(LocalDate.of(2026, 11, 6), LocalTime.of(8, 0));
        runDueJobs(ref);
        sender.sendDue();
        String atRisk = "At risk: Respond at frontline on " + ref + " is due";
        for (String officer : List.of("olivia@example.gov.uk", "harry@example.gov.uk")) {
            assertThat(TestMailServer.text(last(officer, atRisk)))
                    .contains("Held by: Nobody yet: waiting for Housing officers");
        }
    }

    @Test
    void eachManagerGetsAMorningDigestFromTheDigestProcessOnWorkingDaysOnly() {
        String ref = triagedComplaintFrom("digest@example.com").getReference();
        Job timer = management
                .createJobQuery()
                .processDefinitionKey("manager-digest")
                .singleResult();
        assertThat(timer).as("the digest's timer").isNotNull();

        at(LocalDate.of(2026, 11, 10), LocalTime.of(7, 30));
        runDueJobs(ref);
        management.executeJob(timer.getId());
        var run = engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey("manager-digest")
                .finished()
                .orderByProcessInstanceStartTime()
                .desc()
                .list()
                .get(0);
        assertThat(engine
                        .getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .processInstanceId(run.getId())
                        .list()
                        .stream()
                        .map(a -> a.getActivityId()))
                .containsExactlyInAnyOrder("WorkingMorning", "SendDigests", "DigestsWritten");
        // The timer goes on: the next working morning is scheduled.
        assertThat(management
                        .createJobQuery()
                        .processDefinitionKey("manager-digest")
                        .singleResult()
                        .getDuedate())
                .isAfter(java.util.Date.from(london(LocalDate.of(2026, 11, 10), LocalTime.of(7, 30))));
        sender.sendDue();
        MimeMessage digest = last("max@example.gov.uk", "Today in your services:");
        assertThat(TestMailServer.text(digest))
                .contains(
                        "Hello Max Fraser,",
                        "Overdue (",
                        ref,
                        "Respond at frontline, Housing, due 9 Nov 2026 (1 working day late), not yet claimed",
                        "http://localhost:8080/tasks");

        // Run again the same day (a retried job, or a second node): no second digest.
        management.executeJob(management
                .createJobQuery()
                .processDefinitionKey("manager-digest")
                .singleResult()
                .getId());
        sender.sendDue();
        assertThat(TestMailServer.to("max@example.gov.uk").stream()
                        .map(MailIT::subject)
                        .filter(s -> s.startsWith("Today in your services:")))
                .hasSize(1);

        // Christmas Day is no working day: no digest.
        at(LocalDate.of(2026, 12, 25), LocalTime.of(7, 30));
        assertThat(digests.sendForToday()).isZero();
    }

    @Autowired
    org.charterdesk.tasklist.ManagerDigests digests;

    @Test
    void aCustomerWhoAskedForPhoneGetsNoEmailAndTheCaseShowsATaskToPhoneThem() {
        at(LocalDate.of(2026, 11, 2));
        CaseFile c = intake.receive(
                new NewCase(
                        CaseKind.COMPLAINT,
                        Channel.PHONE,
                        "housing",
                        new NewCase.CustomerDetails(
                                "Phil Phone",
                                "phil@example.com",
                                "01234 000000",
                                null,
                                PreferredContact.PHONE,
                                "Please call after 2pm"),
                        "Nobody came.",
                        null,
                        null,
                        new NewCase.TriageFacts(MatterType.COMPLAINT, false, false, false, null)),
                Optional.of(fran));
        sender.sendDue();
        assertThat(TestMailServer.to("phil@example.com")).isEmpty();
        Notification toPhone = notificationsOf(c.getReference()).get(0);
        assertThat(toPhone.getStatus()).isEqualTo(NotificationStatus.TO_CONTACT);
        assertThat(toPhone.getContactBy()).isEqualTo("PHONE");
        assertThat(toPhone.getBodyText()).contains(c.getReference(), "You can expect our answer by");

        contacts.contacted(c.getReference(), toPhone.getId(), fran);
        assertThat(notificationsOf(c.getReference()).get(0).getStatus()).isEqualTo(NotificationStatus.CONTACTED);
        assertThat(timeline(c.getReference())).contains(EventType.CUSTOMER_CONTACTED);
        assertThat(timelineText(c.getReference())).anyMatch(t -> t.startsWith("Fran Hughes phoned the customer"));
    }

    @Test
    void anSmtpOutageLosesNothingAndEveryNotificationIsThenDeliveredExactlyOnce() {
        at(LocalDate.of(2026, 11, 2));
        sender.sendDue();
        TestMailServer.stop();
        try {
            for (int i = 1; i <= 5; i++) {
                complaintFrom("outage" + i + "@example.com", "Complaint " + i);
            }
            assertThat(sender.sendDue()).isZero();
        } finally {
            TestMailServer.restart();
        }
        Notification waiting =
                notificationsOf(reloadByEmail("outage1@example.com")).get(0);
        assertThat(waiting.getStatus()).isEqualTo(NotificationStatus.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getLastError()).isNotBlank();

        // Back, but the next try is not due yet: nothing is sent early.
        assertThat(sender.sendDue()).isZero();
        at(LocalDate.of(2026, 11, 2), LocalTime.of(10, 2));
        // Two nodes' senders at once: the leases give each notification to one of them.
        Thread other = new Thread(sender::sendDue);
        other.start();
        sender.sendDue();
        joinQuietly(other);
        sender.sendDue();
        for (int i = 1; i <= 5; i++) {
            assertThat(TestMailServer.to("outage" + i + "@example.com")).hasSize(1);
        }
        assertThat(notificationsOf(reloadByEmail("outage1@example.com")).get(0).getStatus())
                .isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void aBatchGoesOverSeveralConnectionsAndEachPersonsEmailsArriveOnceInTheOrderWritten() {
        at(LocalDate.of(2026, 11, 2));
        sender.sendDue();
        List<String> people = List.of("ann", "ben", "cat", "dan", "eve", "fay", "gus").stream()
                .map(name -> name + "." + System.nanoTime() + "@example.com")
                .toList();
        transaction.executeWithoutResult(status -> {
            for (int round = 1; round <= 4; round++) {
                for (String address : people) {
                    outbox.toCustomerByEmail(
                            null,
                            NotificationType.COMPLAINT_RECEIVED,
                            "Letter " + round,
                            address,
                            MailContent.to("Dear Reader,", "Letter " + round)
                                    .say("Letter number " + round + ".")
                                    .build());
                }
            }
        });

        assertThat(sender.sendDue()).isEqualTo(28);

        for (String address : people) {
            // Every copy the server took, so that a message sent twice would show twice.
            assertThat(TestMailServer.received().stream()
                            .filter(m -> address.equals(firstRecipient(m)))
                            .map(MailIT::subject))
                    .as("emails to " + address + ", in the order they arrived")
                    .containsExactly("Letter 1", "Letter 2", "Letter 3", "Letter 4");
        }
        assertThat(sender.sendDue()).isZero();
    }

    @Test
    void aNotificationThatKeepsFailingIsFlaggedForAnAdministratorAndCanBeRetried() {
        at(LocalDate.of(2026, 11, 2));
        sender.sendDue();
        TestMailServer.stop();
        CaseFile c;
        try {
            c = complaintFrom("keeps.failing@example.com", "It keeps failing.");
            for (int attempt = 1; attempt <= 12; attempt++) {
                sender.sendDue();
                at(LocalDate.of(2026, 11, 2), LocalTime.of(10, 0).plus(Duration.ofHours(attempt)));
            }
        } finally {
            TestMailServer.restart();
        }
        Notification failed = notificationsOf(c.getReference()).get(0);
        assertThat(failed.getStatus()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(12);
        sender.sendDue();
        assertThat(TestMailServer.to("keeps.failing@example.com")).isEmpty();

        outbox.retry(failed.getId());
        sender.sendDue();
        assertThat(TestMailServer.to("keeps.failing@example.com")).hasSize(1);
    }

    private String reloadByEmail(String email) {
        return cases.findAll().stream()
                .filter(c -> c.getCustomer().hasEmail(email))
                .findFirst()
                .orElseThrow()
                .getReference();
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

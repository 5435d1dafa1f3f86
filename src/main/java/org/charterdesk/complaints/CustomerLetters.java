package org.charterdesk.complaints;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.notifications.MailContent;
import org.charterdesk.notifications.MailProperties;
import org.charterdesk.notifications.NotificationType;
import org.charterdesk.notifications.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the council writes to a customer at each point of the procedure, in plain English. A customer who asked
 * for email (and gave an address) gets an email; one who asked for post or phone gets no email, and the case shows
 * a task for staff to contact them that way with the same words.
 */
@Component
public class CustomerLetters {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Outbox outbox;
    private final CouncilProperties council;
    private final MailProperties mail;

    CustomerLetters(Outbox outbox, CouncilProperties council, MailProperties mail) {
        this.outbox = outbox;
        this.council = council;
        this.mail = mail;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void received(CaseFile c, String firstStep, LocalDate dueOn) {
        MailContent.Builder letter = receipt(c)
                .say("A member of the " + c.getService().getName() + " team will look into your complaint. "
                        + "You can expect "
                        + (firstStep.contains("acknowledgement") ? "us to acknowledge it" : "our answer") + " by "
                        + PlainDates.format(dueOn) + ". If we need longer, we will "
                        + "tell you why and give you a new date.")
                .quote("What you told us", c.getWhatHappened())
                .link("Check on your complaint", mail.link("/track"));
        send(
                c,
                NotificationType.COMPLAINT_RECEIVED,
                "%s %s received; %s due by %s"
                        .formatted(c.getKind().displayName(), c.getReference(), firstStep, PlainDates.format(dueOn)),
                letter);
    }

    /**
     * Thanks for a compliment or comment, by email only: nothing is due back, so a customer who gave no email address
     * is not written to or rung just to be thanked.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void thanked(CaseFile c) {
        if (!byEmail(c.getCustomer())) {
            return;
        }
        send(
                c,
                NotificationType.COMPLAINT_RECEIVED,
                "%s %s received; thanked".formatted(c.getKind().displayName(), c.getReference()),
                receipt(c)
                        .say("We pass every compliment and comment to the "
                                + c.getService().getName() + " team and their manager. Thank you for telling us.")
                        .quote("What you told us", c.getWhatHappened()));
    }

    private MailContent.Builder receipt(CaseFile c) {
        return to(c, "We have received your " + c.getKind().displayName().toLowerCase() + ": " + c.getReference())
                .say("Thank you for contacting us. Your reference is " + c.getReference()
                        + ". Please quote it if you get in touch about this.")
                .fact("Reference", c.getReference())
                .fact("Service", c.getService().getName())
                .fact("Received", PlainDates.format(c.getReceivedOn()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void notAComplaint(CaseFile c, String whereToGo, String summary) {
        send(
                c,
                NotificationType.NOT_A_COMPLAINT,
                summary,
                to(c, "About your contact " + c.getReference())
                        .say("We have looked at what you sent us (reference " + c.getReference() + ").")
                        .say(whereToGo));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void stage2Started(CaseFile c, LocalDate acknowledgementDue, String summary) {
        send(
                c,
                NotificationType.STAGE_2_STARTED,
                summary,
                to(c, "Your complaint " + c.getReference() + " is going to stage 2")
                        .say("Your complaint will now be investigated at stage 2. This is a fuller investigation "
                                + "by someone who will look at it afresh.")
                        .fact("Reference", c.getReference())
                        .fact("We will acknowledge it by", PlainDates.format(acknowledgementDue))
                        .say("When we acknowledge it, we will confirm the points we will investigate and the "
                                + "date of our final response."));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void stage2Acknowledged(CaseFile c, List<String> points, String agreedOutcome, LocalDate responseDue) {
        MailContent.Builder letter = to(c, "We are investigating your complaint " + c.getReference())
                .say("We acknowledge your stage 2 complaint. These are the points we have agreed to investigate:");
        for (int i = 0; i < points.size(); i++) {
            letter.fact("Point " + (i + 1), points.get(i));
        }
        letter.quote("The outcome you are looking for", agreedOutcome)
                .say("You can expect our final response by " + PlainDates.format(responseDue) + ". If anything here "
                        + "is not right, please tell us.");
        send(
                c,
                NotificationType.STAGE_2_ACKNOWLEDGED,
                "Stage 2 acknowledged with " + points.size() + " agreed points; final response due "
                        + PlainDates.format(responseDue),
                letter);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void extensionApproved(CaseFile c, String reason, LocalDate newDue, String summary) {
        send(
                c,
                NotificationType.EXTENSION_APPROVED,
                summary,
                to(c, "We need more time on your complaint " + c.getReference())
                        .say("We are sorry, but we need more time to give you a full answer.")
                        .quote("Why", reason)
                        .fact("You can now expect our answer by", PlainDates.format(newDue)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void escalationDeclined(CaseFile c, String reason, String summary) {
        send(
                c,
                NotificationType.ESCALATION_DECLINED,
                summary,
                to(c, "Your request for stage 2: " + c.getReference())
                        .say("We have looked carefully at your request to take your complaint to stage 2, and "
                                + "we cannot do so.")
                        .quote("Why", reason)
                        .say("If you are still unhappy, you can ask " + council.ombudsmanName() + " to look at your "
                                + "complaint. They are independent of the council and their service is free: "
                                + council.ombudsmanWebsite() + "."));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void decision(CaseFile c, StageDecision d, LocalDate lastDayForStage2, String summary) {
        boolean finalResponse = d.getStage() == Stage.STAGE_2;
        MailContent.Builder letter = to(
                        c,
                        (finalResponse ? "Our final response to your complaint " : "Our answer to your complaint ")
                                + c.getReference())
                .say(outcomeInWords(d.getOutcome()))
                .quote("What we found and decided", d.getResponse())
                .quote("Our apology", d.getApology())
                .quote("What we will do to put things right", d.getRemedy());
        if (finalResponse) {
            letter.say("This is our final response. If you are still unhappy, you can ask "
                    + council.ombudsmanName() + " to look at your complaint. They are independent of the council and "
                    + "their service is free: " + council.ombudsmanWebsite() + ".");
        } else {
            letter.say("If you are still unhappy, you can ask us to look at your complaint again at stage 2"
                            + (lastDayForStage2 == null ? "" : ", by " + PlainDates.format(lastDayForStage2))
                            + ". Tell us why you are still unhappy, using the link below with your reference and email "
                            + "address, or by calling " + council.phone() + ".")
                    .link("Ask for stage 2", mail.link("/track"));
        }
        send(c, NotificationType.DECISION, summary, letter);
    }

    /** The survey link, once for a case: when it first closes (a complaint closed at stage 1 may go on to stage 2). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void closed(CaseFile c) {
        if (c.getSurveyToken() != null) {
            return;
        }
        String token = c.surveyToken(CustomerLetters::newToken);
        send(
                c,
                NotificationType.CASE_CLOSED,
                "Your complaint is closed; tell us how we did",
                to(c, "How did we handle your complaint " + c.getReference() + "?")
                        .say("Your complaint is now closed. We would like to know how we handled it, so that we can "
                                + "do better. The survey has five short questions and takes about two minutes.")
                        .link("Tell us how we did", mail.link("/survey/" + token)));
    }

    static String outcomeInWords(Outcome outcome) {
        return switch (outcome) {
            case UPHELD -> "We have upheld your complaint: we agree that we got things wrong.";
            case PARTIALLY_UPHELD -> "We have partly upheld your complaint: we agree that we got some things wrong.";
            case NOT_UPHELD ->
                "We have not upheld your complaint: we do not think we got things wrong, and we "
                        + "explain why below.";
            case RESOLVED -> "We have resolved your complaint with you.";
        };
    }

    private MailContent.Builder to(CaseFile c, String subject) {
        return MailContent.to("Dear " + c.getCustomer().getName() + ",", subject);
    }

    private void send(CaseFile c, NotificationType type, String summary, MailContent.Builder letter) {
        Customer customer = c.getCustomer();
        MailContent content = letter.build();
        if (byEmail(customer)) {
            outbox.toCustomerByEmail(c.getId(), type, summary, customer.getEmail(), content);
        } else {
            PreferredContact way = customer.getPreferredContact() == PreferredContact.EMAIL
                    ? PreferredContact.POST
                    : customer.getPreferredContact();
            outbox.toCustomerByHand(c.getId(), type, summary, way.name(), content);
        }
    }

    private static boolean byEmail(Customer customer) {
        return customer.getPreferredContact() == PreferredContact.EMAIL
                && customer.getEmail() != null
                && !customer.getEmail().isBlank();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

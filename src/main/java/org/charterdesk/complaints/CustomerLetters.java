package org.charterdesk.complaints;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.charterdesk.calendar.PlainDates;
import org.charterdesk.charter.CouncilProperties;
import org.charterdesk.charter.Language;
import org.charterdesk.charter.Wording;
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
    private final Wording wording;

    CustomerLetters(Outbox outbox, CouncilProperties council, MailProperties mail, Wording wording) {
        this.outbox = outbox;
        this.council = council;
        this.mail = mail;
        this.wording = wording;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void received(CaseFile c, String firstStep, LocalDate dueOn) {
        MailContent.Builder letter = receipt(c)
                .say(words(
                        c,
                        firstStep.contains("acknowledgement")
                                ? "letter.received.acknowledge"
                                : "letter.received.answer",
                        serviceName(c),
                        date(c, dueOn)))
                .quote(words(c, "letter.whatYouToldUs"), c.getWhatHappened())
                .link(words(c, "letter.track"), link(c, "/track"));
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
                        .say(words(c, "letter.thanked", serviceName(c)))
                        .quote(words(c, "letter.whatYouToldUs"), c.getWhatHappened()));
    }

    private MailContent.Builder receipt(CaseFile c) {
        return to(c, words(c, "letter.receipt.subject." + lower(c.getKind()), c.getReference()))
                .say(words(c, "letter.receipt", c.getReference()))
                .fact(words(c, "letter.reference"), c.getReference())
                .fact(words(c, "letter.service"), serviceName(c))
                .fact(words(c, "letter.receivedOn"), date(c, c.getReceivedOn()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void notAComplaint(CaseFile c, String whereToGo, String summary) {
        send(
                c,
                NotificationType.NOT_A_COMPLAINT,
                summary,
                to(c, words(c, "letter.notAComplaint.subject", c.getReference()))
                        .say(words(c, "letter.notAComplaint", c.getReference()))
                        .say(whereToGo));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void stage2Started(CaseFile c, LocalDate acknowledgementDue, String summary) {
        send(
                c,
                NotificationType.STAGE_2_STARTED,
                summary,
                to(c, words(c, "letter.stage2Started.subject", c.getReference()))
                        .say(words(c, "letter.stage2Started"))
                        .fact(words(c, "letter.reference"), c.getReference())
                        .fact(words(c, "letter.stage2Started.by"), date(c, acknowledgementDue))
                        .say(words(c, "letter.stage2Started.next")));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void stage2Acknowledged(CaseFile c, List<String> points, String agreedOutcome, LocalDate responseDue) {
        MailContent.Builder letter = to(c, words(c, "letter.stage2Acknowledged.subject", c.getReference()))
                .say(words(c, "letter.stage2Acknowledged"));
        for (int i = 0; i < points.size(); i++) {
            letter.fact(words(c, "letter.point", i + 1), points.get(i));
        }
        letter.quote(words(c, "letter.outcomeYouWant"), agreedOutcome)
                .say(words(c, "letter.stage2Acknowledged.expect", date(c, responseDue)));
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
                to(c, words(c, "letter.extension.subject", c.getReference()))
                        .say(words(c, "letter.extension"))
                        .quote(words(c, "letter.why"), reason)
                        .fact(words(c, "letter.extension.newDate"), date(c, newDue)));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void escalationDeclined(CaseFile c, String reason, String summary) {
        send(
                c,
                NotificationType.ESCALATION_DECLINED,
                summary,
                to(c, words(c, "letter.escalationDeclined.subject", c.getReference()))
                        .say(words(c, "letter.escalationDeclined"))
                        .quote(words(c, "letter.why"), reason)
                        .say(words(c, "letter.ombudsman", council.ombudsmanName(), council.ombudsmanWebsite())));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void decision(CaseFile c, StageDecision d, LocalDate lastDayForStage2, String summary) {
        boolean finalResponse = d.getStage() == Stage.STAGE_2;
        MailContent.Builder letter = to(
                        c,
                        words(
                                c,
                                finalResponse ? "letter.decision.final.subject" : "letter.decision.subject",
                                c.getReference()))
                .say(words(c, "letter.outcome." + lower(d.getOutcome())))
                .quote(words(c, "letter.decision.found"), d.getResponse())
                .quote(words(c, "letter.decision.apology"), d.getApology())
                .quote(words(c, "letter.decision.remedy"), d.getRemedy());
        if (finalResponse) {
            letter.say(words(c, "letter.decision.final", council.ombudsmanName(), council.ombudsmanWebsite()));
        } else {
            letter.say(words(
                            c,
                            lastDayForStage2 == null ? "letter.decision.stage2" : "letter.decision.stage2.by",
                            council.phone(),
                            date(c, lastDayForStage2)))
                    .link(words(c, "letter.decision.askForStage2"), link(c, "/track"));
        }
        send(c, NotificationType.DECISION, summary, letter);
    }

    /** The complaint is closed as the customer asked; the door stays open. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void withdrawn(CaseFile c) {
        send(
                c,
                NotificationType.CASE_CLOSED,
                "Complaint withdrawn; the customer is told it is closed",
                to(c, words(c, "letter.withdrawn.subject", c.getReference()))
                        .say(words(c, "letter.withdrawn", c.getReference(), council.phone())));
    }

    /**
     * A request for more information, sent the way the officer chose: what is needed, by when, the one-time link to
     * answer by (or the tracking page, or a call), and whether the council's clock stops meanwhile.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void informationRequested(
            CaseFile c, String question, LocalDate answerBy, String token, PreferredContact way, boolean clockStops) {
        MailContent.Builder letter = to(c, words(c, "letter.information.subject", c.getReference()))
                .say(words(c, "letter.information"))
                .quote(words(c, "letter.information.need"), question)
                .fact(words(c, "letter.information.by"), date(c, answerBy))
                .link(words(c, "letter.information.link"), link(c, "/answer/" + token))
                .say(words(c, "letter.information.otherWays", c.getReference(), council.phone()))
                .say(words(c, clockStops ? "letter.information.clockStops" : "letter.information.clockRuns"));
        send(
                c,
                NotificationType.INFORMATION_REQUESTED,
                "We asked the customer for more information by " + PlainDates.format(answerBy),
                letter,
                way);
    }

    /** The customer did not answer a request for information in time, and the officer closed the complaint. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void closedForNoAnswer(CaseFile c, LocalDate answerBy) {
        send(
                c,
                NotificationType.CASE_CLOSED,
                "Complaint closed: no answer from the customer by " + PlainDates.format(answerBy),
                to(c, words(c, "letter.noAnswer.subject", c.getReference()))
                        .say(words(c, "letter.noAnswer", date(c, answerBy), c.getReference(), council.phone())));
    }

    /**
     * A restriction on how the customer may contact us, under the policy on unacceptable actions: what it means, the
     * reason (the policy's category), the review date and how to challenge it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void restrictionPut(
            CaseFile c, List<String> restricts, String behaviour, LocalDate reviewOn, String howToChallenge) {
        MailContent.Builder letter = to(c, words(c, "letter.restriction.subject"))
                .say(words(c, "letter.restriction", behaviour.toLowerCase(Locale.UK)));
        restricts.forEach(letter::say);
        letter.say(words(c, "letter.restriction.review", date(c, reviewOn)))
                .say(words(c, "letter.restriction.challenge", howToChallenge));
        send(
                c,
                NotificationType.CONTACT_RESTRICTION,
                "The customer is told how their contact is restricted, until review on " + PlainDates.format(reviewOn),
                letter);
    }

    /** A restriction on how the customer may contact us is lifted at its review. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void restrictionLifted(CaseFile c) {
        send(
                c,
                NotificationType.CONTACT_RESTRICTION,
                "The customer is told the restriction on their contact is lifted",
                to(c, words(c, "letter.restrictionLifted.subject")).say(words(c, "letter.restrictionLifted")));
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
                to(c, words(c, "letter.survey.subject", c.getReference()))
                        .say(words(c, "letter.survey"))
                        .link(words(c, "letter.survey.link"), link(c, "/survey/" + token)));
    }

    private MailContent.Builder to(CaseFile c, String subject) {
        return MailContent.to(words(c, "letter.greeting", c.getCustomer().getName()), subject)
                .in(c.getLanguage());
    }

    /** Words of a letter in the customer's language. */
    private String words(CaseFile c, String key, Object... args) {
        return wording.text(c.getLanguage(), key, args);
    }

    private static String date(CaseFile c, LocalDate date) {
        return PlainDates.format(date, c.getLanguage().locale());
    }

    /** The service's name in the customer's language: from the bundle's "service.<code>", else its own name. */
    private String serviceName(CaseFile c) {
        String english = c.getService().getName();
        return c.getLanguage() == Language.ENGLISH
                ? english
                : wording.find(c.getLanguage(), "service." + c.getService().getCode())
                        .orElse(english);
    }

    /** A link to a public page, which opens in the customer's language. */
    private String link(CaseFile c, String path) {
        return mail.link(path)
                + (c.getLanguage() == Language.ENGLISH
                        ? ""
                        : "?lang=" + c.getLanguage().code());
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private void send(CaseFile c, NotificationType type, String summary, MailContent.Builder letter) {
        send(c, type, summary, letter, c.getCustomer().getPreferredContact());
    }

    /** By email when asked and there is an address; otherwise by post (or phone) for staff to send by hand. */
    private void send(
            CaseFile c, NotificationType type, String summary, MailContent.Builder letter, PreferredContact asked) {
        Customer customer = c.getCustomer();
        MailContent content = letter.build();
        if (asked == PreferredContact.EMAIL && hasEmail(customer)) {
            outbox.toCustomerByEmail(c.getId(), type, summary, customer.getEmail(), content);
        } else {
            PreferredContact way = asked == PreferredContact.EMAIL ? PreferredContact.POST : asked;
            outbox.toCustomerByHand(c.getId(), type, summary, way.name(), content);
        }
    }

    private static boolean byEmail(Customer customer) {
        return customer.getPreferredContact() == PreferredContact.EMAIL && hasEmail(customer);
    }

    private static boolean hasEmail(Customer customer) {
        return customer.getEmail() != null && !customer.getEmail().isBlank();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

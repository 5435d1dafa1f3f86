package org.charterdesk.complaints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * For a preview of a letter's words: the letter that uses a key, written for a real case with sample details
 * (dates, reasons, a decision) where the case has none of its own. Keys every letter shares (the greeting, the
 * reference) show in the receipt.
 */
final class SampleLetters {

    private interface Writer {
        void write(CustomerLetters letters, CaseFile c, LocalDate today, String key);
    }

    private record Sample(String prefix, Writer writer) {}

    private static final String PREVIEW = "Preview";

    /** The first sample whose prefix the key starts with writes its letter: the more particular prefixes first. */
    private static final List<Sample> SAMPLES = List.of(
            new Sample("letter.thanked", (letters, c, today, key) -> letters.thanked(c)),
            new Sample(
                    "letter.notAComplaint",
                    (letters, c, today, key) ->
                            letters.notAComplaint(c, "Please contact the Valuation Office Agency.", PREVIEW)),
            new Sample(
                    "letter.stage2Started",
                    (letters, c, today, key) -> letters.stage2Started(c, today.plusDays(7), PREVIEW)),
            new Sample("letter.stage2Acknowledged", SampleLetters::acknowledged),
            new Sample("letter.point", SampleLetters::acknowledged),
            new Sample("letter.outcomeYouWant", SampleLetters::acknowledged),
            new Sample(
                    "letter.extension",
                    (letters, c, today, key) -> letters.extensionApproved(
                            c, "We are waiting for a report from the contractor.", today.plusDays(10), PREVIEW)),
            new Sample("letter.escalationDeclined", SampleLetters::declined),
            new Sample("letter.ombudsman", SampleLetters::declined),
            new Sample("letter.withdrawn", (letters, c, today, key) -> letters.withdrawn(c)),
            new Sample("letter.survey", (letters, c, today, key) -> letters.closed(c)),
            new Sample(
                    "letter.outcome.",
                    (letters, c, today, key) -> letters.decision(
                            c, decision(c, outcomeOf(key), Stage.STAGE_1), today.plusDays(20), PREVIEW)),
            new Sample(
                    "letter.decision.final",
                    (letters, c, today, key) ->
                            letters.decision(c, decision(c, Outcome.NOT_UPHELD, Stage.STAGE_2), null, PREVIEW)),
            new Sample(
                    "letter.decision",
                    (letters, c, today, key) -> letters.decision(
                            c,
                            decision(c, Outcome.PARTIALLY_UPHELD, Stage.STAGE_1),
                            key.endsWith(".stage2") ? null : today.plusDays(20),
                            PREVIEW)),
            new Sample(
                    "letter.information",
                    (letters, c, today, key) -> letters.informationRequested(
                            c,
                            "A photograph of the damage, please.",
                            today.plusDays(14),
                            "preview",
                            c.getCustomer().getPreferredContact(),
                            !key.endsWith("clockRuns"))),
            new Sample("letter.noAnswer", (letters, c, today, key) -> letters.closedForNoAnswer(c, today)),
            new Sample("letter.restrictionLifted", (letters, c, today, key) -> letters.restrictionLifted(c)),
            new Sample(
                    "letter.restriction",
                    (letters, c, today, key) -> letters.restrictionPut(
                            c,
                            List.of("Please contact us only by email, to one named officer."),
                            "Repeated calls to the same officer",
                            today.plusMonths(6),
                            "write to the Head of Customer Services within 20 working days")));

    private SampleLetters() {}

    /** Writes the letter that uses {@code key} for the case, as it would go; the receipt for shared words. */
    static void write(String key, CustomerLetters letters, CaseFile c, LocalDate today) {
        SAMPLES.stream()
                .filter(sample -> key.startsWith(sample.prefix()))
                .findFirst()
                .map(Sample::writer)
                .orElse((l, cf, day, k) -> l.received(cf, "stage 1 response", day.plusDays(7)))
                .write(letters, c, today, key);
    }

    private static void acknowledged(CustomerLetters letters, CaseFile c, LocalDate today, String key) {
        letters.stage2Acknowledged(
                c,
                List.of("The repair was booked late.", "Nobody called back."),
                "The repair done",
                today.plusDays(20));
    }

    private static void declined(CustomerLetters letters, CaseFile c, LocalDate today, String key) {
        letters.escalationDeclined(c, "Your complaint was answered in full at stage 1.", PREVIEW);
    }

    private static Outcome outcomeOf(String key) {
        return Outcome.valueOf(key.substring("letter.outcome.".length()).toUpperCase(Locale.ROOT));
    }

    private static StageDecision decision(CaseFile c, Outcome outcome, Stage stage) {
        StageDecision decision = new StageDecision(c.getId(), stage);
        decision.draft(
                outcome,
                "We looked at the repair records and spoke to the contractor.",
                "We are sorry the repair took so long.",
                "We have booked the repair for Tuesday.",
                null,
                PREVIEW,
                Instant.now());
        return decision;
    }
}

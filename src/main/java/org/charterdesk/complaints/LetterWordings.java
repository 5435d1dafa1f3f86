package org.charterdesk.complaints;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.charterdesk.audit.AuditLog;
import org.charterdesk.charter.Language;
import org.charterdesk.charter.WordingOverrides;
import org.charterdesk.complaints.deadlines.Deadlines;
import org.charterdesk.security.StaffMember;
import org.charterdesk.validation.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The wording of every customer letter and email (and of the satisfaction survey's questions), for administrators to
 * change on screen: the shipped words are the
 * default, the council's own are kept as revisions in the database, a placeholder the letter does not fill is refused
 * before saving, a preview writes the letter for a real case, and every change is in the audit log. Two
 * administrators saving the same words at once: the second is told, and shown what the first saved.
 */
@Service
public class LetterWordings {

    private static final String BUNDLE = "i18n/public";
    /** The words administrators may change: every letter and email, and the satisfaction survey's page. */
    private static final List<String> PREFIXES = List.of("letter.", "survey.");

    private final WordingOverrides overrides;
    private final AuditLog audit;
    private final LetterPreviews previews;
    private final CustomerLetters letters;
    private final CaseFileRepository cases;
    private final Deadlines deadlines;

    LetterWordings(
            WordingOverrides overrides,
            AuditLog audit,
            LetterPreviews previews,
            CustomerLetters letters,
            CaseFileRepository cases,
            Deadlines deadlines) {
        this.overrides = overrides;
        this.audit = audit;
        this.previews = previews;
        this.letters = letters;
        this.cases = cases;
        this.deadlines = deadlines;
    }

    /** One piece of a letter's words as the editor shows it, apostrophes as the reader sees them. */
    public record Words(
            String key,
            Language language,
            String shipped,
            String current,
            boolean councilsOwn,
            int revision,
            List<String> placeholders) {}

    /** A past revision, for the history beside the editor. */
    public record Change(int revision, String words, String changedBy, Instant changedAt) {}

    /** A letter's words to choose from: the key and its standard English wording. */
    public record Choice(String key, String standard) {}

    /** The keys of every letter's words, in order. */
    public List<String> keys() {
        ResourceBundle english = bundle(Language.ENGLISH);
        return Collections.list(english.getKeys()).stream()
                .filter(k -> PREFIXES.stream().anyMatch(k::startsWith))
                .sorted()
                .toList();
    }

    /** Every letter's words, with their standard English wording, in order. */
    public List<Choice> choices() {
        return keys().stream()
                .map(key -> new Choice(key, plain(shipped(key, Language.ENGLISH))))
                .toList();
    }

    @Transactional(readOnly = true)
    public Words words(String key, Language language, StaffMember member) {
        checkAdministrator(member);
        String shippedPattern = shipped(key, language);
        List<WordingOverrides.Revision> history = overrides.history(language, key);
        int revision = history.isEmpty() ? 0 : history.get(0).revision();
        String own = history.isEmpty() ? null : history.get(0).pattern();
        return new Words(
                key,
                language,
                plain(shippedPattern),
                plain(own == null ? shippedPattern : own),
                own != null,
                revision,
                placeholders(shippedPattern));
    }

    @Transactional(readOnly = true)
    public List<Change> history(String key, Language language, StaffMember member) {
        checkAdministrator(member);
        return overrides.history(language, key).stream()
                .map(r -> new Change(
                        r.revision(),
                        r.pattern() == null ? "(the standard wording again)" : plain(r.pattern()),
                        r.changedBy(),
                        r.changedAt()))
                .toList();
    }

    /** Saves the council's own words for a key, checked; {@code revision} is the one the editor opened. */
    @Transactional
    public void save(String key, Language language, String words, int revision, StaffMember member) {
        checkAdministrator(member);
        String pattern = checked(key, language, words);
        keep(
                key,
                language,
                pattern,
                revision,
                member,
                "Changed the wording of " + key + " (" + language.code() + ") from '" + plain(current(key, language))
                        + "' to '" + words.strip() + "'");
    }

    /** Puts the shipped words back for a key. */
    @Transactional
    public void putBack(String key, Language language, int revision, StaffMember member) {
        checkAdministrator(member);
        keep(
                key,
                language,
                null,
                revision,
                member,
                "Put back the standard wording of " + key + " (" + language.code() + "), replacing '"
                        + plain(current(key, language)) + "'");
    }

    /**
     * The letters that would go to the customer of case {@code reference} with {@code words} in place of the key's
     * current wording, written in full and then rolled back: nothing is saved or sent.
     */
    public List<LetterPreviews.Letter> preview(
            String key, Language language, String words, String reference, StaffMember member) {
        checkAdministrator(member);
        String pattern = checked(key, language, words);
        if (key.startsWith("survey.")) {
            throw InvalidInputException.of(
                    "case", "These words are on the survey page, not in a letter: save them, then open a survey link");
        }
        if (reference == null || cases.findByReference(reference.strip()).isEmpty()) {
            throw InvalidInputException.of("case", "There is no case with that reference");
        }
        return previews.whatWouldBeSent(
                reference.strip(),
                () -> overrides.withDraft(language, key, pattern, () -> {
                    CaseFile c = cases.findByReference(reference.strip()).orElseThrow();
                    c.speaks(language);
                    SampleLetters.write(key, letters, c, deadlines.today());
                    return null;
                }));
    }

    private void keep(String key, Language language, String pattern, int revision, StaffMember member, String what) {
        if (!overrides.save(language, key, pattern, revision, member.username())) {
            throw new ProcedureConflictException("Someone else changed these words since you opened them. They now"
                    + " read: '" + plain(current(key, language)) + "'. Make your change again to those words.");
        }
        audit.recordChange(member.username(), null, what);
    }

    /** The pattern to store for the words, or a clear refusal: unknown placeholders, a stray brace, nothing. */
    private String checked(String key, Language language, String words) {
        if (!keys().contains(key)) {
            throw InvalidInputException.of("key", "Choose which words of which letter to change");
        }
        if (words == null || words.isBlank()) {
            throw InvalidInputException.of(
                    "words", "Write the words, or put back the standard wording if you want that instead");
        }
        String pattern = words.strip().replace("'", "''");
        List<String> allowed = placeholders(shipped(key, language));
        MessageFormat format;
        try {
            format = new MessageFormat(pattern, Locale.UK);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(
                    "words",
                    "A placeholder is written wrongly. " + placeholderHelp(allowed) + " Do not use { or } otherwise.");
        }
        if (format.getFormatsByArgumentIndex().length > allowed.size()) {
            throw InvalidInputException.of(
                    "words",
                    "{" + (format.getFormatsByArgumentIndex().length - 1) + "} is not a placeholder of these words. "
                            + placeholderHelp(allowed));
        }
        return pattern;
    }

    private String current(String key, Language language) {
        return overrides.find(language, key).orElseGet(() -> shipped(key, language));
    }

    private static String placeholderHelp(List<String> allowed) {
        return allowed.isEmpty()
                ? "These words have no placeholders."
                : "You can use " + String.join(", ", allowed) + ".";
    }

    private static List<String> placeholders(String pattern) {
        int count = new MessageFormat(pattern, Locale.UK).getFormatsByArgumentIndex().length;
        return IntStream.range(0, count).mapToObj(i -> "{" + i + "}").collect(Collectors.toList());
    }

    private static String shipped(String key, Language language) {
        return bundle(language).getString(key);
    }

    private static ResourceBundle bundle(Language language) {
        return ResourceBundle.getBundle(
                BUNDLE,
                language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words as a reader sees them: a pattern's doubled apostrophes single. */
    private static String plain(String pattern) {
        return pattern == null ? null : pattern.replace("''", "'");
    }

    private static void checkAdministrator(StaffMember member) {
        if (!member.administrator()) {
            throw new CaseAccessDeniedException("Only administrators change the wording of letters and emails");
        }
    }
}

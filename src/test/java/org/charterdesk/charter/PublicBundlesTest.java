package org.charterdesk.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.charterdesk.complaints.CaseKind;
import org.charterdesk.complaints.CaseStatus;
import org.charterdesk.complaints.Outcome;
import org.charterdesk.complaints.PreferredContact;
import org.charterdesk.complaints.Stage;
import org.charterdesk.complaints.deadlines.DeadlineKind;
import org.charterdesk.workspace.ui.FormErrors;
import org.charterdesk.workspace.ui.PublicLanguage;
import org.junit.jupiter.api.Test;

/**
 * The English and Welsh bundles of what the public reads: the same keys in both, every value a message that
 * formats, every key the code asks for present, and the server's messages filed under the keys it looks them up by.
 */
class PublicBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9_.-]+)\"\\s*[,)]");
    private static final Pattern WORDS_KEY = Pattern.compile("words\\(\\s*c,\\s*\"([a-zA-Z0-9_.-]+)\"\\s*[,)]");

    private final Properties english = load("i18n/public.properties");
    private final Properties welsh = load("i18n/public_cy.properties");

    @Test
    void everyKeyIsInBothBundles() {
        assertThat(english.stringPropertyNames()).hasSizeGreaterThan(200);
        assertThat(new TreeSet<>(welsh.stringPropertyNames()))
                .as("keys missing from the Welsh bundle, or only in it")
                .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
        assertThat(welsh.stringPropertyNames())
                .allSatisfy(key -> assertThat(welsh.getProperty(key)).as(key).isNotBlank());
    }

    /** An apostrophe written once would vanish, and a brace out of place would fail, when the message is formatted. */
    @Test
    void everyValueFormatsWithItsApostrophesKept() {
        for (Properties bundle : List.of(english, welsh)) {
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                String formatted = new MessageFormat(value, Locale.UK).format(new Object[] {2, 3, 4});
                long written = value.chars().filter(ch -> ch == '\'').count();
                long shown = formatted.chars().filter(ch -> ch == '\'').count();
                assertThat(shown * 2)
                        .as("apostrophes of %s: write each one twice", key)
                        .isEqualTo(written);
            }
        }
    }

    @Test
    void everyKeyTheCodeAsksForIsThere() throws IOException {
        Set<String> asked = new TreeSet<>();
        for (String folder : List.of(
                "src/main/java/org/charterdesk/workspace/publicsite",
                "src/main/java/org/charterdesk/workspace/ui",
                "src/main/java/org/charterdesk/complaints")) {
            try (Stream<Path> files = Files.list(Path.of(folder))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file);
                    collect(LITERAL_KEY.matcher(source), asked);
                    collect(WORDS_KEY.matcher(source), asked);
                }
            }
        }
        asked.addAll(keysMadeFromNames());
        assertThat(asked).hasSizeGreaterThan(150);
        assertThat(english.stringPropertyNames()).containsAll(asked);
    }

    /** The server's messages are found by their words: each English entry is under the key its words make. */
    @Test
    void theServersMessagesAreFiledUnderTheirWords() {
        english.stringPropertyNames().stream()
                .filter(key -> key.startsWith("error."))
                .forEach(key -> assertThat(
                                FormErrors.keyOf(new MessageFormat(english.getProperty(key)).format(new Object[0])))
                        .isEqualTo(key));
    }

    /** Keys the code puts together from a constant's name, such as "status.in_progress". */
    private static List<String> keysMadeFromNames() {
        List<String> keys = new ArrayList<>();
        Arrays.stream(CaseKind.values()).forEach(k -> {
            keys.add("kind." + lower(k));
            keys.add("complain.kind." + lower(k));
            keys.add("received.title." + lower(k));
            keys.add("letter.receipt.subject." + lower(k));
        });
        Arrays.stream(Stage.values()).forEach(s -> keys.add("stage." + lower(s)));
        Arrays.stream(CaseStatus.values()).forEach(s -> keys.add("status." + lower(s)));
        Arrays.stream(Outcome.values()).forEach(o -> {
            keys.add("outcome." + lower(o));
            keys.add("letter.outcome." + lower(o));
        });
        Arrays.stream(PreferredContact.values()).forEach(p -> keys.add("customer.contact." + lower(p)));
        Arrays.stream(DeadlineKind.values()).forEach(d -> keys.add(PublicLanguage.keyFor("step.", d.displayName())));
        for (String question : List.of("ease", "informed", "clear", "satisfied")) {
            keys.addAll(List.of("survey." + question, "survey." + question + ".best", "survey." + question + ".worst"));
        }
        return keys;
    }

    private static String lower(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    private static void collect(Matcher matcher, Set<String> into) {
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = PublicBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}

package org.charterdesk.notifications;

import java.util.ArrayList;
import java.util.List;
import org.charterdesk.charter.Language;

/**
 * What an email says, as structure rather than markup: a greeting, paragraphs, facts (label and value), quoted
 * words, and a link. The mail templates lay it out as HTML and as plain text, escaping every value.
 */
public record MailContent(String subject, String greeting, List<Block> blocks, Link link, Language language) {

    public MailContent {
        blocks = List.copyOf(blocks);
        language = language == null ? Language.ENGLISH : language;
    }

    /** A paragraph, a list of facts, or quoted words (the customer's, or our response) under a label. */
    public record Block(String kind, String label, String text, List<Fact> facts) {

        public static Block paragraph(String text) {
            return new Block("paragraph", null, text, List.of());
        }

        public static Block facts(List<Fact> facts) {
            return new Block("facts", null, null, facts);
        }

        public static Block quote(String label, String text) {
            return new Block("quote", label, text, List.of());
        }
    }

    public record Fact(String label, String value) {}

    public record Link(String label, String url) {}

    public static Builder to(String greeting, String subject) {
        return new Builder(subject, greeting);
    }

    /** Builds the content a block at a time; blank paragraphs and facts are left out. */
    public static final class Builder {

        private final String subject;
        private final String greeting;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Fact> facts = new ArrayList<>();
        private Link link;
        private Language language = Language.ENGLISH;

        private Builder(String subject, String greeting) {
            this.subject = subject;
            this.greeting = greeting;
        }

        public Builder say(String text) {
            flushFacts();
            if (text != null && !text.isBlank()) {
                blocks.add(Block.paragraph(text));
            }
            return this;
        }

        public Builder fact(String label, String value) {
            if (value != null && !value.isBlank()) {
                facts.add(new Fact(label, value));
            }
            return this;
        }

        public Builder quote(String label, String text) {
            flushFacts();
            if (text != null && !text.isBlank()) {
                blocks.add(Block.quote(label, text));
            }
            return this;
        }

        public Builder link(String label, String url) {
            this.link = new Link(label, url);
            return this;
        }

        /** The language the words are in: the council's name and sign-off follow it. */
        public Builder in(Language words) {
            this.language = words;
            return this;
        }

        public MailContent build() {
            flushFacts();
            return new MailContent(subject, greeting, blocks, link, language);
        }

        private void flushFacts() {
            if (!facts.isEmpty()) {
                blocks.add(Block.facts(List.copyOf(facts)));
                facts.clear();
            }
        }
    }
}

package org.charterdesk.charter;

import java.util.List;

/**
 * The charter as the public reads it: the promises to everyone, then for each service the complaint timescales it
 * works to today and its own service standards.
 */
public record PublishedCharter(List<Promise> corporate, List<ServicePromises> services) {

    /** One standard, in the words the charter gives it, and in Welsh where the council gives those. */
    public record Promise(String name, String promise, String welshName, String welshPromise) {

        static Promise of(CharterStandard standard) {
            return new Promise(
                    standard.getName(), standard.getPromise(), standard.getWelshName(), standard.getWelshPromise());
        }

        /** Whether the standard can be shown in this language (English always can). */
        public boolean hasWordsIn(Language language) {
            return language == Language.ENGLISH || welshName != null && welshPromise != null;
        }

        /** "Name: promise" in the language, or in English where the council gave no Welsh. */
        public String in(Language language) {
            return hasWordsIn(language) && language == Language.WELSH
                    ? welshName + ": " + welshPromise
                    : name + ": " + promise;
        }
    }

    public record ServicePromises(ServiceRef service, Timescales timescales, List<Promise> own) {}
}

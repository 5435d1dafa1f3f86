package org.charterdesk.charter;

/**
 * A published promise a customer can say was not kept: its lineage (the same promise through every change of its
 * words), its name and words, in English and (where the council gave them) Welsh.
 */
public record PromiseRef(Long lineageId, String name, String promise, String welshName, String welshPromise) {

    static PromiseRef of(CharterStandard s) {
        return new PromiseRef(s.getLineageId(), s.getName(), s.getPromise(), s.getWelshName(), s.getWelshPromise());
    }

    /** "Name: promise" in the language, or in English where the council gave no Welsh. */
    public String in(Language language) {
        return language == Language.WELSH && welshName != null && welshPromise != null
                ? welshName + ": " + welshPromise
                : name + ": " + promise;
    }
}

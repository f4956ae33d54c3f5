package org.gongkai.render.terms;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.gongkai.model.Part;

/** Addresses of glossary entries: per-disclosure anchors and portal glossary anchors. */
public final class TermAnchors {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private TermAnchors() {
    }

    /**
     * The anchor of the {@code index}-th (0-based) entry of a disclosure's glossary part. Position,
     * not the printed number: printed numbers repeat ("1" under several headings) and may be empty.
     */
    public static String id(Part.GlossaryPart part, int index) {
        return part.slug() + "-term-" + (index + 1);
    }

    /** Runs of whitespace to one space, trimmed: the only difference two wordings may have and merge. */
    public static String normalise(String text) {
        return SPACE.matcher(text.strip()).replaceAll(" ");
    }

    /**
     * What identifies a term across disclosures: NFKC folds full-width and half-width forms, which
     * are typesetting, not wording (一般公共服务（类） and 一般公共服务(类) are one term).
     */
    public static String key(String term) {
        return normalise(Normalizer.normalize(term, Normalizer.Form.NFKC));
    }

    /**
     * A readable id for a portal glossary term: "term-" and its letters and digits (punctuation such as
     * quotes and brackets dropped, so the fragment is a plain URL code point sequence).
     */
    public static String slug(String term) {
        StringBuilder b = new StringBuilder("term-");
        term.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}

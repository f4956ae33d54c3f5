package org.gongkai.render.terms;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** What makes two glossary terms the same term (their anchors are in {@code Addresses}). */
public final class TermAnchors {

    private static final Pattern SPACE = Pattern.compile("\\s+");

    private TermAnchors() {
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
}

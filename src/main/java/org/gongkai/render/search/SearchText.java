package org.gongkai.render.search;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The text rules of the search script (assets/search-core.js), mirrored so that the index written
 * at build time holds exactly what the script would find by scanning every entry: the same
 * normalisation (lower case, runs of JavaScript white space made one space, no space at either
 * end) and the keys a text is filed under.
 */
final class SearchText {

    private SearchText() {
    }

    /** As search-core.js {@code normalise}: {@code toLowerCase()}, {@code /[\s\u3000]+/g → " "}, trimmed of one space. */
    static String normalise(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (isJsSpace(c)) {
                space = true;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        if (space) {
            b.append(' ');
        }
        int start = b.length() > 0 && b.charAt(0) == ' ' ? 1 : 0;
        int end = b.length() > start && b.charAt(b.length() - 1) == ' ' ? b.length() - 1 : b.length();
        return b.substring(start, end);
    }

    /** JavaScript's {@code \s} (WhiteSpace and LineTerminator of ECMA-262); U+3000 is one of them. */
    static boolean isJsSpace(char c) {
        return c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ' ' || c == '\u00A0'
                || c == '\u1680' || c >= '\u2000' && c <= '\u200A' || c == '\u2028' || c == '\u2029'
                || c == '\u202F' || c == '\u205F' || c == '\u3000' || c == '\uFEFF';
    }

    /**
     * The keys a normalised text is filed under: for every character but a space, that character and
     * the next one ("事业", "业运"; a space or the end of the text reads as a space: "行 "). The script
     * finds a two-character gram under its own key, and a one-character gram under every key that
     * starts with it, so these keys answer both without the text. In order of first occurrence.
     */
    static Set<String> keys(String normalised) {
        Set<String> keys = new LinkedHashSet<>();
        int n = normalised.length();
        for (int i = 0; i < n; i++) {
            char c = normalised.charAt(i);
            if (c != ' ') {
                keys.add(i + 1 < n ? normalised.substring(i, i + 2) : c + " ");
            }
        }
        return keys;
    }
}

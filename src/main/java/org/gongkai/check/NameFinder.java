package org.gongkai.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds names in a text in one pass, however many names there are: a name may have white space
 * between its characters (PDF extraction puts it there) and must not continue a word, i.e. it
 * starts the text, follows a character that is neither a Han character nor an ASCII letter or
 * digit, or follows 用于. The names are kept in a trie of their characters, so each place in the
 * text costs at most the length of the longest name.
 *
 * @param <T> what a name stands for
 */
final class NameFinder<T> {

    /** One name found: what it stands for, where it starts and where its last character ends. */
    record Found<T>(T value, int start, int end) {
    }

    private static final class Node<T> {
        final Map<Integer, Node<T>> next = new HashMap<>();
        final List<T> values = new ArrayList<>();
    }

    private final Node<T> root = new Node<>();

    /** Adds {@code name} (white space in it is ignored) for {@code value}. */
    void add(String name, T value) {
        Node<T> n = root;
        for (int cp : name.codePoints().filter(c -> !isSpace(c)).toArray()) {
            n = n.next.computeIfAbsent(cp, k -> new Node<>());
        }
        if (n != root) {
            n.values.add(value);
        }
    }

    /** Every name at every place it may start, in text order, shorter names first. */
    List<Found<T>> find(String text) {
        List<Found<T>> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            if (!mayStart(text, i)) {
                continue;
            }
            Node<T> n = root;
            int j = i;
            while (true) {
                Node<T> child = n.next.get(text.codePointAt(j));
                if (child == null) {
                    break;
                }
                n = child;
                j += Character.charCount(text.codePointAt(j));
                for (T v : n.values) {
                    out.add(new Found<>(v, i, j));
                }
                int k = j;
                while (k < text.length() && isSpace(text.charAt(k))) {
                    k++;
                }
                if (k >= text.length()) {
                    break;
                }
                j = k;
            }
        }
        return out;
    }

    private static boolean mayStart(String text, int i) {
        if (i == 0 || text.startsWith("用于", i - 2)) {
            return true;
        }
        int before = text.codePointBefore(i);
        boolean word = Character.UnicodeScript.of(before) == Character.UnicodeScript.HAN
                || before < 0x80 && Character.isLetterOrDigit(before);
        return !word;
    }

    /** The white space {@code \s} matches: space, tab, line breaks, vertical tab, form feed. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}

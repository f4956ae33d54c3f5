package org.gongkai.render.terms;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which glossary terms a page links, and where each one's definition is (an href relative to the
 * page). Immutable; at each position the longest term wins (a trie of the terms finds it), so 一般公共预算财政拨款 wins
 * over 财政拨款.
 */
public final class TermLinks {

    public static final TermLinks NONE = new TermLinks(Map.of());

    /** Shorter terms would link inside ordinary words. */
    private static final int MIN_LENGTH = 2;

    /** A trie of the terms' characters: finding the longest term at a place costs at most its length. */
    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        String term;
    }

    private final Map<String, String> hrefs;
    private final Node root = new Node();

    public TermLinks(Map<String, String> hrefs) {
        Map<String, String> kept = new TreeMap<>();
        hrefs.forEach((term, href) -> {
            if (term.length() >= MIN_LENGTH) {
                kept.put(term, href);
            }
        });
        this.hrefs = Map.copyOf(kept);
        for (String term : kept.keySet()) {
            Node n = root;
            for (int i = 0; i < term.length(); i++) {
                n = n.next.computeIfAbsent(term.charAt(i), c -> new Node());
            }
            n.term = term;
        }
    }

    public boolean isEmpty() {
        return hrefs.isEmpty();
    }

    /** The longest term that starts at {@code at} in {@code text}, or null. */
    String longestAt(CharSequence text, int at) {
        String longest = null;
        Node n = root;
        for (int i = at; i < text.length(); i++) {
            n = n.next.get(text.charAt(i));
            if (n == null) {
                break;
            }
            if (n.term != null) {
                longest = n.term;
            }
        }
        return longest;
    }

    String href(String term) {
        return hrefs.get(term);
    }
}

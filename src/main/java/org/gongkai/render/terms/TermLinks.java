package org.gongkai.render.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which glossary terms a page links, and where each one's definition is (an href relative to the
 * page). Immutable; candidates at a position are tried longest first, so 一般公共预算财政拨款 wins
 * over 财政拨款.
 */
public final class TermLinks {

    public static final TermLinks NONE = new TermLinks(Map.of());

    /** Shorter terms would link inside ordinary words. */
    private static final int MIN_LENGTH = 2;

    private final Map<String, String> hrefs;
    private final Map<Character, List<String>> byFirstChar;

    public TermLinks(Map<String, String> hrefs) {
        Map<String, String> kept = new TreeMap<>();
        hrefs.forEach((term, href) -> {
            if (term.length() >= MIN_LENGTH) {
                kept.put(term, href);
            }
        });
        this.hrefs = Map.copyOf(kept);
        Map<Character, List<String>> index = new HashMap<>();
        for (String term : kept.keySet()) {
            index.computeIfAbsent(term.charAt(0), c -> new ArrayList<>()).add(term);
        }
        Comparator<String> longestFirst = Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder());
        index.replaceAll((c, list) -> list.stream().sorted(longestFirst).toList());
        this.byFirstChar = Map.copyOf(index);
    }

    public boolean isEmpty() {
        return hrefs.isEmpty();
    }

    /** The longest term that starts at {@code at} in {@code text}, or null. */
    String longestAt(CharSequence text, int at) {
        for (String term : byFirstChar.getOrDefault(text.charAt(at), List.of())) {
            if (at + term.length() <= text.length() && term.contentEquals(text.subSequence(at, at + term.length()))) {
                return term;
            }
        }
        return null;
    }

    String href(String term) {
        return hrefs.get(term);
    }
}

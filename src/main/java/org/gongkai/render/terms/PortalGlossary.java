package org.gongkai.render.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Part;
import org.gongkai.model.Term;
import org.gongkai.render.site.Addresses;

/**
 * The portal's glossary: every term of every disclosure's 名词解释. Terms are the same when they
 * differ only in whitespace or character width (（类） and (类)); wordings merge only when they differ
 * in whitespace alone. Different wordings of one term are all kept, each with the disclosures that
 * use it, so the portal never silently picks one.
 */
public record PortalGlossary(List<Entry> entries) {

    /** Where a wording is published: a disclosure's glossary entry. */
    public record Use(Disclosure disclosure, String number, String path) {
    }

    /** One wording (as first published; its whitespace-normalised form is what merges) and its uses. */
    public record Wording(String text, List<Use> uses) {
        public Wording {
            uses = List.copyOf(uses);
        }

        /** The first {@link #USES_SHOWN} uses. */
        public List<Use> shown() {
            return uses.subList(0, Math.min(USES_SHOWN, uses.size()));
        }
    }

    public record Entry(String term, String id, String initial, List<Wording> wordings) {
        public Entry {
            wordings = List.copyOf(wordings);
        }

        /** The term's address: its letter's page and its anchor there. */
        public String address() {
            return Addresses.portalTerm(initial, id);
        }

        /** How many disclosures use the term, in any wording. */
        public int uses() {
            return wordings.stream().mapToInt(w -> w.uses().size()).sum();
        }

        /** Whether any disclosure gives this term a definition (some entries are headings only). */
        public boolean defined() {
            return wordings.stream().anyMatch(w -> !w.text().isBlank());
        }
    }

    /** The entries under one index letter, on their own page. */
    public record Letter(String letter, String id, List<Entry> entries) {
        public Letter {
            entries = List.copyOf(entries);
        }

        /** The letter's page. */
        public String path() {
            return Addresses.glossaryLetter(letter);
        }

        /** The letter as the index shows it: A–Z, or 其他. */
        public String label() {
            return letter.equals(PinyinOrder.OTHER) ? "其他" : letter;
        }
    }

    /** Uses listed under a wording on the letter pages; the rest are counted and found by search. */
    public static final int USES_SHOWN = 10;

    public PortalGlossary {
        entries = List.copyOf(entries);
    }

    /** Builds the glossary from disclosures in portal order (which orders each wording's uses). */
    public static PortalGlossary of(List<Disclosure> disclosures) {
        // term key → the term as first published and its wordings (normalised → wording) in order of first use
        Map<String, Map.Entry<String, Map<String, Wording>>> terms = new TreeMap<>(PinyinOrder.comparator());
        for (Disclosure d : disclosures) {
            for (Part p : d.parts()) {
                if (p instanceof Part.GlossaryPart g) {
                    for (int i = 0; i < g.terms().size(); i++) {
                        Term t = g.terms().get(i);
                        String path = Addresses.term(d, g, i);
                        Use use = new Use(d, t.number(), path);
                        terms.computeIfAbsent(TermAnchors.key(t.term()),
                                        k -> Map.entry(TermAnchors.normalise(t.term()), new LinkedHashMap<>()))
                                .getValue()
                                .merge(TermAnchors.normalise(t.text()), new Wording(t.text(), List.of(use)),
                                        (a, b) -> new Wording(a.text(), concat(a.uses(), b.uses())));
                    }
                }
            }
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        terms.values().forEach(t -> entries.add(new Entry(t.getKey(), uniqueId(Addresses.portalTermId(t.getKey()), ids),
                PinyinOrder.initial(t.getKey()), ordered(t.getValue().values()))));
        return new PortalGlossary(entries);
    }

    private static List<Use> concat(List<Use> a, List<Use> b) {
        List<Use> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** Most used wording first; ties keep the order of first appearance. */
    private static List<Wording> ordered(java.util.Collection<Wording> wordings) {
        return wordings.stream().sorted(Comparator.comparingInt((Wording w) -> -w.uses().size())).toList();
    }

    /** Entries are visited in sorted order, so the suffix a clashing id gets is deterministic. */
    private static String uniqueId(String id, Set<String> taken) {
        String candidate = id;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = id + "-" + n;
        }
        return candidate;
    }

    /** Entries grouped by initial letter, A … Z then "#". */
    public List<Letter> letters() {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        for (Entry e : entries) {
            groups.computeIfAbsent(e.initial(), k -> new ArrayList<>()).add(e);
        }
        List<Letter> out = new ArrayList<>();
        groups.forEach((l, list) -> out.add(new Letter(l, Addresses.letterId(l), list)));
        return out;
    }

    /** Every index position shown, A to Z, present or not. */
    public static List<String> alphabet() {
        List<String> all = new ArrayList<>();
        for (char c = 'A'; c <= 'Z'; c++) {
            all.add(String.valueOf(c));
        }
        return all;
    }

    /** Defined terms and their addresses (letter page and anchor), for linking narrative text. */
    public Map<String, String> anchors() {
        Map<String, String> out = new TreeMap<>();
        entries.stream().filter(Entry::defined).forEach(e -> out.put(e.term(), e.address()));
        return Map.copyOf(out);
    }

    /** How many terms have more than one wording. */
    public long multiplyWorded() {
        return entries.stream().filter(e -> e.wordings().size() > 1).count();
    }
}

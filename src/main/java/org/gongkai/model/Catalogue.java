package org.gongkai.model;

import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * 政府收支分类科目: codes with their names per year (a name holds from its year until the next
 * rename) and the explanation ("反映……") where known. Published disclosures sometimes word an
 * explanation differently; those wordings are kept as alternatives, each with its source, so the
 * portal never silently picks one.
 */
public record Catalogue(Map<Scheme, Map<String, Entry>> schemes) {

    /** One wording of an explanation and where it was published. */
    public record Wording(String explanation, String source) {
    }

    public record Entry(String code, NavigableMap<Integer, String> names, String explanation, String source,
            List<Wording> alternatives) {

        public Entry {
            names = Collections.unmodifiableNavigableMap(new TreeMap<>(names));
            alternatives = List.copyOf(alternatives);
        }

        public Entry(String code, NavigableMap<Integer, String> names, String explanation, String source) {
            this(code, names, explanation, source, List.of());
        }

        /** The primary explanation first, then the alternatives; empty when none is known. */
        public List<Wording> wordings() {
            List<Wording> all = new java.util.ArrayList<>();
            if (!explanation.isEmpty()) {
                all.add(new Wording(explanation, source));
            }
            all.addAll(alternatives);
            return List.copyOf(all);
        }

        /** The name in force in {@code year}: the latest rename not after it. */
        public Optional<String> nameIn(int year) {
            Map.Entry<Integer, String> e = names.floorEntry(year);
            return e == null ? Optional.empty() : Optional.of(e.getValue());
        }

        /** Every name the code has had, oldest first. */
        public List<String> allNames() {
            return List.copyOf(names.values());
        }
    }

    public Catalogue {
        schemes = Map.copyOf(schemes);
    }

    public Optional<Entry> entry(Scheme scheme, String code) {
        return Optional.ofNullable(schemes.getOrDefault(scheme, Map.of()).get(code));
    }

    public Optional<String> name(Scheme scheme, String code, int year) {
        return entry(scheme, code).flatMap(e -> e.nameIn(year));
    }

    /** The code a name stands for, when exactly one code of the scheme has (or had) that name. */
    public Optional<String> codeNamed(Scheme scheme, String name) {
        List<String> codes = schemes.getOrDefault(scheme, Map.of()).values().stream()
                .filter(e -> e.names().containsValue(name))
                .map(Entry::code)
                .toList();
        return codes.size() == 1 ? Optional.of(codes.get(0)) : Optional.empty();
    }

    /** 类 / 款 / 项 from the length of the code, for indenting rows. */
    public static int level(String code) {
        return switch (code.length()) {
            case 3 -> 1;
            case 5 -> 2;
            case 7 -> 3;
            default -> 0;
        };
    }

    public static String levelName(String code) {
        return switch (level(code)) {
            case 1 -> "类";
            case 2 -> "款";
            case 3 -> "项";
            default -> "";
        };
    }
}

package org.gongkai.render.terms;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Scheme;
import org.gongkai.model.Table;
import org.gongkai.render.site.Addresses;

/**
 * 科目说明: the functional and economic codes a disclosure's tables use, each with its name in the
 * disclosure's year and the explanations the catalogue holds (with their sources). Codes the
 * catalogue does not explain carry no wording: the page says so instead of inventing one.
 */
public final class CodeNotes {

    /** One code as the 科目说明 page shows it. */
    public record Note(Scheme scheme, String code, String name, List<Catalogue.Wording> wordings) {
        public Note {
            wordings = List.copyOf(wordings);
        }

        /** Anchor on the page; scheme-prefixed so equal digits in two schemes could never clash. */
        public String id() {
            return Addresses.codeId(scheme, code);
        }

        public String level() {
            return Catalogue.levelName(code);
        }
    }

    private CodeNotes() {
    }

    /** Functional codes first, then economic; each in code order (类 before its 款 and 项). */
    public static List<Note> of(Disclosure d, Catalogue catalogue) {
        int year = parseYear(d.year());
        List<Note> notes = new ArrayList<>();
        for (Scheme scheme : List.of(Scheme.FUNCTIONAL, Scheme.ECONOMIC)) {
            printedNames(d, scheme).forEach((code, printed) -> {
                var entry = catalogue.entry(scheme, code);
                String name = entry.flatMap(e -> e.nameIn(year)).orElse(printed);
                notes.add(new Note(scheme, code, name, entry.map(Catalogue.Entry::wordings).orElse(List.of())));
            });
        }
        return List.copyOf(notes);
    }

    /** Each code of the scheme in the disclosure's tables and the first name printed beside it. */
    private static Map<String, String> printedNames(Disclosure d, Scheme scheme) {
        Map<String, String> codes = new TreeMap<>();
        d.tables().forEach(t -> {
            for (Column c : t.form().columns()) {
                if (c.role() == Role.CODE && c.scheme() == scheme) {
                    for (Row r : t.rows()) {
                        String code = r.cell(c).raw().replaceAll("\\s+", "");
                        if (code.matches("\\d{3}|\\d{5}|\\d{7}")) {
                            codes.putIfAbsent(code, printedName(t, c, r));
                        }
                    }
                }
            }
        });
        return codes;
    }

    private static String printedName(Table t, Column code, Row r) {
        return t.form().panel(code.panel()).stream().filter(c -> c.role() == Role.NAME).findFirst()
                .map(c -> r.cell(c).raw().strip()).orElse("");
    }

    private static int parseYear(String year) {
        try {
            return Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}

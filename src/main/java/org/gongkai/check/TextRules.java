package org.gongkai.check;

import org.gongkai.facts.TableText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.diag.Position;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Limits;
import org.gongkai.model.Part;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Scheme;
import org.gongkai.model.Section;
import org.gongkai.model.Table;

/** Years in titles, section numbering, classification names against the catalogue, units. */
final class TextRules {

    private static final Pattern YEAR = Pattern.compile("(20\\d{2})\\s*年");
    /** Numbering styles of section titles: 一、 / （一） / 1. or 1、 */
    private static final List<Pattern> NUMBERING = List.of(
            Pattern.compile("^([一二三四五六七八九十]+)、"),
            Pattern.compile("^[（(]([一二三四五六七八九十]+)[）)]"),
            Pattern.compile("^(" + Limits.NUMBER_PATTERN + ")[.、．](?!\\d)"));

    private TextRules() {
    }

    static List<Finding> check(RuleContext c) {
        Disclosure d = c.disclosure();
        Catalogue catalogue = c.catalogue();
        List<Finding> out = new ArrayList<>();
        int year = Integer.parseInt(d.year());
        d.tables().forEach(t -> {
            titleYear(d, "表 " + TableText.label(t) + " 的标题", t.title(), t.position(), out);
            names(d, t, catalogue, year, out);
            if (!t.unit().isEmpty() && !t.unit().equals("万元") && !t.unit().equals("元")) {
                out.add(new Finding(Rule.TEXT_UNIT, d.path(), TableText.label(t) + " 单位",
                        TableText.label(t) + " 的单位写作“" + t.unit() + "”，金额表的单位应为 万元 或 元", t.position(), List.of()));
            }
        });
        for (Part p : d.parts()) {
            if (p instanceof Part.SectionsPart s) {
                numbering(d, s.title(), s.sections(), out);
            }
        }
        return out;
    }

    private static void titleYear(Disclosure d, String what, String title, Position at, List<Finding> out) {
        Matcher m = YEAR.matcher(title);
        List<String> years = new ArrayList<>();
        while (m.find()) {
            years.add(m.group(1));
        }
        if (!years.isEmpty() && !years.contains(d.year())) {
            out.add(new Finding(Rule.TEXT_YEAR, d.path(), what, what + "“" + title + "”写的是 " + String.join("、", years)
                    + " 年，而本公开是 " + d.year() + " 年的" + d.kind().label(), at, List.of()));
        }
    }

    private static void names(Disclosure d, Table t, Catalogue catalogue, int year, List<Finding> out) {
        for (int p = 0; p < t.form().panelCount(); p++) {
            Optional<Column> codeColumn = TableText.column(t, p, Role.CODE);
            Optional<Column> nameColumn = TableText.column(t, p, Role.NAME);
            if (nameColumn.isEmpty()) {
                continue;
            }
            for (Row row : t.rows()) {
                String code = codeColumn.map(c -> row.cell(c).raw()).orElse("");
                String name = row.cell(nameColumn.get()).raw().replaceAll("\\s+", "");
                Scheme scheme = codeColumn.map(Column::scheme).orElse(Scheme.OTHER);
                if (code.isEmpty()) {
                    Matcher m = TableText.CODE_NAME.matcher(TableText.bareName(name));
                    if (!m.matches()) {
                        continue;
                    }
                    code = m.group(1);
                    name = m.group(2);
                    scheme = code.startsWith("2") ? Scheme.FUNCTIONAL : Scheme.ECONOMIC;
                }
                if (scheme == Scheme.OTHER || name.isEmpty()) {
                    continue;
                }
                String printed = name;
                String c = code;
                catalogue.entry(scheme, code).ifPresent(e -> e.nameIn(year).ifPresent(official -> {
                    if (!halfWidth(official).equals(halfWidth(printed))) {
                        String other = e.allNames().contains(printed) ? "（这是该科目其他年度的名称）" : "";
                        out.add(new Finding(Rule.TEXT_CATALOGUE_NAME, d.path(), TableText.label(t) + " " + c,
                                TableText.label(t) + " 科目 " + c + " 写作“" + printed + "”" + other + "，" + year
                                        + " 年科目名称为“" + official + "”",
                                row.cell(nameColumn.get()).position(), List.of()));
                    }
                }));
            }
        }
    }

    private static void numbering(Disclosure d, String part, List<Section> sections, List<Finding> out) {
        for (Pattern style : NUMBERING) {
            int expected = 0;
            for (Section s : sections) {
                Matcher m = style.matcher(s.title().strip());
                if (!m.find()) {
                    continue;
                }
                int n = number(m.group(1));
                if (expected > 0 && n != expected) {
                    out.add(new Finding(Rule.TEXT_NUMBERING, d.path(), part + " " + s.title(),
                            "“" + part + "”的节号不连续：此处应为第 " + expected + " 节，原文编为“" + m.group() + "”（" + s.title() + "）",
                            s.position(), List.of()));
                }
                expected = n + 1;
            }
        }
        sections.forEach(s -> numbering(d, s.title(), s.sections(), out));
    }

    /** Full-width and half-width brackets are the same name. */
    private static String halfWidth(String s) {
        return s.replace('（', '(').replace('）', ')');
    }

    /** 一 … 九十九 or Arabic digits (at most four: longer numbers are refused when loading). */
    static int number(String s) {
        if (s.matches(Limits.NUMBER_PATTERN)) {
            return Integer.parseInt(s);
        }
        String digits = "一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(s.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0)) + 1;
        int units = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1)) + 1;
        return tens * 10 + units;
    }
}

package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * The YAML text of a {@code tables:} list, as the content files write it: one mapping per table,
 * one flow sequence per row. Every text is double-quoted (nothing a workbook holds can change the
 * YAML's structure); multi-line notes are literal blocks when that keeps them exactly.
 */
final class TablesYaml {

    private TablesYaml() {
    }

    /** The list's lines, each starting with {@code indent} spaces, joined by \n, no final newline. */
    static String of(List<ImportedTable> tables, int indent) {
        String pad = " ".repeat(indent);
        List<String> lines = new ArrayList<>();
        for (ImportedTable t : tables) {
            lines.add(pad + "- form: " + t.form().id());
            String in = pad + "  ";
            lines.add(in + "number: " + quote(t.number()));
            lines.add(in + "title: " + quote(t.title()));
            if (!t.department().isEmpty()) {
                lines.add(in + "department: " + quote(t.department()));
            }
            lines.add(in + "unit: " + quote(t.unit()));
            if (t.rows().isEmpty()) {
                lines.add(in + "rows: []");
            } else {
                lines.add(in + "rows:");
                for (List<String> row : t.rows()) {
                    lines.add(in + "  - [" + String.join(", ", row.stream().map(TablesYaml::quote).toList()) + "]");
                }
            }
            text(lines, in, "statement", t.statement());
            text(lines, in, "missing", t.missing());
            text(lines, in, "notes", t.notes());
        }
        return String.join("\n", lines);
    }

    private static void text(List<String> lines, String in, String key, String value) {
        if (value.isEmpty()) {
            return;
        }
        if (literal(value)) {
            lines.add(in + key + ": |-");
            for (String l : value.split("\n", -1)) {
                lines.add(l.isEmpty() ? "" : in + "  " + l);
            }
        } else {
            lines.add(in + key + ": " + quote(value));
        }
    }

    /** A literal block keeps the text exactly only for plain lines: no tabs, controls or edge spaces. */
    private static boolean literal(String v) {
        if (!v.contains("\n") || v.endsWith("\n") || v.startsWith("\n") || v.startsWith(" ")) {
            return false;
        }
        for (String l : v.split("\n", -1)) {
            if (!l.equals(l.stripTrailing())) {
                return false;
            }
        }
        return v.chars().noneMatch(c -> c < 0x20 && c != '\n' || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF);
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                case '\r' -> b.append("\\r");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF
                            || Character.isSurrogate(c) && !validPair(s, i)) {
                        b.append(String.format("\\u%04X", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static boolean validPair(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}

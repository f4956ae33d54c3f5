package org.gongkai.cli;

import java.util.List;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Position;

/** Diagnostics as JSON for tools: one object per diagnostic, fields in a fixed order. */
final class FindingsJson {

    private FindingsJson() {
    }

    static String of(List<Diagnostic> diagnostics) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            b.append(i == 0 ? "\n" : ",\n").append("  {\"rule\": ").append(quote(d.code()))
                    .append(", \"severity\": ").append(quote(d.severity().label()))
                    .append(", \"at\": ").append(position(d.position()))
                    .append(", \"message\": ").append(quote(d.message()))
                    .append(", \"hint\": ").append(quote(d.hint()))
                    .append(", \"related\": [");
            for (int j = 0; j < d.related().size(); j++) {
                b.append(j == 0 ? "" : ", ").append(position(d.related().get(j)));
            }
            b.append("]}");
        }
        return b.append(diagnostics.isEmpty() ? "]" : "\n]").toString();
    }

    private static String position(Position p) {
        return "{\"file\": " + quote(p.file()) + ", \"line\": " + p.line() + ", \"column\": " + p.column() + "}";
    }

    static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

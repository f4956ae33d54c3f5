package org.gongkai.cli;

import java.io.PrintWriter;
import org.gongkai.diag.Acknowledged;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.DiagnosticPrinter;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Severity;

/** Prints diagnostics and the summary line, and turns them into an exit code. */
final class Reporting {

    private Reporting() {
    }

    static void print(Diagnostics diagnostics, PrintWriter err) {
        DiagnosticPrinter printer = new DiagnosticPrinter(diagnostics);
        for (Diagnostic d : diagnostics.sorted()) {
            printer.print(d, err);
        }
    }

    /** The acknowledged findings, each marked 已说明 with its note. */
    static void printAcknowledged(Diagnostics diagnostics, PrintWriter err) {
        DiagnosticPrinter printer = new DiagnosticPrinter(diagnostics);
        for (Acknowledged a : diagnostics.acknowledged()) {
            printer.print(a, err);
        }
    }

    /** "2 个错误，3 个警告", plus how many findings the content explains, when there are any. */
    static String counts(Diagnostics diagnostics) {
        int acknowledged = diagnostics.acknowledged().size();
        return diagnostics.count(Severity.ERROR) + " 个错误，" + diagnostics.count(Severity.WARNING) + " 个警告"
                + (acknowledged == 0 ? "" : "，另有 " + acknowledged + " 条已在内容中说明的发现");
    }

    /** One line per rule with its count, e.g. "  cross.same-figure  4". */
    static String byRule(Diagnostics diagnostics) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        diagnostics.sorted().forEach(d -> counts.merge(d.code().id(), 1L, Long::sum));
        StringBuilder b = new StringBuilder("按规则统计：");
        counts.forEach((rule, n) -> b.append("\n  ").append(rule).append("  ").append(n));
        return counts.isEmpty() ? "按规则统计：无" : b.toString();
    }

    static int exitCode(Diagnostics diagnostics) {
        if (diagnostics.hasIoErrors()) {
            return Main.USAGE_OR_IO;
        }
        return diagnostics.hasErrors() ? Main.CONTENT_ERRORS : Main.OK;
    }
}

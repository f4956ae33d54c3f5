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

    /** Errors and warnings: what build and archive print (notices are for check --notices). */
    static void print(Diagnostics diagnostics, PrintWriter err) {
        print(diagnostics, err, false);
    }

    /** Errors and warnings; notices only when {@code notices} (check --notices). */
    static void print(Diagnostics diagnostics, PrintWriter err, boolean notices) {
        DiagnosticPrinter printer = new DiagnosticPrinter(diagnostics);
        for (Diagnostic d : shown(diagnostics, notices)) {
            printer.print(d, err);
        }
    }

    private static java.util.List<Diagnostic> shown(Diagnostics diagnostics, boolean notices) {
        return diagnostics.sorted().stream().filter(d -> notices || d.severity() != Severity.NOTICE).toList();
    }

    /** The acknowledged findings, each marked 已说明 with its note. */
    static void printAcknowledged(Diagnostics diagnostics, PrintWriter err) {
        DiagnosticPrinter printer = new DiagnosticPrinter(diagnostics);
        for (Acknowledged a : diagnostics.acknowledged()) {
            printer.print(a, err);
        }
    }

    /** As {@link #counts(Diagnostics, boolean)} where notices were not printed (build). */
    static String counts(Diagnostics diagnostics) {
        return counts(diagnostics, false);
    }

    /**
     * "2 个错误，3 个警告", then the notices when there are any (saying how to list them when they
     * were not printed), and how many findings the content explains, when there are any.
     */
    static String counts(Diagnostics diagnostics, boolean noticesShown) {
        int acknowledged = diagnostics.acknowledged().size();
        long notices = diagnostics.count(Severity.NOTICE);
        return diagnostics.count(Severity.ERROR) + " 个错误，" + diagnostics.count(Severity.WARNING) + " 个警告"
                + (notices == 0 ? "" : "，" + notices + " 条提示" + (noticesShown ? "" : "（check --notices 列出）"))
                + (acknowledged == 0 ? "" : "，另有 " + acknowledged + " 条已在内容中说明的发现");
    }

    /** One line per rule with its count, e.g. "  cross.same-figure  4"; notices only when shown. */
    static String byRule(Diagnostics diagnostics, boolean notices) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        shown(diagnostics, notices).forEach(d -> counts.merge(d.code().id(), 1L, Long::sum));
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

package org.gongkai.diag;

import java.io.PrintWriter;

/**
 * Prints diagnostics the way compilers do: {@code file:line:col: 错误：message}, the source line,
 * a caret under the column (CJK characters count two cells wide), then the hint.
 */
public final class DiagnosticPrinter {

    private final Diagnostics diagnostics;

    public DiagnosticPrinter(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public void print(Diagnostic d, PrintWriter out) {
        print(d, d.severity().label(), out);
    }

    /** An acknowledged finding: marked as such, followed by the content's explanation. */
    public void print(Acknowledged a, PrintWriter out) {
        Diagnostic d = a.diagnostic();
        Diagnostic withoutHint = new Diagnostic(d.position(), d.severity(), d.code(), d.message(), "", d.related());
        print(withoutHint, d.severity().label() + "（已说明）", out);
        out.println("  说明：" + a.note());
    }

    private void print(Diagnostic d, String label, PrintWriter out) {
        out.println(d.position() + ": " + label + "：" + d.message() + " [" + d.code() + "]");
        String line = sourceLine(d.position());
        if (line != null) {
            out.println("  " + line);
            out.println("  " + " ".repeat(displayWidth(line, d.position().column() - 1)) + "^");
        }
        for (Position p : d.related()) {
            out.println("  另见 " + p);
        }
        if (!d.hint().isEmpty()) {
            out.println("  提示：" + d.hint());
        }
    }

    private String sourceLine(Position p) {
        String text = diagnostics.source(p.file());
        if (text == null || p.line() < 1) {
            return null;
        }
        String[] lines = text.split("\n", -1);
        if (p.line() > lines.length) {
            return null;
        }
        String line = lines[p.line() - 1].replace("\r", "").replace('\t', ' ');
        return line.length() > 200 ? null : line;
    }

    /** Terminal cells taken by the first {@code chars} characters of {@code line}. */
    static int displayWidth(String line, int chars) {
        int width = 0;
        int limit = Math.min(chars, line.length());
        for (int i = 0; i < limit; i++) {
            width += isWide(line.charAt(i)) ? 2 : 1;
        }
        return width + Math.max(0, chars - line.length());
    }

    private static boolean isWide(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '…');
    }
}

package org.gongkai.diag;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Prints diagnostics the way compilers do: {@code file:line:col: 错误：message}, the source line,
 * a caret under the column (CJK characters count two cells wide), then the hint. Everything from
 * content or paths goes through {@link Printable#escape}, so a control character in a file shows
 * as {@code \u001B} instead of acting on the terminal; a long line is shown around the column.
 */
public final class DiagnosticPrinter {

    /** Code points of a source line shown whole; a longer line is cut to a window around the column. */
    static final int LINE = 160;
    /** Code points shown on each side of the column in a cut line. */
    static final int CONTEXT = 60;
    /** Related places listed under one diagnostic; a sum over a long table may involve hundreds. */
    static final int RELATED = 10;

    private final Diagnostics diagnostics;
    private final Map<String, SourceLines> files = new HashMap<>();

    public DiagnosticPrinter(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    public void print(Diagnostic d, PrintWriter out) {
        print(d, d.severity().label(), out);
    }

    /** An acknowledged finding: marked as such, followed by the content's explanation. */
    public void print(Acknowledged a, PrintWriter out) {
        Diagnostic d = a.diagnostic();
        Diagnostic withoutHint = new Diagnostic(d.position(), d.code(), d.message(), "", d.related());
        print(withoutHint, d.severity().label() + "（已说明）", out);
        out.println("  说明：" + Printable.escape(a.note()));
    }

    private void print(Diagnostic d, String label, PrintWriter out) {
        out.println(Printable.escape(d.position().toString()) + ": " + label + "："
                + Printable.escape(d.message()) + " [" + d.code().id() + "]");
        String line = sourceLine(d.position());
        if (line != null) {
            String[] shown = window(line, d.position().column() - 1);
            out.println("  " + shown[0] + shown[1]);
            out.println("  " + " ".repeat(displayWidth(shown[0], shown[0].length())) + "^");
        }
        for (Position p : d.related().subList(0, Math.min(RELATED, d.related().size()))) {
            out.println("  另见 " + Printable.escape(p.toString()));
        }
        if (d.related().size() > RELATED) {
            out.println("  另见……（共 " + d.related().size() + " 处，只列出前 " + RELATED + " 处）");
        }
        if (!d.hint().isEmpty()) {
            out.println("  提示：" + Printable.escape(d.hint()));
        }
    }

    private String sourceLine(Position p) {
        String text = diagnostics.source(p.file());
        if (text == null || p.line() < 1) {
            return null;
        }
        // One index of line starts per file: a run may print thousands of diagnostics of one file.
        SourceLines lines = files.computeIfAbsent(p.file(), f -> new SourceLines(f, text));
        int start = lines.index(p.line(), 1);
        if (lines.position(start).line() != p.line()) {
            return null;
        }
        int end = text.indexOf('\n', start);
        String line = text.substring(start, end < 0 ? text.length() : end);
        return (line.endsWith("\r") ? line.substring(0, line.length() - 1) : line).replace('\t', ' ');
    }

    /**
     * The line as shown, split at the column: what is before the caret and what is from it on,
     * both escaped; a line longer than {@link #LINE} code points is cut around the column with "…".
     */
    static String[] window(String line, int column) {
        int length = line.codePointCount(0, line.length());
        int col = Math.max(0, Math.min(column, length));
        int from = 0;
        int to = length;
        if (length > LINE) {
            from = Math.max(0, col - CONTEXT);
            to = Math.min(length, col + CONTEXT);
        }
        int a = line.offsetByCodePoints(0, from);
        int c = line.offsetByCodePoints(a, col - from);
        int b = line.offsetByCodePoints(c, to - col);
        String before = (from > 0 ? "…" : "") + Printable.escape(line.substring(a, c));
        String after = Printable.escape(line.substring(c, b)) + (to < length ? "…" : "");
        return new String[] {before, after};
    }

    /** Terminal cells taken by the first {@code chars} characters of {@code line}. */
    static int displayWidth(String line, int chars) {
        int width = 0;
        int limit = Math.min(chars, line.length());
        for (int i = 0; i < limit; ) {
            int cp = line.codePointAt(i);
            width += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return width + Math.max(0, chars - line.length());
    }

    private static boolean isWide(int c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS && c < 0xFF61
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_B
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '…');
    }
}

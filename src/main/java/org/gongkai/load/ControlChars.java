package org.gongkai.load;

import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Position;
import org.gongkai.diag.Printable;
import org.gongkai.diag.SourceLines;

/**
 * Control characters in content. None has a place in a disclosure: written raw they are invisible
 * (and snakeyaml rejects most of them with an English message at 1:1), written as YAML escapes
 * ("\0", "\x1b", "\u0007") they would reach the pages and the terminal. Tab and line feed are
 * text; carriage return only as part of a CRLF line end.
 */
final class ControlChars {

    private ControlChars() {
    }

    /** Not allowed in a value; tab and line feed are. */
    static boolean forbidden(int cp) {
        return cp != '\t' && cp != '\n' && Printable.isControl(cp) && !isBidi(cp);
    }

    private static boolean isBidi(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    /** Index of the first forbidden character of {@code s}, or -1. */
    static int first(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (forbidden(cp)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return -1;
    }

    /**
     * Reports the first control character written raw in a file's text (a CR before LF is a line
     * end) and how many there are; true when there is none.
     */
    static boolean scanFile(String text, String name, Diagnostics diagnostics) {
        int first = -1;
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean crlf = cp == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (forbidden(cp) && !crlf) {
                if (first < 0) {
                    first = i;
                }
                count++;
            }
            i += Character.charCount(cp);
        }
        if (first < 0) {
            return true;
        }
        Position at = new SourceLines(name, text).position(first);
        int cp = text.codePointAt(first);
        String more = count > 1 ? "本文件共有 " + count + " 个这类字符；" : "";
        diagnostics.report(at, Code.LOAD_CONTROL_CHAR, "文件中有不允许的控制字符 " + Printable.describe(cp),
                more + "控制字符在页面上看不见，通常来自复制粘贴或文件损坏；删除它"
                        + (cp == '\r' ? "，或把文件的换行统一为 LF 或 CRLF" : ""));
        return false;
    }
}

package org.gongkai.load;

import java.util.Optional;
import org.gongkai.model.Limits;

/**
 * The shapes of Markdown that overflow the renderer's stack or make it slow, found before any
 * rendering: block quotes and lists nested too deep (flexmark renders them recursively), and
 * paragraphs with too many markup characters (for each {@code [ ] ` & <} flexmark's inline parser
 * copies the whole paragraph, so their number times the paragraph's length is its running time).
 */
final class MarkdownBounds {

    /** What is wrong, where in the text (a character offset), and what to do. */
    record Problem(int offset, String message, String hint) {
    }

    private static final String MARKUP = "[]`&<";

    private MarkdownBounds() {
    }

    static Optional<Problem> check(String text) {
        int markup = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int end = text.indexOf('\n', lineStart);
            end = end < 0 ? text.length() : end;
            if (text.substring(lineStart, end).isBlank()) {
                markup = 0;
            } else {
                int deep = tooDeepAt(text, lineStart, end);
                if (deep >= 0) {
                    return Optional.of(new Problem(deep, "Markdown 嵌套过深：这一行的引用（>）和列表（-、*、+、1.）超过 "
                            + Limits.MARKDOWN_NESTING + " 层", "最多嵌套 " + Limits.MARKDOWN_NESTING
                            + " 层；行首每两个空格的缩进也算一层。原文不会有这样的嵌套，请检查这段文字"));
                }
                for (int i = lineStart; i < end; i++) {
                    if (MARKUP.indexOf(text.charAt(i)) >= 0 && ++markup > Limits.MARKDOWN_MARKUP) {
                        return Optional.of(new Problem(i, "Markdown 段落中的标记字符过多：[ ] ` & < 超过 "
                                + Limits.MARKDOWN_MARKUP + " 个", "一个段落（到空行为止）最多 " + Limits.MARKDOWN_MARKUP
                                + " 个；把长段落用空行分开，照原文的方括号可用全角【】或［］"));
                    }
                }
            }
            lineStart = end + 1;
        }
        return Optional.empty();
    }

    /**
     * Where the nesting at the start of a line passes the bound, or -1. Every container a line
     * opens needs a marker on it, and every list it continues needs at least two columns of
     * indentation, so markers plus half the remaining indentation (the space after a marker
     * belongs to the marker) is never less than the real nesting.
     */
    private static int tooDeepAt(String text, int start, int end) {
        int markers = 0;
        int columns = 0;
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            int next = i + 1;
            if (c == ' ') {
                columns++;
            } else if (c == '\t') {
                columns += 4;
            } else if (c == '>') {
                markers++;
                next = afterSeparator(text, next, end);
            } else if ((c == '-' || c == '*' || c == '+') && separated(text, next, end)) {
                markers++;
                next = afterSeparator(text, next, end);
            } else if (c >= '0' && c <= '9') {
                int d = i;
                while (d < end && d - i < 9 && text.charAt(d) >= '0' && text.charAt(d) <= '9') {
                    d++;
                }
                if (d < end && (text.charAt(d) == '.' || text.charAt(d) == ')') && separated(text, d + 1, end)) {
                    markers++;
                    next = afterSeparator(text, d + 1, end);
                } else {
                    return -1;
                }
            } else {
                return -1;
            }
            if (markers + columns / 2 > Limits.MARKDOWN_NESTING) {
                return i;
            }
            i = next;
        }
        return -1;
    }

    /** Past the one space or tab that separates a marker from what follows: it is not indentation. */
    private static int afterSeparator(String text, int i, int end) {
        return i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t') ? i + 1 : i;
    }

    private static boolean separated(String text, int i, int end) {
        return i >= end || text.charAt(i) == ' ' || text.charAt(i) == '\t';
    }
}

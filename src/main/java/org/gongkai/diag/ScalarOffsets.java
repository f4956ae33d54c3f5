package org.gongkai.diag;

/**
 * Where each character of a YAML scalar's value was written. snakeyaml gives only a scalar's
 * start; the value may differ from the source text by indentation (block scalars "|" and ">"),
 * folded line breaks (">" and multi-line plain or quoted scalars), quotes ('' in single quotes)
 * and escapes (\x1b in double quotes). This walks the source from the start and pairs every value
 * character with the source character it came from, skipping what YAML drops; an escaped
 * character is placed at its backslash.
 */
public final class ScalarOffsets {

    private enum Style { PLAIN, SINGLE, DOUBLE, LITERAL, FOLDED }

    private final SourceLines lines;
    private final int[] at;

    private ScalarOffsets(SourceLines lines, int[] at) {
        this.lines = lines;
        this.at = at;
    }

    /** The offsets of {@code value}, a scalar written at {@code start} in {@code lines}. */
    public static ScalarOffsets of(SourceLines lines, Position start, String value) {
        int from = lines.index(start.line(), start.column());
        return new ScalarOffsets(lines, map(lines.text(), from, value));
    }

    /** Where the value's character at {@code offset} was written; the value's length gives the end. */
    public Position position(int offset) {
        return lines.position(at[Math.max(0, Math.min(offset, at.length - 1))]);
    }

    private static int[] map(String src, int start, String value) {
        int n = value.length();
        int[] at = new int[n + 1];
        char first = start < src.length() ? src.charAt(start) : ' ';
        Style style = switch (first) {
            case '|' -> Style.LITERAL;
            case '>' -> Style.FOLDED;
            case '"' -> Style.DOUBLE;
            case '\'' -> Style.SINGLE;
            default -> Style.PLAIN;
        };
        boolean block = style == Style.LITERAL || style == Style.FOLDED;
        int p;
        int indent = 0;
        if (block) {
            int nl = src.indexOf('\n', start);
            p = nl < 0 ? src.length() : nl + 1;
            indent = blockIndent(src, p, value);
            p = skipIndent(src, p, indent);
        } else {
            p = style == Style.PLAIN ? start : start + 1;
        }
        int i = 0;
        // Every step moves i or p forward, so the walk is linear even if the two never align.
        while (i < n && p < src.length()) {
            char c = value.charAt(i);
            char s = src.charAt(p);
            if (style == Style.DOUBLE && s == '\\' && p + 1 < src.length()) {
                char e = src.charAt(p + 1);
                if (e == '\n' || e == '\r') {
                    // An escaped line break: nothing in the value; the next line's indentation goes too.
                    int nl = src.indexOf('\n', p + 1);
                    p = nl < 0 ? src.length() : nl + 1;
                    while (p < src.length() && (src.charAt(p) == ' ' || src.charAt(p) == '\t')) {
                        p++;
                    }
                    continue;
                }
                at[i++] = p;
                if (e == 'U' && Character.isHighSurrogate(c) && i < n) {
                    at[i++] = p;
                }
                p += switch (e) {
                    case 'x' -> 4;
                    case 'u' -> 6;
                    case 'U' -> 10;
                    default -> 2;
                };
            } else if (style == Style.SINGLE && c == '\'' && s == '\'') {
                at[i++] = p;
                p += 2;
            } else if (s == c || s == '\n' && c == ' ') {
                // The same character, or a line break folded into a space.
                at[i++] = p++;
                if (s == '\n' && block) {
                    p = skipIndent(src, p, indent);
                }
            } else if (s == ' ' || s == '\t' || s == '\r' || s == '\n') {
                // Indentation, trailing space or a line break that YAML drops.
                p++;
                if (s == '\n' && block) {
                    p = skipIndent(src, p, indent);
                }
            } else {
                at[i++] = p;
            }
        }
        while (i <= n) {
            at[i++] = Math.min(p, src.length());
        }
        return at;
    }

    /** Up to {@code indent} spaces from {@code p}: a block scalar's indentation. */
    private static int skipIndent(String src, int p, int indent) {
        int k = 0;
        while (k < indent && p < src.length() && src.charAt(p) == ' ') {
            p++;
            k++;
        }
        return p;
    }

    /**
     * A block scalar's indentation: the first line with text is indented by it plus whatever
     * spaces the value keeps at the start of its own first line with text.
     */
    private static int blockIndent(String src, int content, String value) {
        int p = content;
        while (p < src.length()) {
            int end = src.indexOf('\n', p);
            end = end < 0 ? src.length() : end;
            int spaces = 0;
            while (p + spaces < end && src.charAt(p + spaces) == ' ') {
                spaces++;
            }
            if (p + spaces < end && src.charAt(p + spaces) != '\r') {
                return Math.max(0, spaces - leadingSpacesOfFirstText(value));
            }
            p = end + 1;
        }
        return 0;
    }

    private static int leadingSpacesOfFirstText(String value) {
        int lineStart = 0;
        while (lineStart <= value.length()) {
            int end = value.indexOf('\n', lineStart);
            end = end < 0 ? value.length() : end;
            int spaces = 0;
            while (lineStart + spaces < end && value.charAt(lineStart + spaces) == ' ') {
                spaces++;
            }
            if (lineStart + spaces < end) {
                return spaces;
            }
            lineStart = end + 1;
        }
        return 0;
    }
}

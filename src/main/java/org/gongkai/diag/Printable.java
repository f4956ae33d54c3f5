package org.gongkai.diag;

/**
 * Content shown on a terminal or in a message: control characters become visible escapes
 * ({@code \u001B}), so a content file cannot move the cursor, change colours or rewrite what
 * the user reads; long values are cut to an excerpt.
 */
public final class Printable {

    /** Code points of a value quoted in a message. */
    public static final int EXCERPT = 40;

    private Printable() {
    }

    /**
     * C0 and C1 control characters, DEL, the line and paragraph separators and the bidirectional
     * controls (which reorder what a terminal shows): none of them may reach a terminal as is.
     */
    public static boolean isControl(int cp) {
        return cp < 0x20 || cp >= 0x7F && cp <= 0x9F || cp == 0x2028 || cp == 0x2029
                || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 || cp == 0xFFFE || cp == 0xFFFF;
    }

    /** {@code s} with every control character written as an escape: \t, \n, \r, else {@code \u001B}. */
    public static String escape(String s) {
        if (s.codePoints().noneMatch(Printable::isControl)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(cp -> b.append(escape(cp)));
        return b.toString();
    }

    /** One code point as shown: itself, or its escape when it is a control character. */
    public static String escape(int cp) {
        if (!isControl(cp)) {
            return Character.toString(cp);
        }
        return switch (cp) {
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> String.format("\\u%04X", cp);
        };
    }

    /** The first {@link #EXCERPT} code points of {@code s}, then "…" when there is more; escaped. */
    public static String excerpt(String s) {
        if (s.codePointCount(0, s.length()) <= EXCERPT) {
            return escape(s);
        }
        return escape(s.substring(0, s.offsetByCodePoints(0, EXCERPT))) + "…";
    }

    /** "U+001B（ESC，终端转义字符）": a character for a message. */
    public static String describe(int cp) {
        String name = switch (cp) {
            case 0x00 -> "NUL，空字符";
            case 0x07 -> "BEL，响铃";
            case 0x08 -> "BS，退格";
            case 0x0B -> "VT，垂直制表符";
            case 0x0C -> "FF，换页符";
            case 0x0D -> "CR，回车符";
            case 0x1B -> "ESC，终端转义字符";
            case 0x7F -> "DEL，删除符";
            case 0x85 -> "NEL，下一行";
            case 0x2028 -> "LS，行分隔符";
            case 0x2029 -> "PS，段分隔符";
            case 0xFFFE, 0xFFFF -> "非字符";
            default -> cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069 ? "文字方向控制符" : "控制字符";
        };
        return String.format("U+%04X（%s）", cp, name);
    }
}

package org.gongkai.render;

/** Small string scanning shared by link handling (Markdown targets, relative page links). */
final class Chars {

    private Chars() {
    }

    /** Index of the first character of {@code s} that is one of {@code chars}, or -1. */
    static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}

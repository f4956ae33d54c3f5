package org.gongkai.diag;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A file's text with where each line starts, to turn a character index into file:line:col and
 * back. Columns count code points, as snakeyaml's marks do.
 */
public final class SourceLines {

    private final String file;
    private final String text;
    private final int[] starts;

    public SourceLines(String file, String text) {
        this.file = file;
        this.text = text;
        List<Integer> s = new ArrayList<>();
        s.add(0);
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            s.add(i + 1);
        }
        this.starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    public String file() {
        return file;
    }

    public String text() {
        return text;
    }

    /** The character index of {@code line:column}, kept within that line. */
    public int index(int line, int column) {
        int l = Math.max(1, Math.min(line, starts.length));
        int i = starts[l - 1];
        int end = l < starts.length ? starts[l] - 1 : text.length();
        for (int c = 1; c < column && i < end; c++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i;
    }

    /** Where the character at {@code index} is. */
    public Position position(int index) {
        int i = Math.max(0, Math.min(index, text.length()));
        int found = Arrays.binarySearch(starts, i);
        int line = found >= 0 ? found + 1 : -found - 1;
        return new Position(file, line, text.codePointCount(starts[line - 1], i) + 1);
    }
}

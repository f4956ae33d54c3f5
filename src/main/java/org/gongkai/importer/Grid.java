package org.gongkai.importer;

import java.util.Arrays;
import org.apache.poi.ss.util.CellReference;

/**
 * One sheet's cells as the text a reader sees (numbers as their number format prints them), with
 * merged regions: a merged cell's text is at its top-left cell, and {@link #shown} gives every cell
 * of the region that text, as a header reads.
 */
final class Grid {

    private final String book;
    private final String name;
    private final String[][] text;
    /** For each cell in a merged region, the region's first row and column and its width; else null. */
    private final int[][][] merged;
    /** Cells drawn with a border: a blank row of the table has them, a spacer row does not. */
    private final boolean[][] bordered;

    Grid(String book, String name, String[][] text, int[][][] merged, boolean[][] bordered) {
        this.book = book;
        this.name = name;
        this.text = text;
        this.merged = merged;
        this.bordered = bordered;
    }

    boolean bordered(int r, int c) {
        return r >= 0 && c >= 0 && r < rows() && c < columns() && bordered[r][c];
    }

    String name() {
        return name;
    }

    int rows() {
        return text.length;
    }

    int columns() {
        return text.length == 0 ? 0 : text[0].length;
    }

    /** The cell's own text, stripped; "" outside the sheet. */
    String own(int r, int c) {
        return r < 0 || c < 0 || r >= rows() || c >= columns() || text[r][c] == null ? "" : text[r][c];
    }

    /** The text shown in the cell: a merged region's text in each of its cells. */
    String shown(int r, int c) {
        int[] m = region(r, c);
        return m == null ? own(r, c) : own(m[0], m[1]);
    }

    /** {first row, first column, width} of the merged region the cell is in, or null. */
    int[] region(int r, int c) {
        return r < 0 || c < 0 || r >= rows() || c >= columns() ? null : merged[r][c];
    }

    boolean blankRow(int r) {
        return Arrays.stream(text[r]).allMatch(t -> t == null || t.isEmpty());
    }

    /** The place of a cell as printed in errors: book.xlsx!Sheet!C7. */
    String at(int r, int c) {
        return book + "!" + name + "!" + CellReference.convertNumToColString(c) + (r + 1);
    }

    String at() {
        return book + "!" + name;
    }
}

package org.gongkai.render.data;

import org.gongkai.model.Cell;
import org.gongkai.json.JsonWriter;

/**
 * How a published cell is written into the data files. In CSV an amount loses only its thousands
 * separators ("2,484.74" → 2484.74) and keeps every written digit (1.10 stays 1.10, and even a
 * transcribed "07.24" stays 07.24); in JSON it is the number with the same scale (7.24, since JSON
 * forbids leading zeros). A blank cell stays blank (it is not 0.00), a printed dash stays the dash,
 * and text is written as published, except that CSV text a spreadsheet would run as a formula gets
 * a leading apostrophe ({@link #formulaSafe}).
 */
final class CellValues {

    /** What makes Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP, CSV injection). */
    private static final String FORMULA_START = "=+-@";
    private static final String CONTROL_START = "\t\r\0";

    private CellValues() {
    }

    /**
     * A cell for CSV. Decided by the cell's kind, which comes from its column's role: an amount
     * (only in amount columns, always a plain number such as -12.50) and the lone dash "-" an amount
     * column prints for "none" stay as they are; any other cell is text and goes through
     * {@link #formulaSafe}.
     */
    static String csv(Cell cell) {
        return switch (cell.kind()) {
            case AMOUNT -> cell.raw().replace(",", "");
            case BLANK -> "";
            case DASH -> cell.raw().equals("-") ? "-" : formulaSafe(cell.raw());
            case TEXT -> formulaSafe(cell.raw());
        };
    }

    /**
     * Text that would start a formula in a spreadsheet (first character =, +, -, @, or a tab, carriage
     * return or NUL; spaces before =+-@ do not help) gets a single quote in front, as OWASP
     * recommends: the spreadsheet shows the text and never evaluates it. Used for text cells and
     * for the column headings.
     */
    static String formulaSafe(String text) {
        if (text.isEmpty()) {
            return text;
        }
        String visible = text.stripLeading();
        boolean formula = CONTROL_START.indexOf(text.charAt(0)) >= 0
                || !visible.isEmpty() && FORMULA_START.indexOf(visible.charAt(0)) >= 0;
        return formula ? "'" + text : text;
    }

    /** In JSON an amount is a number, a blank amount cell null, a dash its text. */
    static void jsonAmount(JsonWriter json, Cell cell) {
        switch (cell.kind()) {
            case AMOUNT -> json.value(cell.value());
            case BLANK -> json.nullValue();
            case DASH, TEXT -> json.value(cell.raw());
        }
    }
}

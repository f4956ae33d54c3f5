package org.gongkai.render.data;

import org.gongkai.model.Cell;
import org.gongkai.json.JsonWriter;

/**
 * How a published cell is written into the data files. In CSV an amount loses only its thousands
 * separators ("2,484.74" → 2484.74) and keeps every written digit (1.10 stays 1.10, and even a
 * transcribed "07.24" stays 07.24); in JSON it is the number with the same scale (7.24, since JSON
 * forbids leading zeros). A blank cell stays blank (it is not 0.00), a printed dash stays the dash,
 * and text is written as published.
 */
final class CellValues {

    private CellValues() {
    }

    static String csv(Cell cell) {
        return switch (cell.kind()) {
            case AMOUNT -> cell.raw().replace(",", "");
            case BLANK -> "";
            case DASH, TEXT -> cell.raw();
        };
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

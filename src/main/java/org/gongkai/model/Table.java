package org.gongkai.model;

import java.util.List;
import org.gongkai.diag.Position;

/**
 * One published table: its form, number and title as printed, rows, and the printed notes.
 * {@code slug} is its stable address within the disclosure.
 */
public record Table(
        String slug,
        Form form,
        String number,
        String title,
        String department,
        String unit,
        List<Row> rows,
        String notes,
        String statement,
        String missing,
        Position position) {

    public Table {
        rows = List.copyOf(rows);
    }

    public int cellCount() {
        return rows.size() * form.columns().size();
    }
}

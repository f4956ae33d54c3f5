package org.gongkai.importer;

import java.util.List;
import org.gongkai.model.Form;

/** A table read from a workbook: its form, the printed texts, and each row's cells as written. */
public record ImportedTable(
        String sheet,
        Form form,
        String number,
        String title,
        String department,
        String unit,
        List<List<String>> rows,
        String statement,
        String missing,
        String notes) {

    public ImportedTable {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public int cellCount() {
        return rows.size() * form.columns().size();
    }
}

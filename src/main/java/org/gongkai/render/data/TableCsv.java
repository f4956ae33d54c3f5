package org.gongkai.render.data;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Row;
import org.gongkai.model.Table;

/** One published table as CSV: one record per published row, one field per leaf column of its form. */
final class TableCsv {

    private TableCsv() {
    }

    static byte[] of(Table table) {
        List<List<String>> records = new ArrayList<>();
        for (Row row : table.rows()) {
            records.add(row.cells().stream().map(CellValues::csv).toList());
        }
        return Csv.write(Headings.of(table.form()).names(), records);
    }
}

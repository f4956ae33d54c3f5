package org.gongkai.render.data;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Column;
import org.gongkai.model.Row;
import org.gongkai.model.Table;

/**
 * One published table as CSV: one record per published row, one field per leaf column of its form,
 * then the data-quality companion columns of {@link Quality}, if the table has marked cells.
 */
final class TableCsv {

    private TableCsv() {
    }

    static byte[] of(Table table) {
        Headings headings = Headings.of(table.form());
        List<Column> marked = Quality.markedColumns(table);
        List<String> names = new ArrayList<>(headings.names());
        marked.forEach(c -> names.add(Quality.name(headings, c)));
        List<List<String>> records = new ArrayList<>();
        for (Row row : table.rows()) {
            List<String> record = new ArrayList<>(row.cells().stream().map(CellValues::csv).toList());
            marked.forEach(c -> record.add(row.cell(c).isMarked() ? row.cell(c).mark().flag().key() : ""));
            records.add(record);
        }
        return Csv.write(names, records);
    }
}

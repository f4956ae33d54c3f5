package org.gongkai.render.data;

import java.util.List;
import org.gongkai.model.Column;
import org.gongkai.model.Table;

/**
 * The data-quality companion columns of a table's CSV: one after the form's columns for each column
 * that has a restored cell, named "<heading>/数据质量", holding {@value #RESTORED} in the restored
 * rows and nothing elsewhere. Tables without marks keep exactly the form's columns.
 */
final class Quality {

    static final String RESTORED = "restored";
    static final String SUFFIX = "/数据质量";

    private Quality() {
    }

    /** The columns that have at least one restored cell, in the form's order. */
    static List<Column> markedColumns(Table table) {
        return table.form().columns().stream()
                .filter(c -> table.rows().stream().anyMatch(r -> r.cell(c).isRestored()))
                .toList();
    }

    static String name(Headings headings, Column column) {
        return headings.get(column).name() + SUFFIX;
    }
}

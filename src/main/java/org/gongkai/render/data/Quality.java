package org.gongkai.render.data;

import java.util.Arrays;
import java.util.List;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Table;

/**
 * The data-quality companion columns of a table's CSV: one after the form's columns for each column
 * that has a marked cell, named "<heading>/数据质量", holding the mark's flag (restored, illegible)
 * in the marked rows and nothing elsewhere. Tables without marks keep exactly the form's columns.
 */
final class Quality {

    static final String SUFFIX = "/数据质量";

    private Quality() {
    }

    /** The columns that have at least one marked cell, in the form's order. */
    static List<Column> markedColumns(Table table) {
        return table.form().columns().stream()
                .filter(c -> table.rows().stream().anyMatch(r -> r.cell(c).isMarked()))
                .toList();
    }

    /** The flags the cells of {@code column} carry, in the flags' order. */
    static List<Cell.Flag> flags(Table table, Column column) {
        return Arrays.stream(Cell.Flag.values())
                .filter(f -> table.rows().stream().anyMatch(r -> r.cell(column).isMarked() && r.cell(column).mark().flag() == f))
                .toList();
    }

    /** What a flag in the companion column means, for datapackage.json. */
    static String meaning(Cell.Flag flag) {
        return switch (flag) {
            case RESTORED -> flag.key() + " 表示原文（提取文本）缺失了这一格的位数，金额按同一文件中印出的数字恢复（原文所印内容和依据见 JSON 的 quality）";
            case ILLEGIBLE -> flag.key() + " 表示原文这一格模糊不清或缺失，照录能辨认的内容（原文情况见 JSON 的 quality）";
        };
    }

    static String name(Headings headings, Column column) {
        return headings.get(column).name() + SUFFIX;
    }
}

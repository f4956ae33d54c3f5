package org.gongkai.model;

import java.util.List;
import org.gongkai.diag.Position;

/** One published row, one cell per leaf column of the form. */
public record Row(List<Cell> cells, Position position) {

    public Row {
        cells = List.copyOf(cells);
    }

    public Cell cell(Column column) {
        return cells.get(column.index());
    }
}

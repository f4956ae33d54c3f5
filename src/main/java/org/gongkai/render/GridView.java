package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.PerformanceForm;

/**
 * A performance grid as an HTML table: the tree columns (一级/二级指标) merged over the rows that
 * repeat them, as on the printed form.
 */
public record GridView(PerformanceForm.Grid grid, List<List<Cell>> rows) {

    /** A cell to draw; {@code rowspan} 1 for an ordinary cell. {@code tree} cells are row headers. */
    public record Cell(String text, int rowspan, boolean tree) {
        public String rowspanAttr() {
            return rowspan > 1 ? String.valueOf(rowspan) : null;
        }
    }

    public static GridView of(PerformanceForm.Grid grid) {
        List<List<String>> rows = grid.rows();
        List<List<Cell>> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<Cell> cells = new ArrayList<>();
            for (int j = 0; j < rows.get(i).size(); j++) {
                String text = rows.get(i).get(j);
                if (j < grid.groups() && !text.isEmpty()) {
                    if (i > 0 && samePrefix(rows.get(i - 1), rows.get(i), j)) {
                        continue;
                    }
                    int span = 1;
                    while (i + span < rows.size() && samePrefix(rows.get(i), rows.get(i + span), j)) {
                        span++;
                    }
                    cells.add(new Cell(text, span, true));
                } else {
                    cells.add(new Cell(text, 1, j < grid.groups()));
                }
            }
            out.add(cells);
        }
        return new GridView(grid, out);
    }

    /**
     * The name of a grid's scroll region, unique on the page: the form it belongs to, the grid's
     * title, and its ordinal when the form repeats that title (screen readers list regions by name).
     */
    public static String regionLabel(PerformanceForm form, PerformanceForm.Grid grid) {
        String formName = !form.title().isEmpty() ? form.title() : form.kind().label();
        if (!form.project().isEmpty() && !formName.contains(form.project())) {
            formName += "（" + form.project() + "）";
        }
        String title = grid.title().isEmpty() ? "表格" : grid.title();
        int same = 0;
        int ordinal = 0;
        for (PerformanceForm.Block b : form.blocks()) {
            if (b instanceof PerformanceForm.Grid g && g.title().equals(grid.title())) {
                same++;
                if (g == grid) {
                    ordinal = same;
                }
            }
        }
        String number = form.number().isEmpty() ? "" : form.number() + " ";
        return number + formName + "：" + title + (same > 1 ? "（" + ordinal + "）" : "") + "（可横向滚动）";
    }

    /** Rows a and b agree on the tree columns 0..j. */
    private static boolean samePrefix(List<String> a, List<String> b, int j) {
        for (int k = 0; k <= j; k++) {
            if (!a.get(k).equals(b.get(k))) {
                return false;
            }
        }
        return true;
    }
}

package org.gongkai.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.FormSet;

/**
 * Every table of a workbook, read against one form set, with what was read from each sheet.
 * Problems of all sheets are collected; a workbook with any problem yields no tables.
 */
public record WorkbookImport(List<ImportedTable> tables, List<String> report, List<ImportException> problems) {

    public WorkbookImport {
        tables = List.copyOf(tables);
        report = List.copyOf(report);
        problems = List.copyOf(problems);
    }

    public static WorkbookImport read(Path workbook, FormSet set) throws IOException {
        List<Grid> grids;
        try {
            grids = WorkbookReader.read(workbook);
        } catch (ImportException e) {
            return new WorkbookImport(List.of(), List.of(), List.of(e));
        }
        return read(grids, set);
    }

    static WorkbookImport read(List<Grid> grids, FormSet set) {
        List<ImportedTable> tables = new ArrayList<>();
        List<String> report = new ArrayList<>();
        List<ImportException> problems = new ArrayList<>();
        for (Grid grid : grids) {
            if (isEmpty(grid)) {
                report.add("工作表“" + grid.name() + "”：空白，跳过");
                continue;
            }
            try {
                for (ImportedTable t : SheetReader.read(grid, set)) {
                    tables.add(t);
                    report.add("工作表“" + grid.name() + "”：" + (t.number().isEmpty() ? "" : t.number() + " ") + t.title()
                            + " → 表样 " + t.form().id() + "（" + t.form().name() + "），" + t.rows().size() + " 行，"
                            + t.cellCount() + " 个单元格");
                }
            } catch (ImportException e) {
                problems.add(e);
            }
        }
        return problems.isEmpty() ? new WorkbookImport(tables, report, problems) : new WorkbookImport(List.of(), report, problems);
    }

    /** Titles seen in the workbook, to choose a form set when none is given (0 when unreadable). */
    static int titlesMatched(List<Grid> grids, FormSet set) {
        int n = 0;
        for (Grid g : grids) {
            for (int r = 0; r < g.rows(); r++) {
                for (int c = 0; c < g.columns(); c++) {
                    if (Titles.isTitle(g.own(r, c), set)) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static boolean isEmpty(Grid grid) {
        for (int r = 0; r < grid.rows(); r++) {
            if (!grid.blankRow(r)) {
                return false;
            }
        }
        return true;
    }
}

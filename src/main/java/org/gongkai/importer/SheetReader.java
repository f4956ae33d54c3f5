package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.FormSet;

/** Finds every table on a sheet by its title, top to bottom; several tables may share a sheet. */
final class SheetReader {

    private SheetReader() {
    }

    static List<ImportedTable> read(Grid grid, FormSet set) throws ImportException {
        TableReader reader = new TableReader(grid, set);
        List<ImportedTable> tables = new ArrayList<>();
        int floor = 0;
        int r = 0;
        while (r < grid.rows()) {
            int[] title = title(grid, set, r);
            if (title == null) {
                r++;
                continue;
            }
            TableReader.Result result = reader.read(floor, r, title[0],
                    Titles.candidates(grid.own(r, title[0]), set));
            tables.add(result.table());
            floor = result.end();
            r = Math.max(result.end(), r + 1);
        }
        if (tables.isEmpty()) {
            throw unknown(grid, set);
        }
        return tables;
    }

    /** The title cell of row r: the row holds at most three texts and one names a form of the set. */
    private static int[] title(Grid grid, FormSet set, int r) throws ImportException {
        int filled = 0;
        int found = -1;
        int unknown = -1;
        for (int c = 0; c < grid.columns(); c++) {
            String t = grid.own(r, c);
            if (t.isEmpty()) {
                continue;
            }
            filled++;
            if (found < 0 && !Titles.candidates(t, set).isEmpty()) {
                found = c;
            } else if (looksLikeTitle(t)) {
                unknown = c;
            }
        }
        if (filled > 3) {
            return null;
        }
        if (found >= 0) {
            return new int[] {found};
        }
        if (unknown >= 0 && filled == 1) {
            throw new ImportException(grid.at(r, unknown), "表题“" + grid.own(r, unknown) + "”不是表样集“" + set.id()
                    + "”中的表；可用的表：" + String.join("、", set.forms().stream().map(f -> f.name()).toList()));
        }
        return null;
    }

    /** A short text ending in 表 that is not a table number: how titles of the forms read. */
    private static boolean looksLikeTitle(String t) {
        String n = Text.norm(t);
        return n.endsWith("表") && n.length() >= 4 && n.length() <= 60 && !Text.isNumber(t) && !Text.isNote(t);
    }

    private static ImportException unknown(Grid grid, FormSet set) {
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                if (!grid.own(r, c).isEmpty()) {
                    return new ImportException(grid.at(r, c), "工作表中找不到表样集“" + set.id() + "”中任何一张表的表题（第一个文字是“"
                            + grid.own(r, c) + "”）");
                }
            }
        }
        return new ImportException(grid.at(), "工作表是空的");
    }
}

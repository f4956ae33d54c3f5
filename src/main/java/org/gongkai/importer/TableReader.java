package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Form;
import org.gongkai.model.FormSet;

/**
 * Reads one table from its title down: the number above or before the title (or the sheet's name), the 部门 and 单位 lines
 * wherever they stand above the body, the header (see {@link HeaderMatcher}), the body rows (blank
 * spacer rows skipped), then the texts below: a blank row drawn with borders is a row of the table, one without a spacer;
 * a text right under the body is the statement, one
 * starting 原文缺失： the note on missing parts, anything after a blank row or starting with 注 the notes.
 */
final class TableReader {

    /** The editorial prefix the Excel export writes before the note on missing parts. */
    static final String MISSING = "原文缺失：";
    private static final Pattern CODE = Pattern.compile("\\d{3}|\\d{5}|\\d{7}");
    private static final Pattern CODE_AND_NAME = Pattern.compile("(\\d{7}|\\d{5}|\\d{3})(?!\\d)[\\s\u3000]*(\\D.*)");
    private static final int HEADER_SEARCH = 10;

    record Result(ImportedTable table, int end) {
    }

    private final Grid grid;
    private final FormSet set;

    TableReader(Grid grid, FormSet set) {
        this.grid = grid;
        this.set = set;
    }

    Result read(int floor, int titleRow, int titleCol, List<Titles.Candidate> candidates) throws ImportException {
        String titleText = grid.own(titleRow, titleCol);
        String number = "";
        String title = titleText;
        Optional<String[]> split = Text.numberAndTitle(titleText);
        if (split.isPresent()) {
            number = split.get()[0];
            title = split.get()[1];
        } else {
            for (int r = floor; r <= titleRow; r++) {
                for (int c = 0; c < grid.columns(); c++) {
                    if ((r != titleRow || c != titleCol) && Text.isNumber(grid.own(r, c))) {
                        number = grid.own(r, c);
                    }
                }
            }
            if (number.isEmpty() && titleRow > floor && aloneAbove(titleRow - 1)) {
                number = grid.own(titleRow - 1, 0);
            }
            if (number.isEmpty() && Text.isNumber(grid.name())) {
                number = grid.name();
            }
        }
        ImportException failure = null;
        for (Titles.Candidate candidate : candidates) {
            Form form = candidate.form();
            int top = headerTop(form, titleRow);
            if (top < 0) {
                continue;
            }
            try {
                HeaderMatcher.Layout layout = HeaderMatcher.match(grid, form, top);
                if (number.isEmpty()) {
                    throw new ImportException(grid.at(titleRow, titleCol), "表题“" + titleText
                            + "”没有表号：在表题上一行或表题前写上原文表号（如“表1”），或把工作表命名为表号");
                }
                return body(form, layout, floor, top, number, title);
            } catch (ImportException e) {
                if (failure == null) {
                    failure = e;
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
        throw new ImportException(grid.at(titleRow, titleCol), "表题“" + titleText + "”下面找不到表样“"
                + candidates.get(0).form().name() + "”的表头");
    }

    /** A short text containing 表, alone in the first column of its row: the number over a title. */
    private boolean aloneAbove(int r) {
        String t = grid.own(r, 0);
        if (t.isEmpty() || t.length() > 40 || !t.contains("表")) {
            return false;
        }
        for (int c = 1; c < grid.columns(); c++) {
            if (!grid.own(r, c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private int headerTop(Form form, int titleRow) {
        for (int r = titleRow + 1; r < Math.min(grid.rows(), titleRow + 1 + HEADER_SEARCH); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                if (HeaderMatcher.isLabel(form, grid.shown(r, c))) {
                    return r;
                }
            }
        }
        return -1;
    }

    private Result body(Form form, HeaderMatcher.Layout layout, int floor, int top, String number, String title)
            throws ImportException {
        String department = "";
        String unit = "";
        for (int r = floor; r < layout.bodyStart(); r++) {
            for (int c = 0; c < grid.columns(); c++) {
                String t = grid.own(r, c);
                unit = Text.unit(t).orElse(unit);
                department = Text.department(t).orElse(department);
            }
        }
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int c : layout.columnOf()) {
            first = Math.min(first, c);
            last = Math.max(last, c);
        }
        List<List<String>> rows = new ArrayList<>();
        int r = layout.bodyStart();
        boolean blankSeen = false;
        for (; r < grid.rows(); r++) {
            if (blank(r, first, last) && !drawn(r, layout)) {
                blankSeen = true;
                continue;
            }
            if (startsTable(r) || textRow(r, first, last)) {
                break;
            }
            rows.add(row(form, layout, r));
            blankSeen = false;
        }
        String statement = "";
        String missing = "";
        List<String> notes = new ArrayList<>();
        for (; r < grid.rows(); r++) {
            if (grid.blankRow(r)) {
                blankSeen = true;
                continue;
            }
            if (startsTable(r) || !textRow(r, first, last)) {
                break;
            }
            String t = onlyText(r);
            if (t.startsWith(MISSING)) {
                missing = t.substring(MISSING.length()).strip();
            } else if (!blankSeen && statement.isEmpty() && notes.isEmpty() && !Text.norm(t).startsWith("注")) {
                statement = t;
            } else {
                notes.add(t);
            }
        }
        ImportedTable table = new ImportedTable(grid.name(), form, number, title, department, unit.isEmpty() ? "万元" : unit,
                rows, statement, missing, String.join("\n", notes));
        return new Result(table, r);
    }

    /** A blank row drawn with the table's borders is one of its rows; one without is a spacer. */
    private boolean drawn(int r, HeaderMatcher.Layout layout) {
        for (int c : layout.columnOf()) {
            if (grid.bordered(r, c)) {
                return true;
            }
        }
        return false;
    }

    private boolean blank(int r, int first, int last) {
        for (int c = first; c <= last; c++) {
            if (!grid.own(r, c).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A row that begins the next table: a title of the form set, or a table number alone. */
    boolean startsTable(int r) {
        int filled = 0;
        boolean title = false;
        boolean number = false;
        for (int c = 0; c < grid.columns(); c++) {
            String t = grid.own(r, c);
            if (!t.isEmpty()) {
                filled++;
                title |= Titles.isTitle(t, set);
                number |= Text.isNumber(t);
            }
        }
        return title && filled <= 3 || number && filled == 1;
    }

    /** One text alone in its row, across most of the table or worded as a note. */
    private boolean textRow(int r, int first, int last) {
        int filled = 0;
        int at = -1;
        for (int c = 0; c < grid.columns(); c++) {
            if (!grid.own(r, c).isEmpty()) {
                filled++;
                at = c;
            }
        }
        if (filled != 1) {
            return false;
        }
        int[] region = grid.region(r, at);
        int width = region == null ? 1 : region[2];
        int span = last - first + 1;
        return Text.isNote(grid.own(r, at)) || width >= Math.max(2, (span * 3 + 4) / 5);
    }

    private String onlyText(int r) {
        for (int c = 0; c < grid.columns(); c++) {
            if (!grid.own(r, c).isEmpty()) {
                return grid.own(r, c);
            }
        }
        return "";
    }

    private List<String> row(Form form, HeaderMatcher.Layout layout, int r) throws ImportException {
        List<Column> columns = form.columns();
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column col = columns.get(i);
            int c = layout.columnOf()[i];
            String text = grid.own(r, c);
            boolean codeInNext = col.role() == org.gongkai.model.Role.CODE && text.isEmpty() && i + 1 < columns.size()
                    && columns.get(i + 1).role() == org.gongkai.model.Role.NAME
                    && CODE_AND_NAME.matcher(grid.own(r, layout.columnOf()[i + 1])).matches();
            if (codeInNext) {
                text = grid.own(r, layout.columnOf()[i + 1]);
            }
            if (layout.codeInName()[i] || codeInNext || col.role() == org.gongkai.model.Role.CODE && mergedIntoNext(r, c, layout, i)) {
                String name = text;
                Matcher m = CODE_AND_NAME.matcher(name);
                if (m.matches()) {
                    cells.add(m.group(1));
                    cells.add(m.group(2).strip());
                } else {
                    cells.add("");
                    cells.add(name);
                }
                i++;
                continue;
            }
            cells.add(cell(col, text, r, c));
        }
        return cells;
    }

    /** A code cell merged with the name cell beside it ("合计" across both) holds the name. */
    private boolean mergedIntoNext(int r, int c, HeaderMatcher.Layout layout, int i) {
        int[] region = grid.region(r, c);
        return i + 1 < layout.columnOf().length && region != null && region[1] + region[2] - 1 >= layout.columnOf()[i + 1]
                && !CODE.matcher(grid.own(r, c)).matches();
    }

    private String cell(Column col, String text, int r, int c) throws ImportException {
        switch (col.role()) {
            case AMOUNT -> {
                Optional<Cell> cell = Cell.amount(text, null);
                if (cell.isEmpty()) {
                    throw new ImportException(grid.at(r, c), "“" + col.label() + "”列的“" + text
                            + "”不是金额：金额写数字（可带千分位逗号），空白留空，原文为横线写 -");
                }
                return cell.get().raw();
            }
            case CODE -> {
                if (!text.isEmpty() && !CODE.matcher(text).matches()) {
                    throw new ImportException(grid.at(r, c), "科目编码“" + text + "”应为 3、5 或 7 位数字");
                }
                return text;
            }
            case LINE -> {
                if (!text.isEmpty() && !text.matches("\\d{1,3}")) {
                    throw new ImportException(grid.at(r, c), "行次“" + text + "”应为数字");
                }
                return text;
            }
            default -> {
                return text;
            }
        }
    }
}

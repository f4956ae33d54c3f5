package org.gongkai.render.excel;

import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Form;
import org.gongkai.model.HeaderNode;
import org.gongkai.model.Role;
import org.gongkai.model.Table;

/**
 * One table on one sheet, laid out like the printed form: the table number, the title across the
 * table, the 部门 line on the left and the 单位 line on the right, the header tree as merged cells,
 * the 栏次 row, one sheet row per published row, then the statement, the note on missing parts and
 * the notes. Amounts are numeric cells printed as published; a dash stays text, a blank stays empty.
 */
final class TableSheet {

    /** The prefix of the editorial note on parts missing from the original (as on the table page). */
    static final String MISSING = "原文缺失：";

    private final Sheet sheet;
    private final Styles styles;
    private Drawing<?> drawing;
    private final Table table;
    private final int width;
    private int next;

    private TableSheet(Sheet sheet, Styles styles, Table table) {
        this.sheet = sheet;
        this.styles = styles;
        this.table = table;
        this.width = Math.max(1, table.form().columns().size());
    }

    static void write(Sheet sheet, Styles styles, Table table) {
        new TableSheet(sheet, styles, table).write();
    }

    private void write() {
        if (!table.number().isEmpty()) {
            text(row(next++), 0, table.number(), styles.meta(HorizontalAlignment.LEFT, false));
        }
        Row title = row(next);
        title.setHeightInPoints(24);
        band(next++, table.title(), styles.title());
        Row meta = row(next++);
        if (!table.department().isEmpty()) {
            text(meta, 0, "部门：" + table.department(), styles.meta(HorizontalAlignment.LEFT, false));
        }
        text(meta, Math.max(1, width - 1), "单位：" + table.unit(), styles.meta(HorizontalAlignment.RIGHT, false));
        header(table.form());
        int bodyStart = next;
        for (org.gongkai.model.Row r : table.rows()) {
            body(row(next++), r);
        }
        sheet.createFreezePane(0, bodyStart);
        if (!table.statement().isEmpty()) {
            paragraph(next++, table.statement());
        }
        if (!table.missing().isEmpty()) {
            paragraph(next++, MISSING + table.missing());
        }
        if (!table.notes().isEmpty()) {
            next++;
            paragraph(next++, table.notes());
        }
        widths();
        PrintSetup print = sheet.getPrintSetup();
        print.setLandscape(width > 6);
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    private void header(Form form) {
        int depth = form.headerDepth();
        int top = next;
        for (int i = 0; i < depth; i++) {
            Row r = row(top + i);
            for (int c = 0; c < width; c++) {
                r.createCell(c).setCellStyle(styles.header());
            }
        }
        int[] column = {0};
        for (HeaderNode node : form.header()) {
            place(node, top, 0, depth, column);
        }
        next = top + depth;
        if (form.hasColumnNumbers()) {
            Row r = row(next++);
            for (Column c : form.columns()) {
                String text = !c.col().isEmpty() ? c.col() : firstTextColumn(form, c) ? "栏次" : "";
                text(r, c.index(), text, styles.header());
            }
        }
    }

    private void place(HeaderNode node, int top, int level, int depth, int[] column) {
        int first = column[0];
        if (node.isLeaf()) {
            int last = top + depth - 1;
            sheet.getRow(top + level).getCell(first).setCellValue(node.label());
            if (last > top + level) {
                sheet.addMergedRegion(new CellRangeAddress(top + level, last, first, first));
            }
            column[0]++;
            return;
        }
        sheet.getRow(top + level).getCell(first).setCellValue(node.label());
        if (node.width() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(top + level, top + level, first, first + node.width() - 1));
        }
        for (HeaderNode child : node.children()) {
            place(child, top, level + 1, depth, column);
        }
    }

    /** As on the table page: the 栏次 label goes in a panel's first code or name column. */
    private static boolean firstTextColumn(Form form, Column c) {
        return (c.role() == Role.NAME || c.role() == Role.CODE) && form.panel(c.panel()).stream()
                .filter(x -> x.role() == Role.NAME || x.role() == Role.CODE)
                .findFirst().map(x -> x.index() == c.index()).orElse(false);
    }

    /**
     * What the content says about a marked cell, as the cell's comment (a reader sees it on the
     * cell; an import reads values only): what was printed, and the restored figure's source or
     * what cannot be read.
     */
    private static String markNote(Cell cell) {
        return cell.isRestored()
                ? "恢复的数字：原文印作“" + cell.mark().printed() + "”，此处为 " + cell.raw() + "，依据：" + cell.mark().source()
                : "原文模糊或缺失：" + cell.mark().source();
    }

    private void body(Row r, org.gongkai.model.Row row) {
        for (Column c : table.form().columns()) {
            Cell cell = row.cell(c);
            org.apache.poi.ss.usermodel.Cell x = r.createCell(c.index());
            body(x, c, cell);
            if (cell.isMarked()) {
                x.setCellStyle(styles.marked(x.getCellStyle()));
                comment(x, markNote(cell));
            }
        }
    }

    private void body(org.apache.poi.ss.usermodel.Cell x, Column c, Cell cell) {
        if (c.role() == Role.AMOUNT && cell.isAmount()) {
            x.setCellValue(cell.value().doubleValue());
            x.setCellStyle(styles.amount(NumberFormats.of(cell.raw())));
        } else if (c.role() == Role.AMOUNT) {
            x.setCellStyle(styles.amountText());
            if (!cell.isBlank()) {
                x.setCellValue(cell.raw());
            }
        } else {
            x.setCellStyle(styles.text(FormulaText.looksLikeFormula(cell.raw())));
            if (!cell.isBlank()) {
                x.setCellValue(cell.raw());
            }
        }
    }

    private void comment(org.apache.poi.ss.usermodel.Cell x, String text) {
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        CreationHelper helper = sheet.getWorkbook().getCreationHelper();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(x.getColumnIndex() + 1);
        anchor.setCol2(x.getColumnIndex() + 4);
        anchor.setRow1(x.getRowIndex());
        anchor.setRow2(x.getRowIndex() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        comment.setAuthor("Gongkai");
        x.setCellComment(comment);
    }

    /** A text across the whole table, as tall as its lines. */
    private void paragraph(int index, String text) {
        Row r = row(index);
        band(index, text, styles.meta(HorizontalAlignment.LEFT, true));
        long lines = text.lines().count();
        r.setHeightInPoints(Math.max(1, lines) * 14f + 4f);
    }

    private void band(int index, String text, CellStyle style) {
        text(row(index), 0, text, style);
        if (width > 1) {
            sheet.addMergedRegion(new CellRangeAddress(index, index, 0, width - 1));
        }
    }

    private void widths() {
        List<Column> columns = table.form().columns();
        for (Column c : columns) {
            int chars = Math.max(6, Math.min(40, displayWidth(c.label()) + 2));
            for (org.gongkai.model.Row r : table.rows()) {
                chars = Math.max(chars, Math.min(40, displayWidth(r.cell(c).raw()) + 2));
            }
            sheet.setColumnWidth(c.index(), chars * 256);
        }
    }

    /** Columns a text takes in a fixed-width font: CJK and full-width characters count two. */
    private static int displayWidth(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += s.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return n;
    }

    private Row row(int index) {
        Row r = sheet.getRow(index);
        return r != null ? r : sheet.createRow(index);
    }

    private static void text(Row r, int column, String text, CellStyle style) {
        org.apache.poi.ss.usermodel.Cell x = r.getCell(column);
        if (x == null) {
            x = r.createCell(column);
        }
        x.setCellValue(text);
        x.setCellStyle(style);
    }
}

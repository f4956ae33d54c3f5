package org.gongkai.render.excel;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of one workbook, made once each: title, meta line, header, body text and amounts. */
final class Styles {

    private static final String FONT = "宋体";

    private final Workbook wb;
    private final Font plain;
    private final Font bold;
    private final Map<String, CellStyle> cache = new HashMap<>();

    Styles(Workbook wb) {
        this.wb = wb;
        this.plain = font(false, 10);
        this.bold = font(true, 10);
    }

    CellStyle title() {
        return cache.computeIfAbsent("title", k -> {
            CellStyle s = wb.createCellStyle();
            s.setFont(font(true, 14));
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            return s;
        });
    }

    /** The number line, 部门 and 单位 lines, and notes: plain, no border. */
    CellStyle meta(HorizontalAlignment align, boolean wrap) {
        return cache.computeIfAbsent("meta-" + align + wrap, k -> {
            CellStyle s = wb.createCellStyle();
            s.setFont(plain);
            s.setAlignment(align);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(wrap);
            return s;
        });
    }

    CellStyle header() {
        return cache.computeIfAbsent("header", k -> {
            CellStyle s = bordered(bold);
            s.setAlignment(HorizontalAlignment.CENTER);
            s.setWrapText(true);
            return s;
        });
    }

    /**
     * Body text. A text that a spreadsheet would take for a formula if retyped (=, +, -, @ …) also
     * gets the quote prefix; it is a string cell either way and never evaluated.
     */
    CellStyle text(boolean formulaLike) {
        return cache.computeIfAbsent("text-" + formulaLike, k -> {
            CellStyle s = bordered(plain);
            s.setDataFormat(wb.createDataFormat().getFormat("@"));
            s.setQuotePrefixed(formulaLike);
            s.setWrapText(true);
            return s;
        });
    }

    /** An amount column's cell: right-aligned, printed with {@code format}. */
    CellStyle amount(String format) {
        return cache.computeIfAbsent("amount-" + format, k -> {
            CellStyle s = bordered(plain);
            s.setAlignment(HorizontalAlignment.RIGHT);
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            return s;
        });
    }

    /** A printed dash or a blank amount: text, right-aligned like the amounts around it. */
    CellStyle amountText() {
        return cache.computeIfAbsent("amount-text", k -> {
            CellStyle s = bordered(plain);
            s.setAlignment(HorizontalAlignment.RIGHT);
            s.setDataFormat(wb.createDataFormat().getFormat("@"));
            return s;
        });
    }

    /** {@code base} shaded, for a cell the content marks (restored, illegible), as the page shades it. */
    CellStyle marked(CellStyle base) {
        return cache.computeIfAbsent("marked-" + base.getIndex(), k -> {
            CellStyle s = wb.createCellStyle();
            s.cloneStyleFrom(base);
            s.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return s;
        });
    }

    private CellStyle bordered(Font f) {
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        return s;
    }

    private Font font(boolean isBold, int points) {
        Font f = wb.createFont();
        f.setFontName(FONT);
        f.setFontHeightInPoints((short) points);
        f.setBold(isBold);
        return f;
    }
}

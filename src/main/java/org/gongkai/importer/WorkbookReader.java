package org.gongkai.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.IOUtils;

/**
 * Opens an .xlsx or .xls workbook (Apache POI reads both) and turns each sheet into a {@link Grid}.
 * A workbook is untrusted input: the file size, the inflate ratio and size of each zip entry (zip
 * bombs), the largest byte array POI may allocate, and each sheet's rows, columns and merged regions
 * are bounded, and each limit has its own message.
 */
final class WorkbookReader {

    static final long MAX_FILE_BYTES = 50L * 1024 * 1024;
    static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;
    static final int MAX_ROWS = 20_000;
    static final int MAX_COLUMNS = 256;
    static final int MAX_MERGED = 20_000;

    static {
        // Below this compressed/uncompressed ratio an entry is taken for a zip bomb (POI's check).
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        IOUtils.setByteArrayMaxOverride((int) MAX_ENTRY_BYTES);
    }

    private WorkbookReader() {
    }

    static List<Grid> read(Path file) throws ImportException, IOException {
        String book = file.getFileName().toString();
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new ImportException(book, "工作簿过大（" + size + " 字节），上限为 " + MAX_FILE_BYTES / 1024 / 1024 + " MB");
        }
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            List<Grid> grids = new ArrayList<>();
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            for (Sheet sheet : wb) {
                grids.add(grid(book, sheet, formatter));
            }
            return grids;
        } catch (EncryptedDocumentException e) {
            throw new ImportException(book, "工作簿有密码保护，无法读取；请另存为不加密的工作簿");
        } catch (IllegalStateException | IOException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new ImportException(book, reason(e));
        } catch (org.apache.poi.util.RecordFormatException | IllegalArgumentException e) {
            throw new ImportException(book, "工作簿已损坏或不是 Excel 文件（" + e.getClass().getSimpleName() + "）");
        }
    }

    /** POI says "Zip bomb detected" or "exceeds the max" for the guarded limits; anything else is not a workbook. */
    private static String reason(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Zip bomb") || m.contains("zip bomb")) {
            return "工作簿中的压缩内容解压后异常膨胀（疑似 ZIP 炸弹），拒绝读取";
        }
        if (m.contains("exceeds the max") || m.contains("max length") || m.contains("maximum")) {
            return "工作簿中的一项内容过大（解压后超过 " + MAX_ENTRY_BYTES / 1024 / 1024 + " MB），拒绝读取";
        }
        return "无法读取工作簿：不是 .xlsx 或 .xls 文件，或文件已损坏";
    }

    private static Grid grid(String book, Sheet sheet, DataFormatter formatter) throws ImportException {
        String at = book + "!" + sheet.getSheetName();
        int rows = sheet.getLastRowNum() + 1;
        if (rows > MAX_ROWS) {
            throw new ImportException(at, "工作表有 " + rows + " 行，超过上限 " + MAX_ROWS + " 行");
        }
        int columns = 0;
        for (Row row : sheet) {
            columns = Math.max(columns, row.getLastCellNum());
        }
        if (columns > MAX_COLUMNS) {
            throw new ImportException(at, "工作表有 " + columns + " 列，超过上限 " + MAX_COLUMNS + " 列");
        }
        if (sheet.getNumMergedRegions() > MAX_MERGED) {
            throw new ImportException(at, "工作表有 " + sheet.getNumMergedRegions() + " 个合并区域，超过上限 " + MAX_MERGED + " 个");
        }
        String[][] text = new String[Math.max(0, rows)][Math.max(0, columns)];
        boolean[][] bordered = new boolean[Math.max(0, rows)][Math.max(0, columns)];
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getColumnIndex() < columns) {
                    text[row.getRowNum()][cell.getColumnIndex()] = text(cell, formatter);
                    bordered[row.getRowNum()][cell.getColumnIndex()] = bordered(cell.getCellStyle());
                }
            }
        }
        int[][][] merged = new int[rows][columns][];
        for (CellRangeAddress m : sheet.getMergedRegions()) {
            int width = m.getLastColumn() - m.getFirstColumn() + 1;
            for (int r = m.getFirstRow(); r <= Math.min(m.getLastRow(), rows - 1); r++) {
                for (int c = m.getFirstColumn(); c <= Math.min(m.getLastColumn(), columns - 1); c++) {
                    merged[r][c] = new int[] {m.getFirstRow(), m.getFirstColumn(), width};
                }
            }
        }
        return new Grid(book, sheet.getSheetName(), text, merged, bordered);
    }

    private static boolean bordered(org.apache.poi.ss.usermodel.CellStyle style) {
        return style.getBorderBottom() != BorderStyle.NONE || style.getBorderTop() != BorderStyle.NONE
                || style.getBorderLeft() != BorderStyle.NONE || style.getBorderRight() != BorderStyle.NONE;
    }

    /**
     * What the cell shows: a number as its number format prints it (the published text, e.g.
     * 2,484.74), a formula's last computed value (formulas are never evaluated here), text as written.
     */
    static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> number(formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString()));
            case STRING -> cell.getRichStringCellValue().getString().strip();
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> "#错误";
            default -> "";
        };
    }

    /** Accounting formats pad with spaces, add a currency sign or put negatives in parentheses. */
    private static String number(String shown) {
        String t = shown.strip().replace("¥", "").replace("￥", "").strip();
        if (t.startsWith("(") && t.endsWith(")")) {
            t = "-" + t.substring(1, t.length() - 1).strip();
        }
        return t;
    }
}

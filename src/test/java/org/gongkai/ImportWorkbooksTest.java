package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.diag.Diagnostics;
import org.gongkai.load.ContentReader;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Row;
import org.gongkai.model.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks made by hand in the layouts departments send (merged headers, line breaks in labels,
 * spacer rows, amounts as text, codes and names in one cell, several tables on one sheet, the old
 * .xls), and one workbook per kind of mistake: each mistake is reported at its sheet and cell, and
 * the target file is left as it was.
 */
class ImportWorkbooksTest {

    /** The fixture's form set with a second form, so that a sheet can hold two different tables. */
    static final String FORMS = Fixture.FORMS + """
              - id: income
                name: 收入决算表
                columns:
                  - { label: 科目编码, role: code, scheme: functional }
                  - { label: 科目名称, role: name }
                  - { label: 本年收入合计, col: "1" }
                  - { label: 财政拨款收入, col: "2" }
                  - { label: 其他收入, col: "3" }
            """;

    @TempDir
    Path tmp;
    Fixture fx;
    Path target;
    String original;

    @BeforeEach
    void setUp() throws IOException {
        fx = new Fixture(tmp);
        fx.write("forms/test-final.yaml", FORMS);
        target = fx.content.resolve("testdept/2021-final.yaml");
        original = Files.readString(target);
    }

    /** A sheet being filled in: text or numbers by row and column, merges, bordered cells. */
    static final class Book {
        final Workbook wb;
        final Sheet sheet;
        final CellStyle border;

        Book(Workbook wb, String sheetName) {
            this.wb = wb;
            this.sheet = wb.createSheet(sheetName);
            this.border = wb.createCellStyle();
            border.setBorderBottom(BorderStyle.THIN);
            border.setBorderTop(BorderStyle.THIN);
        }

        Book put(int r, int c, Object v) {
            var row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            var cell = row.createCell(c);
            if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue((String) v);
            }
            return this;
        }

        Book row(int r, Object... values) {
            for (int c = 0; c < values.length; c++) {
                if (values[c] != null) {
                    put(r, c, values[c]);
                }
            }
            return this;
        }

        Book format(int r, int c, String format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            sheet.getRow(r).getCell(c).setCellStyle(s);
            return this;
        }

        Book merge(String range) {
            sheet.addMergedRegion(CellRangeAddress.valueOf(range));
            return this;
        }

        Path save(Path file) throws IOException {
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.close();
            return file;
        }
    }

    /** The expense table as a department types it: two-row merged header, 栏次, a spacer row, amounts as text. */
    static Book expense(Workbook wb, String sheetName) {
        Book b = new Book(wb, sheetName);
        b.row(0, "表3").row(1, "2021年度支出决算表").merge("A2:E2");
        b.row(2, "编制单位：测试区大数据中心", null, null, null, "金额单位：万元");
        b.row(3, "项目", null, "本年支出合计", "基本支出", "项目支出").merge("A4:B4").merge("C4:C5").merge("D4:D5").merge("E4:E5");
        b.row(4, "科目编码", "科目\n名称");
        b.row(5, "栏次", null, "1", "2", "3");
        b.row(6, "", "合计", "2,812.11", 1.1, "-").format(6, 3, "0.00");
        b.row(8, 201, "一般公共服务支出", 2812.11, 0, "").format(8, 3, "0.00");
        b.row(9, "注：本表反映部门本年度的支出。");
        return b;
    }

    private Fixture.Run importInto(Path book) {
        return fx.run("import", book.toString(), "--into", target.toString());
    }

    private Disclosure loaded() {
        Diagnostics d = new Diagnostics();
        var portal = new ContentReader(fx.content, d).read().orElseThrow().portal();
        assertFalse(d.hasErrors(), d.sorted().toString());
        return portal.disclosures().get(0);
    }

    private static List<List<String>> cells(Table t) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : t.rows()) {
            out.add(r.cells().stream().map(c -> c.raw()).toList());
        }
        return out;
    }

    @Test
    void mergedHeadersSpacerRowsAndAmountsAsText() throws IOException {
        Path book = expense(new XSSFWorkbook(), "支出").save(tmp.resolve("dept.xlsx"));
        Fixture.Run run = importInto(book);
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("工作表“支出”：表3 2021年度支出决算表 → 表样 expense（支出决算表），2 行，10 个单元格"), run.out());
        Table t = loaded().tables().findFirst().orElseThrow();
        assertEquals(List.of("表3", "2021年度支出决算表", "测试区大数据中心", "万元", "注：本表反映部门本年度的支出。"),
                List.of(t.number(), t.title(), t.department(), t.unit(), t.notes()));
        assertEquals(List.of(List.of("", "合计", "2,812.11", "1.10", "-"), List.of("201", "一般公共服务支出", "2812.11", "0.00", "")),
                cells(t));
        String now = Files.readString(target);
        assertTrue(now.startsWith(original.substring(0, original.indexOf("      - form: expense"))), "text before the tables kept");
        assertTrue(now.endsWith(original.substring(original.indexOf("  - type: glossary"))), "text after the tables kept");
    }

    @Test
    void anOldXlsWithTwoTablesOnOneSheetAndCodesInTheNameCell() throws IOException {
        Book b = expense(new HSSFWorkbook(), "决算表");
        b.row(11, "表4").row(12, "2021年度收入决算表");
        // Unit in 元, and column C left empty between the names and the amounts (a spacer column).
        b.row(13, null, null, null, null, null, "单位：元");
        b.row(14, "科目编码", "科目名称", null, "本年收入合计", "财政拨款收入", "其他收入");
        b.row(15, "合计", null, null, "100.00", "100.00", "").merge("A16:B16");
        b.row(16, "", "201 一般公共服务支出", null, "100.00", "100.00", "");
        b.row(17, "", "2010350事业运行", null, "100.00", "100.00", "");
        Path book = b.save(tmp.resolve("dept.xls"));
        Fixture.Run run = importInto(book);
        assertEquals(0, run.exit(), run.err());
        List<Table> tables = loaded().tables().toList();
        assertEquals(List.of("expense", "income"), tables.stream().map(t -> t.form().id()).toList());
        assertEquals(List.of(List.of("", "合计", "100.00", "100.00", ""), List.of("201", "一般公共服务支出", "100.00", "100.00", ""),
                List.of("2010350", "事业运行", "100.00", "100.00", "")), cells(tables.get(1)));
        assertEquals("表4", tables.get(1).number());
        assertEquals("元", tables.get(1).unit());
    }

    @Test
    void aNewFileGetsASkeletonAndTheDepartmentIsKept() throws IOException {
        Path book = expense(new XSSFWorkbook(), "支出").save(tmp.resolve("dept.xlsx"));
        Path fresh = fx.content.resolve("testdept/2022-final.yaml");
        Fixture.Run run = fx.run("import", book.toString(), "--into", fresh.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("（新文件）"), run.out());
        String text = Files.readString(fresh);
        assertTrue(text.startsWith("year: 2022\nkind: 决算\n"), text);
        assertTrue(text.contains("  - type: narrative\n") && text.contains("【未填写】"), "the skeleton of new around the tables");
        assertTrue(text.contains("      - form: expense\n        number: \"表3\"\n"), text);
        assertFalse(text.contains("      - form: income\n"), "only the imported tables");
        assertEquals(2, new ContentReader(fx.content, new Diagnostics()).read().orElseThrow().portal().disclosures().size());
    }

    @Test
    void aNewDepartmentWithoutFormsGetsTheSetTheTitlesAndHeadersMatch() throws IOException {
        Path book = expense(new XSSFWorkbook(), "支出").save(tmp.resolve("dept.xlsx"));
        Path fresh = fx.content.resolve("otherdept/2021-final.yaml");
        Fixture.Run run = fx.run("import", book.toString(), "--into", fresh.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("表样集：test-final（按表题识别）\n"), run.out());
        assertTrue(run.out().contains("已新建 " + fx.content.resolve("otherdept/department.yaml")), run.out());
        assertEquals("name: \"测试区大数据中心\"\n", Files.readString(fx.content.resolve("otherdept/department.yaml")));
        assertTrue(Files.readString(fresh).contains("forms: test-final\n"));
    }

    private void assertRefused(Path book, String expected) throws IOException {
        Fixture.Run run = importInto(book);
        assertEquals(1, run.exit(), run.out() + run.err());
        assertEquals(expected, run.err().lines().findFirst().orElse(""));
        assertTrue(run.err().contains("未写入任何文件"), run.err());
        assertEquals(original, Files.readString(target), "target unchanged");
    }

    @Test
    void anUnknownTable() throws IOException {
        Book b = new Book(new XSSFWorkbook(), "Sheet1");
        b.row(0, "2021年度资产负债表").row(1, "项目", "年初数", "年末数").row(2, "资产", 1, 2);
        assertRefused(b.save(tmp.resolve("book.xlsx")),
                "book.xlsx!Sheet1!A1: 错误：表题“2021年度资产负债表”不是表样集“test-final”中的表；可用的表：支出决算表、收入决算表");
    }

    @Test
    void aHeaderTheFormDoesNotHave() throws IOException {
        Book b = expense(new XSSFWorkbook(), "Sheet1");
        b.put(3, 3, "经济分类");
        assertRefused(b.save(tmp.resolve("book.xlsx")),
                "book.xlsx!Sheet1!D4: 错误：表头“经济分类”不是表样“支出决算表”的列；这里应为“基本支出”");
    }

    @Test
    void aNonNumberInAnAmountCell() throws IOException {
        Book b = expense(new XSSFWorkbook(), "Sheet1");
        b.put(8, 2, "12a.5");
        assertRefused(b.save(tmp.resolve("book.xlsx")),
                "book.xlsx!Sheet1!C9: 错误：“本年支出合计”列的“12a.5”不是金额：金额写数字（可带千分位逗号），空白留空，原文为横线写 -");
    }

    @Test
    void aSheetCutShort() throws IOException {
        Book b = new Book(new XSSFWorkbook(), "Sheet1");
        b.row(0, "2021年度支出决算表").row(1, "科目编码", "科目名称", "本年支出合计").row(2, "201", "一般公共服务支出", "1.00");
        assertRefused(b.save(tmp.resolve("book.xlsx")),
                "book.xlsx!Sheet1!D2: 错误：表头在此中断：缺少表样“支出决算表”的“基本支出”等 2 列");
    }

    @Test
    void aTableWithoutNumber() throws IOException {
        Book b = expense(new XSSFWorkbook(), "Sheet1");
        b.put(0, 0, "");
        assertRefused(b.save(tmp.resolve("book.xlsx")),
                "book.xlsx!Sheet1!A2: 错误：表题“2021年度支出决算表”没有表号：在表题上一行或表题前写上原文表号（如“表1”），或把工作表命名为表号");
    }

    @Test
    void aHugeSheet() throws IOException {
        Book b = expense(new XSSFWorkbook(), "Sheet1");
        b.put(20_000, 0, "x");
        assertRefused(b.save(tmp.resolve("book.xlsx")), "book.xlsx!Sheet1: 错误：工作表有 20001 行，超过上限 20000 行");
    }

    @Test
    void aZipBomb() throws IOException {
        byte[] normal;
        try (Workbook wb = expense(new XSSFWorkbook(), "Sheet1").wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            normal = out.toByteArray();
        }
        // The same workbook with one more part: 60 MB of spaces, which deflate to almost nothing.
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(normal)); ZipOutputStream out = new ZipOutputStream(bomb)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
            }
            out.putNextEntry(new ZipEntry("xl/padding.xml"));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 60; i++) {
                out.write(spaces);
            }
        }
        Path book = Files.write(tmp.resolve("book.xlsx"), bomb.toByteArray());
        assertRefused(book, "book.xlsx: 错误：工作簿中的压缩内容解压后异常膨胀（疑似 ZIP 炸弹），拒绝读取");
    }

    @Test
    void notAWorkbook() throws IOException {
        Path book = Files.writeString(tmp.resolve("book.xlsx"), "year: 2021\n");
        assertRefused(book, "book.xlsx: 错误：无法读取工作簿：不是 .xlsx 或 .xls 文件，或文件已损坏");
    }

    @Test
    void usageErrors() throws IOException {
        Path book = expense(new XSSFWorkbook(), "支出").save(tmp.resolve("dept.xlsx"));
        Fixture.Run wrongName = fx.run("import", book.toString(), "--into", fx.content.resolve("testdept/tables.yaml").toString());
        assertEquals(2, wrongName.exit());
        assertTrue(wrongName.err().startsWith("错误：--into 应为 content/<部门>/<年度>-budget.yaml 或 <年度>-final.yaml"), wrongName.err());
        Fixture.Run unknownSet = fx.run("import", book.toString(), "--into", target.toString(), "--forms", "nope");
        assertEquals(2, unknownSet.exit());
        assertTrue(unknownSet.err().startsWith("错误：找不到表样集“nope”；可用："), unknownSet.err());
        assertEquals(original, Files.readString(target));
    }
}

package org.gongkai.render.excel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.diag.Position;
import org.gongkai.model.Column;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Form;
import org.gongkai.model.FormSet;
import org.gongkai.model.HeaderNode;
import org.gongkai.model.Kind;
import org.gongkai.model.Part;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Scheme;
import org.gongkai.model.Table;
import org.junit.jupiter.api.Test;

/** The Excel files: laid out like the form, amounts as printed numbers, no formulas, same bytes each time. */
class WorkbooksTest {

    private static final Position AT = Position.startOf("t.yaml");

    static Disclosure disclosure(List<List<String>> rows) {
        Column code = new Column(0, "科目编码", Role.CODE, Scheme.FUNCTIONAL, "", 0);
        Column name = new Column(1, "科目名称", Role.NAME, Scheme.OTHER, "", 0);
        Column total = new Column(2, "合计", Role.AMOUNT, Scheme.OTHER, "1", 0);
        Column basic = new Column(3, "基本支出", Role.AMOUNT, Scheme.OTHER, "2", 0);
        List<HeaderNode> header = List.of(
                new HeaderNode("项目", List.of(new HeaderNode("科目编码", List.of(), code), new HeaderNode("科目名称", List.of(), name)), null),
                new HeaderNode("本年支出", List.of(new HeaderNode("合计", List.of(), total), new HeaderNode("基本支出", List.of(), basic)), null));
        Form form = new Form("expense", "支出决算表", "", "", header, List.of(code, name, total, basic), 1, "", List.of());
        List<Row> body = new ArrayList<>();
        for (List<String> r : rows) {
            List<org.gongkai.model.Cell> cells = new ArrayList<>();
            cells.add(org.gongkai.model.Cell.text(r.get(0), AT));
            cells.add(org.gongkai.model.Cell.text(r.get(1), AT));
            cells.add(org.gongkai.model.Cell.amount(r.get(2), AT).orElseThrow());
            cells.add(org.gongkai.model.Cell.amount(r.get(3), AT).orElseThrow());
            body.add(new Row(cells, AT));
        }
        Table t = new Table("expense", form, "表3", "2021 年度支出决算表", "测试中心", "万元", body, "注：本表反映支出。\n\n第二段。",
                "", "", AT);
        FormSet set = new FormSet("s", "决算", "s", List.of(form), "", List.of(), List.of());
        return new Disclosure(new Department("d", "测试中心", "", "", ""), "2021", Kind.FINAL, "2021 年度决算", "2022-10-27",
                set, List.of(), List.of(new Part.TablesPart("第二部分", "tables", List.of(t))), List.of(), List.of(), java.util.Optional.empty(), "t.yaml");
    }

    private static final List<List<String>> ROWS = List.of(
            List.of("", "合计", "2,484.74", "0.00"),
            List.of("201", "=HYPERLINK(\"http://x\")", "07.24", "-"),
            List.of("20103", "+1", "1.10", ""),
            List.of("2010350", "-2", "35", "@SUM(A1)"));

    @Test
    void sameContentSameBytes() {
        Disclosure d = disclosure(List.of(List.of("", "合计", "2,484.74", "0.00")));
        assertArrayEquals(Workbooks.disclosure(d), Workbooks.disclosure(disclosure(List.of(List.of("", "合计", "2,484.74", "0.00")))));
        Table t = d.tables().findFirst().orElseThrow();
        assertArrayEquals(Workbooks.table(d, t), Workbooks.table(d, t));
    }

    @Test
    void laidOutLikeTheForm() throws IOException {
        Disclosure d = disclosure(ROWS.subList(0, 1));
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(Workbooks.disclosure(d)))) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("表3", wb.getSheetName(0));
            assertEquals("表3", s.getRow(0).getCell(0).getStringCellValue());
            assertEquals("2021 年度支出决算表", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals("部门：测试中心", s.getRow(2).getCell(0).getStringCellValue());
            assertEquals("单位：万元", s.getRow(2).getCell(3).getStringCellValue());
            assertEquals("项目", s.getRow(3).getCell(0).getStringCellValue());
            assertEquals("本年支出", s.getRow(3).getCell(2).getStringCellValue());
            assertEquals("科目名称", s.getRow(4).getCell(1).getStringCellValue());
            assertEquals("栏次", s.getRow(5).getCell(0).getStringCellValue());
            assertEquals("2", s.getRow(5).getCell(3).getStringCellValue());
            List<String> merged = s.getMergedRegions().stream().map(CellRangeAddress::formatAsString).sorted().toList();
            assertEquals(List.of("A2:D2", "A4:B4", "A9:D9", "C4:D4"), merged);
            Cell total = s.getRow(6).getCell(2);
            assertEquals(CellType.NUMERIC, total.getCellType());
            assertEquals(2484.74, total.getNumericCellValue());
            assertEquals("2,484.74", new DataFormatter(java.util.Locale.ROOT).formatCellValue(total));
            assertEquals("0.00", new DataFormatter(java.util.Locale.ROOT).formatCellValue(s.getRow(6).getCell(3)));
            assertNull(s.getRow(7));
            assertEquals("注：本表反映支出。\n\n第二段。", s.getRow(8).getCell(0).getStringCellValue());
        }
    }

    @Test
    void dashStaysTextBlankStaysEmptyAndFormulaTextStaysText() throws IOException {
        Disclosure d = disclosure(ROWS.stream().map(r -> r.size() == 4 && r.get(3).startsWith("@") ? List.of(r.get(0), r.get(3), r.get(2), "") : r).toList());
        byte[] bytes = Workbooks.disclosure(d);
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet s = wb.getSheetAt(0);
            DataFormatter f = new DataFormatter(java.util.Locale.ROOT);
            assertEquals("07.24", f.formatCellValue(s.getRow(7).getCell(2)));
            Cell dash = s.getRow(7).getCell(3);
            assertEquals(CellType.STRING, dash.getCellType());
            assertEquals("-", dash.getStringCellValue());
            Cell blank = s.getRow(8).getCell(3);
            assertTrue(blank == null || blank.getCellType() == CellType.BLANK);
            assertEquals("1.10", f.formatCellValue(s.getRow(8).getCell(2)));
            assertEquals("35", f.formatCellValue(s.getRow(9).getCell(2)));
            for (int r = 7; r <= 9; r++) {
                Cell name = s.getRow(r).getCell(1);
                assertEquals(CellType.STRING, name.getCellType());
                assertTrue(name.getCellStyle().getQuotePrefixed());
            }
            assertEquals("=HYPERLINK(\"http://x\")", s.getRow(7).getCell(1).getStringCellValue());
            assertEquals("@SUM(A1)", s.getRow(9).getCell(1).getStringCellValue());
        }
        // No formula anywhere in the package: string cells are never evaluated.
        for (String xml : entries(bytes)) {
            assertFalse(xml.contains("<f>") || xml.contains("<f "), "no formula element");
        }
    }

    @Test
    void fixedTimesInTheZip() throws IOException {
        byte[] bytes = Workbooks.table(disclosure(ROWS.subList(0, 1)), disclosure(ROWS.subList(0, 1)).tables().findFirst().orElseThrow());
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            List<String> names = new ArrayList<>();
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertEquals(java.time.LocalDateTime.of(2000, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
                assertNull(e.getExtra(), e.getName());
                if (e.getName().equals("docProps/core.xml")) {
                    String core = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    assertTrue(core.contains("2022-10-27T00:00:00Z"), core);
                }
            }
            assertEquals("[Content_Types].xml", names.get(0));
        }
    }

    @Test
    void numberFormatsPrintTheOriginal() {
        assertEquals("#,##0.00", NumberFormats.of("2,484.74"));
        assertEquals("0.00", NumberFormats.of("1.10"));
        assertEquals("00.00", NumberFormats.of("07.24"));
        assertEquals("0", NumberFormats.of("35"));
        assertEquals("#,##0", NumberFormats.of("-1,234"));
        assertEquals("#.0", NumberFormats.of(".5"));
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> out = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return out;
    }
}

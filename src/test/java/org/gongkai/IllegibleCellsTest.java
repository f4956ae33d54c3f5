package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cell the published document does not let one read (blurred, cut off, missing): transcribed as
 * far as it can be, marked with what is wrong, on the page, in CSV, JSON and Excel; an entry that
 * names no such cell is an error at its place.
 */
class IllegibleCellsTest {

    private static final String HEAD = """
            year: 2021
            kind: 决算
            title: 2021 年度测试区大数据中心部门决算公开
            published: 2022-10-27
            forms: test-final
            parts:
              - type: tables
                title: 第二部分 决算表
                tables:
                  - form: expense
                    number: 表3
                    title: 2021 年度支出决算表
                    rows:
                      - ["", 合计, "307.24", "307.24", ""]
                      - ["201", 一般公共服务支出, "307.24", "307.24", ""]
                    illegible:
            """;
    private static final String NOTE = "扫描件此格被印章遮住，无法辨认";

    @TempDir
    Path tmp;
    Fixture fx;

    @BeforeEach
    void fixture() throws IOException {
        fx = new Fixture(tmp);
    }

    private Fixture.Run build(String entry) throws IOException {
        fx.write("testdept/2021-final.yaml", HEAD + entry);
        return fx.build();
    }

    private static String entry(String row, String column, String printed) {
        return "          - { row: " + row + ", column: " + column + ", printed: \"" + printed + "\", note: " + NOTE + " }\n";
    }

    @Test
    void anIllegibleCellIsMarkedOnThePageAndInEveryDownload() throws IOException {
        Fixture.Run run = build(entry("2", "5", ""));
        assertEquals(0, run.exit(), run.err());

        Document page = Jsoup.parse(fx.page("testdept/2021-final/tables/expense.html"));
        Element cell = page.selectFirst("td.illegible");
        assertEquals("[1]", cell.text());
        assertEquals("原文模糊或缺失，见表下注 1", cell.selectFirst("sup.mark a").attr("aria-label"));
        Element note = page.selectFirst(".quality-notes");
        assertEquals("以下各格在原文中模糊不清或缺失，无法照录完整： [1] 第 2 行（一般公共服务支出）“项目支出”列：" + NOTE + "，此处留空",
                note.text());

        String csv = Files.readString(fx.out.resolve("data/testdept/2021-final/expense.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",项目支出/数据质量"), csv);
        assertTrue(csv.contains("201,一般公共服务支出,307.24,307.24,,illegible"), csv);

        JsonNode json = new ObjectMapper().readTree(fx.out.resolve("data/testdept/2021-final.json").toFile());
        JsonNode quality = json.at("/parts/0/tables/0/quality/0");
        assertEquals("illegible", quality.get("flag").asText());
        assertTrue(quality.get("value").isNull());
        assertEquals(NOTE, quality.get("source").asText());
        String datapackage = fx.page("datapackage.json");
        assertTrue(datapackage.contains("illegible 表示原文这一格模糊不清或缺失"), datapackage);

        try (InputStream in = Files.newInputStream(fx.out.resolve("data/testdept/2021-final/expense.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            int body = -1;
            for (var r : sheet) {
                if (r.getCell(0) != null && r.getCell(0).toString().equals("201")) {
                    body = r.getRowNum();
                }
            }
            var marked = sheet.getRow(body).getCell(4);
            assertEquals(FillPatternType.SOLID_FOREGROUND, marked.getCellStyle().getFillPattern());
            assertEquals(FillPatternType.NO_FILL, sheet.getRow(body).getCell(3).getCellStyle().getFillPattern());
            assertEquals("原文模糊或缺失：" + NOTE, marked.getCellComment().getString().getString());
            assertEquals(null, sheet.getRow(body).getCell(3).getCellComment());
        }
    }

    @Test
    void anEntryOnANameColumnIsAnError() throws IOException {
        Fixture.Run run = build(entry("2", "2", "一般公共服务支出"));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(": 错误：第 2 列“科目名称”是名称列，不标 illegible [table.illegible]"), run.err());
    }

    @Test
    void anEntryWhosePrintedTextDiffersIsAnError() throws IOException {
        Fixture.Run run = build(entry("2", "4", "30.24"));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(": 错误：第 2 行第 4 列照录的是“307.24”，printed 写的是“30.24” [table.illegible]"), run.err());
    }

    @Test
    void anEntryOutsideTheTableIsAnError() throws IOException {
        Fixture.Run run = build(entry("3", "4", ""));
        assertEquals(1, run.exit());
        assertTrue(run.err().contains(": 错误：illegible 指向第“3”行，本表有 2 行 [table.illegible]"), run.err());
    }
}

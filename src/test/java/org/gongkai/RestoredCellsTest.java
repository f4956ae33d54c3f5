package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Cell;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Part;
import org.gongkai.model.Row;
import org.gongkai.model.Table;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A figure whose digits the extracted text lost, restored from the same document: the page shows
 * the restored figure with a mark and a note, the CSV a companion column, the JSON what was printed,
 * and a restored entry that names no such cell is an error at its place.
 */
class RestoredCellsTest {

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
                      - ["", 合计, "307.24", "307.24", "0.00"]
                      - ["201", 一般公共服务支出, "07.24", "07.24", "0.00"]
                    restored:
            """;
    private static final String SOURCE = "情况说明“一、收支总体情况”：“一般公共服务支出 307.24 万元”";

    @TempDir
    Path tmp;
    Fixture fx;

    @BeforeEach
    void fixture() throws IOException {
        fx = new Fixture(tmp);
    }

    private Fixture.Run build(String... entries) throws IOException {
        fx.write("testdept/2021-final.yaml", HEAD + String.join("", entries));
        return fx.build();
    }

    private static String entry(String row, String column, String printed, String value) {
        return "          - { row: " + row + ", column: " + column + ", printed: \"" + printed + "\", value: \"" + value
                + "\", source: \"" + SOURCE + "\" }\n";
    }

    @Test
    void restoredCellIsMarkedOnThePageAndInTheData() throws IOException {
        Fixture.Run run = build(entry("2", "3", "07.24", "307.24"), entry("2", "4", "07.24", "307.24"));
        assertEquals(0, run.exit(), run.err());

        Document page = Jsoup.parse(fx.page("testdept/2021-final/tables/expense.html"));
        List<Element> marked = page.select("td.restored");
        assertEquals(2, marked.size());
        assertEquals("307.24[1]", marked.get(0).text());
        Element link = marked.get(0).selectFirst("sup.mark a");
        assertEquals("#t-expense-m1", link.attr("href"));
        assertEquals("恢复的数字，见表下注 1", link.attr("aria-label"));
        List<String> notes = page.select(".quality-notes li").eachText();
        assertEquals(List.of(
                "[1] 第 2 行（一般公共服务支出）“本年支出合计”列：原文印作“07.24”，此处为 307.24，依据：" + SOURCE,
                "[2] 第 2 行（一般公共服务支出）“基本支出”列：原文印作“07.24”，此处为 307.24，依据：" + SOURCE), notes);
        assertEquals("t-expense-m1", page.selectFirst(".quality-notes li").id());

        String csv = Files.readString(fx.out.resolve("data/testdept/2021-final/expense.csv"), StandardCharsets.UTF_8);
        assertEquals("\uFEFF项目/科目编码,项目/科目名称,本年支出合计,基本支出,项目支出,本年支出合计/数据质量,基本支出/数据质量\r\n"
                + ",合计,307.24,307.24,0.00,,\r\n"
                + "201,一般公共服务支出,307.24,307.24,0.00,restored,restored\r\n", csv);

        JsonNode table = new ObjectMapper().readTree(fx.out.resolve("data/testdept/2021-final.json").toFile())
                .findValue("tables").get(0);
        assertEquals(307.24, table.get("rows").get(1).get(2).asDouble());
        JsonNode q = table.get("quality");
        assertEquals(2, q.size());
        assertEquals(2, q.get(0).get("row").asInt());
        assertEquals(3, q.get(0).get("column").asInt());
        assertEquals("本年支出合计", q.get(0).get("heading").asText());
        assertEquals("restored", q.get(0).get("flag").asText());
        assertEquals("07.24", q.get(0).get("printed").asText());
        assertEquals("307.24", q.get(0).get("value").decimalValue().toPlainString());
        assertEquals(SOURCE, q.get(0).get("source").asText());

        JsonNode fields = new ObjectMapper().readTree(fx.out.resolve("datapackage.json").toFile())
                .findValue("fields");
        List<String> names = new ArrayList<>();
        fields.forEach(f -> names.add(f.get("name").asText()));
        assertEquals(List.of("项目/科目编码", "项目/科目名称", "本年支出合计", "基本支出", "项目支出",
                "本年支出合计/数据质量", "基本支出/数据质量"), names);
        assertEquals("[\"\",\"restored\"]", fields.get(5).get("constraints").get("enum").toString());
    }

    @Test
    void tableWithoutMarksKeepsItsColumns() throws IOException {
        fx.write("testdept/2021-final.yaml", HEAD.replace("    restored:\n", "").replace("\"07.24\"", "\"307.24\""));
        Fixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        String csv = Files.readString(fx.out.resolve("data/testdept/2021-final/expense.csv"), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF项目/科目编码,项目/科目名称,本年支出合计,基本支出,项目支出\r\n"), csv);
        assertTrue(fx.page("testdept/2021-final/tables/expense.html").indexOf("quality-notes") < 0);
    }

    private static void assertError(Fixture.Run run, String at, String message) {
        assertEquals(1, run.exit(), run.err());
        String expected = "2021-final.yaml:" + at + ": 错误：" + message;
        assertTrue(run.err().contains(expected), "expected " + expected + " in\n" + run.err() + run.out());
    }

    @Test
    void rowOutOfRange() throws IOException {
        assertError(build(entry("3", "3", "07.24", "307.24")), "17:20", "restored 指向第“3”行，本表有 2 行");
    }

    @Test
    void columnOutOfRange() throws IOException {
        assertError(build(entry("2", "6", "07.24", "307.24")), "17:31", "restored 指向第“6”列，表样“支出决算表”有 5 列");
    }

    @Test
    void columnThatIsNotAnAmount() throws IOException {
        assertError(build(entry("2", "2", "一般公共服务支出", "307.24")), "17:31", "第 2 列“科目名称”不是金额列，只能恢复金额");
    }

    @Test
    void printedTextThatIsNotTheCell() throws IOException {
        assertError(build(entry("2", "3", "7.24", "307.24")), "17:43", "第 2 行第 3 列照录的是“07.24”，printed 写的是“7.24”");
    }

    @Test
    void valueThatIsNotAnAmount() throws IOException {
        assertError(build(entry("2", "3", "07.24", "三百零七")), "17:59", "value“三百零七”不是金额");
    }

    @Test
    void valueThatChangesPrintedDigits() throws IOException {
        assertError(build(entry("2", "3", "07.24", "307.42")), "17:59",
                "value“307.42”不含原文所印的“07.24”：只能补回丢失的数字，印出的数字要按原顺序保留");
    }

    @Test
    void sameCellTwice() throws IOException {
        assertError(build(entry("2", "3", "07.24", "307.24"), entry("2", "3", "07.24", "307.24")),
                "18:20", "第 2 行第 3 列已经恢复过一次");
    }

    /** The seed whose extracted text lost leading digits: the figures its own text proves are restored. */
    @Test
    void seedRestoresTheFiguresItsDocumentProves() throws IOException {
        List<String> restored = new ArrayList<>();
        for (Disclosure d : SeedSite.portal().disclosures()) {
            for (Part p : d.parts()) {
                if (p instanceof Part.TablesPart tp) {
                    for (Table t : tp.tables()) {
                        for (Row r : t.rows()) {
                            for (Cell c : r.cells()) {
                                if (c.isRestored()) {
                                    restored.add(t.number() + " " + c.restored().printed() + "→" + c.raw());
                                }
                            }
                        }
                    }
                }
            }
        }
        assertEquals(List.of("表4-2 07.24→307.24", "表4-2 07.24→307.24", "表4-2 07.24→307.24",
                "附表4-9 09.99→109.99", "附表4-9 09.99→109.99", "附表4-9 0.49→10.49", "附表4-9 0.49→10.49",
                "附表4-9 8.00→28.00", "附表4-9 8.00→28.00", "附表4-9 1.00→21.00", "附表4-9 1.00→21.00",
                "附表4-9 7.50→17.50", "附表4-9 7.50→17.50", "附表4-9 3.00→33.00", "附表4-9 3.00→33.00"), restored);
        Path site = SeedSite.get();
        try (var pages = Files.walk(site)) {
            long marks = pages.filter(p -> p.toString().endsWith(".html") && p.toString().contains("/tables/"))
                    .mapToLong(p -> {
                        try {
                            return Jsoup.parse(Files.readString(p)).select("td.restored sup.mark").size();
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }).sum();
            assertEquals(restored.size(), marks);
        }
    }
}

package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.check.Findings;
import org.gongkai.diag.Diagnostics;
import org.gongkai.load.ContentReader;
import org.gongkai.model.Portal;
import org.gongkai.render.Renderer;
import org.gongkai.write.SiteWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts in the built pages, on a fixture with two years of one department (a trend and a
 * year-on-year chart from the portal itself) and a department whose narrative states last year's
 * total (a year-on-year chart from stated figures).
 */
class ChartPagesTest {

    /** A 决算 with a 支出决算表 and a narrative; {@code narrative} may name figures (图1：…). */
    static String disclosure(String year, String total, String basic, String project, String narrative,
            String stated) {
        String indented = narrative.strip().replace("\n", "\n                          ");
        return """
                year: %s
                kind: 决算
                title: %s 年度测试区大数据中心部门决算公开
                forms: test-final
                parts:
                  - type: tables
                    title: 第二部分 决算表
                    tables:
                      - form: expense
                        number: 表3
                        title: %s 年度支出决算表
                        rows:
                          - ["", 合计, "%s", "%s", "%s"]
                          - ["201", 一般公共服务支出, "%s", "%s", "%s"]
                  - type: narrative
                    title: 第三部分 情况说明
                    sections:
                      - title: 一、收入支出决算总体情况说明
                        text: |
                          %s
                      - title: 三、支出决算情况说明
                        text: |
                          本年支出合计 %s 万元。

                          图 3：支出决算结构
                %s""".formatted(year, year, year, total, basic, project, total, basic, project, indented, total, stated);
    }

    static String statedTotal(String value) {
        return """
                stated_figures:
                  - metric: income_expense_total
                    value: "%s"
                    quote: "收、支总计 %s 万元"
                """.formatted(value, value);
    }

    static final String STATED = """
            stated_figures:
              - metric: income_expense_total
                value: "1118.78"
                quote: "2021 年度收、支总计 1118.78 万元"
              - metric: income_expense_total
                value: "917.02"
                year: "2020"
                quote: "2020 年度收、支总计 917.02 万元"
            """;

    @TempDir
    Path tmp;
    Fixture fx;

    @BeforeEach
    void build() throws IOException {
        fx = new Fixture(tmp);
        fx.write("trend/department.yaml", "name: 趋势区大数据中心\n");
        fx.write("trend/2020-final.yaml", disclosure("2020", "3,077.16", "300.00", "2,777.16",
                "收、支总计 3077.16 万元。\n\n图1：收、支决算总计变动情况", statedTotal("3077.16")));
        fx.write("trend/2021-final.yaml", disclosure("2021", "2,533.25", "329.25", "2,204.00",
                "收、支总计 2533.25 万元。\n\n图1：收、支决算总计变动情况", statedTotal("2533.25")));
        fx.write("stated/department.yaml", "name: 文字区大数据中心\n");
        fx.write("stated/2021-final.yaml", disclosure("2021", "1,118.78", "484.64", "634.14",
                "收、支总计 1118.78 万元。与 2020 年度相比增加 201.76 万元。\n\n图 1：收、支决算总计变动情况", STATED));
        Fixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err() + run.out());
    }

    Document page(String path) throws IOException {
        return Jsoup.parse(fx.page(path));
    }

    @Test
    void aSecondYearGivesTheDepartmentATrend() throws IOException {
        Document dept = page("trend/index.html");
        Element figure = dept.selectFirst("figure#chart-trend-final");
        assertNotNull(figure, dept.html());
        assertEquals(List.of("2020 年", "2021 年"), figure.select("tbody th[scope=row]").eachText());
        assertEquals(List.of("3,077.16", "—", "—", "2,533.25", "-543.91", "-17.68%"), figure.select("tbody td").eachText());
        assertTrue(Files.isRegularFile(fx.out.resolve("trend/charts/trend-final.svg")));
        assertEquals("charts/trend-final.svg", figure.selectFirst("a.chart-download").attr("href"));
        assertTrue(page("testdept/index.html").select("figure").isEmpty(), "one year: no trend");
    }

    @Test
    void lastYearFromThePortalGivesFigure1() throws IOException {
        Document narrative = page("trend/2021-final/narrative.html");
        Element fig = narrative.selectFirst("figure#chart-total-change");
        assertNotNull(fig, "图1 placed in its section");
        assertTrue(fig.text().contains("原文图 1"));
        assertTrue(fig.selectFirst("svg").text().contains("比上年下降 17.68%"));
        Element split = narrative.selectFirst("figure#chart-expense-split");
        assertNotNull(split);
        assertEquals(List.of("329.25", "13.00%", "2,204.00", "87.00%"), split.select("tbody td").eachText());
        assertEquals(List.of("2,533.25", "100.00%"), split.select("tfoot td").eachText());
    }

    @Test
    void lastYearStatedInTheNarrativeGivesFigure1() throws IOException {
        Element fig = page("stated/2021-final/narrative.html").selectFirst("figure#chart-total-change");
        assertNotNull(fig);
        assertEquals(List.of("917.02", "—", "—", "1,118.78", "201.76", "22.00%"), fig.select("tbody td").eachText());
        assertTrue(fig.selectFirst(".chart-meta").text().contains("2020 年度收、支总计 917.02 万元"));
    }

    @Test
    void aFigureWithoutItsDataIsExplainedWhereItBelongs() throws IOException {
        // 2020 is the first year the portal holds and its narrative states no 2019 total.
        Document n2020 = page("trend/2020-final/narrative.html");
        assertTrue(n2020.select("figure#chart-total-change").isEmpty());
        Element note = n2020.selectFirst("p.chart-missing[role=note]");
        assertNotNull(note);
        assertTrue(note.text().startsWith("原文图 1（收、支决算总计变动情况）未随文字公开。"), note.text());
        assertTrue(note.text().contains("2019 年度"), note.text());
        assertNotNull(n2020.selectFirst("figure#chart-expense-split"), "图 3 is drawn");
        assertNotNull(page("testdept/2021-final/index.html").selectFirst("section.charts figure#chart-expense-split"));
    }

    @Test
    void everyChartHasAnAccessibleTableAndADownloadableFile() throws Exception {
        int figures = 0;
        for (String path : List.of("trend/index.html", "trend/2021-final/index.html", "trend/2021-final/narrative.html",
                "stated/2021-final/index.html", "testdept/2021-final/index.html")) {
            Document doc = page(path);
            for (Element fig : doc.select("figure.chart")) {
                figures++;
                Element svg = fig.selectFirst("svg[role=img]");
                assertNotNull(svg);
                String id = svg.id();
                assertEquals(id + "-title " + id + "-desc", svg.attr("aria-labelledby"));
                assertNotNull(svg.selectFirst("title#" + id + "-title"));
                Element table = fig.selectFirst("table.chart-data");
                assertTrue(table.selectFirst("caption").text().contains("单位：万元"));
                assertTrue(table.select("th:not([scope])").isEmpty(), "every th is scoped");
                // Every number the chart draws is in the table (or, for quoted sources, in the caption).
                String words = table.text() + " " + fig.selectFirst(".chart-meta").text();
                for (Element text : svg.select("text")) {
                    for (String number : text.text().split("[^0-9,.\\-%]+")) {
                        if (number.matches("-?[0-9][0-9,]*\\.[0-9]+%?")) {
                            assertTrue(words.contains(number), number + " of " + path + " not in its table");
                        }
                    }
                }
                Path file = fx.out.resolve(path).getParent().resolve(fig.selectFirst("a.chart-download").attr("href"));
                String xml = Files.readString(file, StandardCharsets.UTF_8);
                assertTrue(xml.startsWith("<?xml"));
                DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
                assertTrue(xml.contains(svg.selectFirst("desc").text().substring(0, 20)));
            }
        }
        assertTrue(figures >= 8, "figures seen: " + figures);
    }

    @Test
    void eachChartIsDrawnOncePerBuild() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        var content = new ContentReader(fx.content, diagnostics).read().orElseThrow();
        Portal portal = content.portal();
        Path out = tmp.resolve("direct");
        Renderer renderer = new Renderer();
        try (SiteWriter writer = new SiteWriter(out)) {
            renderer.render(portal, org.gongkai.facts.FactIndex.of(portal, content.catalogue()), new Findings(java.util.Map.of()), writer);
            writer.commit();
        }
        long files;
        try (Stream<Path> s = Files.walk(out)) {
            files = s.filter(p -> p.toString().endsWith(".svg")).count();
        }
        // Each chart shows on up to three pages and is written as a file, yet is drawn once.
        assertEquals(files, renderer.chartsDrawn());
        assertFalse(files == 0);
    }

    @Test
    void rebuildsAreByteIdentical() throws IOException {
        var first = Fixture.digest(fx.out);
        assertTrue(first.keySet().stream().anyMatch(k -> k.endsWith(".svg")));
        assertEquals(0, fx.build().exit());
        assertEquals(first, Fixture.digest(fx.out));
    }
}

package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.gongkai.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the repository's own content/ (the five seed disclosures) builds into a portal. */
class SeedPortalTest {

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void buildPortal() {
        out = SeedSite.get();
    }

    private static void build(Path to) {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "--content", "content", "--out", to.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    /** The project list: one row per project form, linked to the form; charts of printed rates and scores. */
    @Test
    void projectListShowsEveryProjectWithItsCharts() throws IOException {
        Document list = page("jianghan-dsj/2021-final/projects.html");
        assertEquals(17, list.select("table.project-list tbody tr").size());
        assertEquals(1, list.select("h1").size());
        Element first = list.selectFirst("table.project-list tbody tr");
        assertEquals("“智慧江汉”综合指挥中心项目初步设计费", first.selectFirst("th a").text());
        assertEquals(List.of("50 万元", "50 万元", "100%", "97"), first.select("td").eachText());
        String target = first.selectFirst("th a").attr("href");
        Path formPage = out.resolve("jianghan-dsj/2021-final").resolve(target.substring(0, target.indexOf('#'))).normalize();
        assertTrue(!Jsoup.parse(Files.readString(formPage)).select("#" + target.substring(target.indexOf('#') + 1)).isEmpty(), target);
        assertTrue(Files.exists(out.resolve("jianghan-dsj/2021-final/charts/project-rates.svg")));
        assertTrue(Files.exists(out.resolve("jianghan-dsj/2021-final/charts/project-scores.svg")));
        // 5.76 万元 project: the form prints no rate, so it is named under the rates chart, not drawn.
        assertTrue(list.select("#chart-project-rates figcaption").text().contains("2020年区数字城管维保项目尾款"));
        assertEquals(1, page("jianghan-dsj/2021-final/index.html").select("nav.toc a[href=projects.html]").size());
        assertEquals(6, page("hanyang-dsj/2021-budget/projects.html").select("table.project-list tbody tr").size());
        assertTrue(Files.notExists(out.resolve("dongxihu-dsj/2021-final/projects.html")), "重点工作 only: no project list");
    }

    @Test
    void homeLinksToEveryDepartmentAndDisclosure() throws IOException {
        Document home = page("index.html");
        for (String dept : new String[] {"hanyang-dsj", "wuchang-dsj", "dongxihu-dsj", "xinzhou-dsj", "jianghan-dsj"}) {
            assertTrue(!home.select("a[href=" + dept + "/index.html]").isEmpty(), dept);
        }
        assertEquals(5, home.select("ul.disclosure-list a").size());
    }

    @Test
    void eachSeedShowsItsTotal() throws IOException {
        String[][] totals = {
            {"hanyang-dsj/2021-budget/full.html", "2,320.28"},
            {"wuchang-dsj/2019-final/full.html", "2,533.25"},
            {"dongxihu-dsj/2021-final/full.html", "1118.78"},
            {"xinzhou-dsj/2023-budget/full.html", "307.24"},
            {"jianghan-dsj/2021-final/full.html", "2,812.11"},
        };
        for (String[] t : totals) {
            assertTrue(page(t[0]).text().contains(t[1]), t[0] + " should show " + t[1]);
        }
    }

    @Test
    void everyTableHasACaptionAndScopedHeaders() throws IOException {
        Document full = page("jianghan-dsj/2021-final/full.html");
        assertEquals(9, full.select("table.form-table").size());
        for (var table : full.select("table.form-table")) {
            assertTrue(table.selectFirst("caption") != null);
            assertTrue(table.select("thead th:not([scope])").isEmpty());
        }
    }

    @Test
    void wuchangSplitChartShowsBasicAndProjectExpense() throws IOException {
        Element fig = page("wuchang-dsj/2019-final/index.html").selectFirst("figure#chart-expense-split");
        String drawn = fig.selectFirst("svg").text();
        assertTrue(drawn.contains("329.25 万元（13.00%）") && drawn.contains("2,204.00 万元（87.00%）"), drawn);
        assertEquals(List.of("基本支出", "项目支出"), fig.select("tbody th").eachText());
        assertEquals(List.of("329.25", "13.00%", "2,204.00", "87.00%"), fig.select("tbody td").eachText());
        // And where the narrative puts 图3.
        assertTrue(page("wuchang-dsj/2019-final/narrative.html").selectFirst("figure#chart-expense-split")
                .text().contains("原文图 3"));
    }

    @Test
    void everySeedHasItsSplitChartAndDongxihuDrawsItFromTheNarrative() throws IOException {
        for (String d : new String[] {"hanyang-dsj/2021-budget", "wuchang-dsj/2019-final", "dongxihu-dsj/2021-final",
            "xinzhou-dsj/2023-budget", "jianghan-dsj/2021-final"}) {
            assertTrue(Files.isRegularFile(out.resolve(d + "/charts/expense-split.svg")), d);
            assertTrue(page(d + "/index.html").selectFirst("figure#chart-expense-split") != null, d);
        }
        Element fig = page("dongxihu-dsj/2021-final/index.html").selectFirst("figure#chart-expense-split");
        assertEquals(List.of("484.64", "43.32%", "634.14", "56.68%"), fig.select("tbody td").eachText());
        assertTrue(fig.selectFirst(".chart-meta").text().contains("情况说明：“2021 年度支出合计 1118.78 万元”"));
    }

    @Test
    void everySvgParsesCarriesTitleAndDescAndRebuildsIdentically() throws Exception {
        List<Path> svgs;
        try (Stream<Path> s = Files.walk(out)) {
            svgs = s.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
        assertTrue(svgs.size() >= 13, "charts: " + svgs.size());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        for (Path svg : svgs) {
            var root = f.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg))).getDocumentElement();
            assertEquals("img", root.getAttribute("role"), svg.toString());
            assertEquals(1, root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title").getLength(), svg.toString());
            assertEquals(1, root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "desc").getLength(), svg.toString());
        }
        Path again = tmp.resolve("again");
        build(again);
        assertEquals(Fixture.digest(out), Fixture.digest(again));
    }
}

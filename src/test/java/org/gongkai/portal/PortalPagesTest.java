package org.gongkai.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.SeedSite;
import org.gongkai.render.site.Addresses;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Home, department, year, comparison and search pages of the portal built from content/. */
class PortalPagesTest {

    static Path out;

    @BeforeAll
    static void build() {
        out = SeedSite.get();
    }

    static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    @Test
    void homeLinksEveryDepartmentYearSearchAndComparison() throws IOException {
        Document home = page("index.html");
        for (String dept : List.of("hanyang-dsj", "wuchang-dsj", "dongxihu-dsj", "xinzhou-dsj", "jianghan-dsj")) {
            assertFalse(home.select("ul.department-list a[href=" + dept + "/index.html]").isEmpty(), dept);
        }
        for (String year : List.of("2019", "2021", "2023")) {
            assertFalse(home.select("a[href=years/" + year + ".html]").isEmpty(), year);
        }
        assertNotNull(home.selectFirst("form[action=search.html][method=get] input[name=q]"));
        assertNotNull(home.selectFirst("a[href=compare.html]"));
        assertEquals(1, home.select("h1").size());
    }

    @Test
    void homeListsNewestFirstFinalBeforeBudgetWithinAYear() throws IOException {
        List<String> links = page("index.html").select("ul.disclosure-list a").eachAttr("href");
        assertEquals(List.of("xinzhou-dsj/2023-budget/index.html", "dongxihu-dsj/2021-final/index.html",
                "jianghan-dsj/2021-final/index.html", "hanyang-dsj/2021-budget/index.html",
                "wuchang-dsj/2019-final/index.html"), links);
    }

    @Test
    void yearPageListsEveryDepartmentOfThatYear() throws IOException {
        Document y = page("years/2021.html");
        List<String> hrefs = y.select("h2 a").eachAttr("href");
        assertEquals(List.of("../dongxihu-dsj/2021-final/index.html", "../hanyang-dsj/2021-budget/index.html",
                "../jianghan-dsj/2021-final/index.html"), hrefs);
        assertFalse(y.select("a[href=../jianghan-dsj/2021-final/tables/expense.html]").isEmpty());
        assertTrue(page("years/2019.html").select("h2 a").eachText().stream().allMatch(t -> t.contains("武昌")));
    }

    @Test
    void departmentPageHasItsDisclosuresAndAFigureTable() throws IOException {
        Document d = page("jianghan-dsj/index.html");
        assertFalse(d.select("a[href=2021-final/index.html]").isEmpty());
        Element table = d.selectFirst("table.figure-table");
        assertNotNull(table.selectFirst("caption"));
        assertTrue(table.select("th:not([scope])").isEmpty());
        assertEquals("2021 年度", table.selectFirst("thead th[scope=colgroup]").text());
        assertEquals("2,812.11", row(table, "本年支出合计").get(0));
        assertEquals("313.34", row(table, "基本支出").get(0));
    }

    @Test
    void comparisonShowsEveryDepartmentWithACaveatWhenYearsOrKindsDiffer() throws IOException {
        // compare.html lists the groups; the group's page compares the newest disclosures.
        String g = Addresses.groupSlug("大数据中心");
        Document index = page("compare.html");
        assertEquals(List.of("compare/" + g + ".html"), index.select("main ul.peer-groups a").eachAttr("href"));
        Document c = page("compare/" + g + ".html");
        Element latest = c.selectFirst("#" + g + "-latest");
        assertEquals(5, latest.select("table.figure-table thead th[scope=col]").size() - 1);
        String caveat = latest.selectFirst(".caveat").text();
        assertTrue(caveat.contains("年度不同") && caveat.contains("类型不同"), caveat);
        Element table = latest.selectFirst("table.figure-table");
        assertNotNull(table.selectFirst("caption"));
        assertTrue(table.select("th:not([scope])").isEmpty());
        // Dongxihu published its tables as images: its figures come from the narrative, marked; 类 rows are "—".
        List<String> total = row(table, "本年支出合计");
        assertEquals(5, total.size());
        assertTrue(total.get(0).startsWith("1,118.78") && total.get(0).contains("※"), total.toString());
        assertEquals("—", row(table, "201 一般公共服务").get(0));
        assertTrue(latest.text().contains("没有可读取的表格数据"));
        assertNotNull(latest.selectFirst("figure.chart svg"));
        assertFalse(latest.select("a[href=charts/compare-" + g + "-latest.svg]").isEmpty());
        assertTrue(Files.isRegularFile(out.resolve("compare/charts/compare-" + g + "-latest.svg")));
        // Like with like: the two 2021 final accounts, on their own page, without a caveat.
        assertEquals(List.of(g + "/2021-final.html"), c.select("main nav a").eachAttr("href"));
        Document year = page("compare/" + g + "/2021-final.html");
        Element same = year.selectFirst("#" + g + "-2021-final");
        assertNotNull(same);
        assertTrue(same.select(".caveat").isEmpty());
        assertEquals(2, same.select("table.figure-table thead th[scope=col]").size() - 1);
        assertTrue(Files.isRegularFile(out.resolve("compare/" + g + "/charts/compare-" + g + "-2021-final.svg")));
    }

    @Test
    void searchPageWorksAsAFormAndExplainsItselfWithoutJavaScript() throws IOException {
        Document s = page("search.html");
        assertNotNull(s.selectFirst("form[action=search.html] input#q[name=q]"));
        Element noscript = s.selectFirst("noscript");
        assertNotNull(noscript);
        String fallback = noscript.html();
        assertTrue(fallback.contains("需要浏览器启用 JavaScript"));
        assertTrue(fallback.contains("glossary.html") && fallback.contains("years/2021.html"), fallback);
        assertEquals(List.of("assets/search/index.js", "assets/search-core.js", "assets/search.js"),
                s.select("script").eachAttr("src"));
    }

    @Test
    void tableRowsHaveStableIds() throws IOException {
        Document t = page("jianghan-dsj/2021-final/tables/expense.html");
        Element row = t.selectFirst("tr#t-expense-r1");
        assertNotNull(row);
        List<String> ids = new ArrayList<>(t.select("[id]").eachAttr("id"));
        assertEquals(ids.size(), ids.stream().distinct().count(), "duplicate ids");
    }

    /** The cells of the body row headed {@code label}. */
    @Test
    void everyOverviewOpensWithKeyFiguresLinkedToTheirTableRows() throws IOException {
        int linked = 0;
        for (Path overview : overviews()) {
            Document page = Jsoup.parse(Files.readString(overview));
            Element figures = page.selectFirst("main section.key-figures");
            assertNotNull(figures, overview.toString());
            // Nothing but the title and its meta line (and the address printed on paper) comes before the figures.
            assertEquals(List.of("p", "h1"), figures.previousElementSiblings().stream()
                    .filter(e -> !e.hasClass("print-address")).map(Element::tagName).toList(), overview.toString());
            for (Element a : figures.select("a.figure-value")) {
                String[] target = a.attr("href").split("#");
                Document table = Jsoup.parse(Files.readString(overview.getParent().resolve(target[0])));
                Element row = table.getElementById(target[1]);
                assertNotNull(row, a.attr("href"));
                assertTrue(row.select("td").eachText().contains(a.text()), a.attr("href") + " " + a.text());
                linked++;
            }
            Element summary = page.selectFirst("aside.data-notes-summary");
            if (summary != null) {
                assertNotNull(summary.selectFirst("a[href=#data-notes]"));
                assertNotNull(page.getElementById("data-notes"));
                assertTrue(summary.select("li").size() <= 2);
            }
        }
        assertTrue(linked >= 10, "linked figures: " + linked);
    }

    @Test
    void homeTotalsAreTheSumsOfTheDepartmentsFigures() throws IOException {
        Element totals = page("index.html").selectFirst("table.totals-table");
        assertEquals(List.of("年度", "本年收入合计", "本年支出合计", "财政拨款收入"), totals.select("thead th").eachText());
        // 2021 finals: two departments' 本年支出合计, as their department pages print them.
        BigDecimal sum = BigDecimal.ZERO;
        for (String dept : List.of("dongxihu-dsj", "jianghan-dsj")) {
            sum = sum.add(new BigDecimal(row(page(dept + "/index.html").selectFirst("table.figure-table"), "本年支出合计")
                    .get(0).replace(",", "").replace("※", "")));
        }
        Element line = totals.select("tbody tr").stream()
                .filter(tr -> tr.selectFirst("th").text().startsWith("2021 年度决算")).findFirst().orElseThrow();
        assertEquals(sum, new BigDecimal(line.select("td").get(1).text().replace(",", "")));
    }

    @Test
    void noTwoPagesShareATitle() throws IOException {
        java.util.Map<String, Path> seen = new java.util.HashMap<>();
        try (var s = Files.walk(out)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                Document page = Jsoup.parse(Files.readString(p));
                String title = page.title();
                // Without base_url the printed page names itself by its title, at the top and at the end.
                if (!p.endsWith("404.html")) {
                    assertEquals(List.of("本页：" + title, "本页：" + title), page.select("p.print-address").eachText(), p.toString());
                }
                Path other = seen.put(title, p);
                assertTrue(other == null, title + ": " + other + " and " + p);
            }
        }
        assertTrue(seen.size() > 50, "pages: " + seen.size());
    }

    static List<Path> overviews() throws IOException {
        try (var s = Files.walk(out, 3)) {
            return s.filter(p -> p.getNameCount() - out.getNameCount() == 3 && p.endsWith("index.html")).sorted().toList();
        }
    }

    static List<String> row(Element table, String label) {
        for (Element tr : table.select("tbody tr")) {
            Element th = tr.selectFirst("th[scope=row]");
            if (th != null && th.text().equals(label)) {
                return tr.select("td").eachText();
            }
        }
        throw new AssertionError("no row " + label);
    }
}

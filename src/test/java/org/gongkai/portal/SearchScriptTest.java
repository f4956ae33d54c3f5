package org.gongkai.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.SeedSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.NativeArray;
import org.mozilla.javascript.NativeObject;
import org.mozilla.javascript.Scriptable;

/**
 * The offline search without a browser: the generated index and the search core (the files the
 * page loads, as written to the output) run in Rhino, and every hit for 事业运行 leads to a table row
 * that holds it.
 */
class SearchScriptTest {

    static Path out;

    @BeforeAll
    static void build() {
        out = SeedSite.get();
    }

    record Hit(String type, String href, String title, String text, boolean exact, String figure, String department,
            String year, String kind) {
    }

    static List<Hit> search(String query) throws IOException {
        return search(query, "null");
    }

    /** {@code filter}: a JavaScript expression, e.g. {@code {year: "2021"}}. */
    static List<Hit> search(String query, String filter) throws IOException {
        Context cx = Context.enter();
        try {
            cx.setOptimizationLevel(-1);
            cx.setLanguageVersion(Context.VERSION_ES6);
            Scriptable scope = cx.initStandardObjects();
            for (String file : List.of("assets/search-index.js", "assets/search-core.js")) {
                cx.evaluateString(scope, Files.readString(out.resolve(file)), file, 1, null);
            }
            scope.put("q", scope, query);
            NativeObject found = (NativeObject) cx.evaluateString(scope,
                    "GongkaiSearch.search(GONGKAI_SEARCH_INDEX, q, 1000, " + filter + ")", "query", 1, null);
            List<Hit> hits = new ArrayList<>();
            for (Object o : (NativeArray) found.get("results")) {
                NativeObject r = (NativeObject) o;
                hits.add(new Hit(Context.toString(r.get("type")), Context.toString(r.get("href")),
                        Context.toString(r.get("title")), Context.toString(r.get("text")),
                        Context.toBoolean(r.get("exact")), Context.toString(r.get("figure")),
                        Context.toString(r.get("department")), Context.toString(r.get("year")),
                        Context.toString(r.get("kind"))));
            }
            return hits;
        } finally {
            Context.exit();
        }
    }

    @Test
    void shiYeYunXingFindsTheTableRowsThatHoldIt() throws IOException {
        List<Hit> hits = search("事业运行");
        List<Hit> rows = hits.stream().filter(h -> h.type().equals("表格行")).toList();
        // 汉阳 2 tables, 武昌 3, 江汉 3 (see content/): every one found.
        assertTrue(rows.size() >= 8, rows.toString());
        assertEquals("表格行", hits.get(0).type(), "rows rank first: " + hits.get(0));
        for (Hit h : rows) {
            assertTrue(h.exact() && h.text().contains("事业运行"), h.toString());
            String[] parts = h.href().split("#");
            assertEquals(2, parts.length, h.href());
            Path page = out.resolve(parts[0]);
            assertTrue(Files.isRegularFile(page), h.href());
            Element row = Jsoup.parse(Files.readString(page)).getElementById(parts[1]);
            assertNotNull(row, h.href());
            assertEquals("tr", row.tagName());
            assertTrue(row.text().contains("事业运行") && row.text().contains("2010350"), row.text());
        }
        assertTrue(rows.stream().anyMatch(h -> h.href().startsWith("jianghan-dsj/2021-final/tables/")));
        // The glossary explains the term too, and links to its entry.
        assertTrue(hits.stream().anyMatch(h -> h.type().equals("名词解释") && h.href().contains("glossary.html#")),
                hits.toString());
    }

    @Test
    void codesAndBigramsMatch() throws IOException {
        assertTrue(search("2010350").stream().anyMatch(h -> h.type().equals("表格行")));
        // Words apart in the text still meet by their bigrams: “三公”经费 written without quotes.
        assertFalse(search("三公经费").isEmpty());
        assertTrue(search("").isEmpty());
        assertTrue(search("zzzz").isEmpty());
    }

    @Test
    void everyIndexEntryLeadsToAPageAndAnchorThatExist() throws IOException {
        Context cx = Context.enter();
        try {
            cx.setOptimizationLevel(-1);
            Scriptable scope = cx.initStandardObjects();
            cx.evaluateString(scope, Files.readString(out.resolve("assets/search-index.js")), "index", 1, null);
            Object links = cx.evaluateString(scope, "var I = GONGKAI_SEARCH_INDEX, seen = {}, out = [];"
                    + "for (var i = 0; i < I.entries.length; i++) { var e = I.entries[i];"
                    + "  var l = I.pages[e[1]][0] + '#' + e[2]; if (!seen[l]) { seen[l] = 1; out.push(l); } }"
                    + "out.join('\\n')", "links", 1, null);
            java.util.Map<String, java.util.Set<String>> ids = new java.util.HashMap<>();
            List<String> broken = new ArrayList<>();
            for (String link : Context.toString(links).split("\n")) {
                String page = link.substring(0, link.indexOf('#'));
                String anchor = link.substring(link.indexOf('#') + 1);
                Path file = out.resolve(page);
                if (!Files.isRegularFile(file)) {
                    broken.add(link);
                    continue;
                }
                java.util.Set<String> there = ids.computeIfAbsent(page, k -> {
                    try {
                        return java.util.Set.copyOf(Jsoup.parse(Files.readString(file)).select("[id]").eachAttr("id"));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                if (!anchor.isEmpty() && !there.contains(anchor)) {
                    broken.add(link);
                }
            }
            assertTrue(broken.isEmpty(), String.join("\n", broken));
            assertTrue(ids.size() > 50, "pages: " + ids.size());
        } finally {
            Context.exit();
        }
    }

    @Test
    void indexIsDeterministicAndCompact() throws IOException {
        String index = Files.readString(out.resolve("assets/search-index.js"));
        assertTrue(index.startsWith("/*") && index.contains("var GONGKAI_SEARCH_INDEX = {"));
        assertTrue(index.length() < 400_000, "index size " + index.length());
        // Amounts are shown with their row, not searched.
        assertTrue(index.contains("\"本年支出合计 2,812.11 万元\""), "a row's figure is in the index");
        assertTrue(search("2,812.11").stream().noneMatch(h -> h.text().contains("2,812.11")));
    }

    @Test
    void aRowResultShowsItsFigureAndColumn() throws IOException {
        Hit row = search("2010350").stream()
                .filter(h -> h.href().equals("jianghan-dsj/2021-final/tables/expense.html#t-expense-r5")).findFirst()
                .orElseThrow();
        assertEquals("本年支出合计 236.77 万元", row.figure());
        assertEquals("武汉市江汉区大数据中心 · 2021 年度决算 · 表3 2021 年度支出决算表", row.title());
        assertEquals(List.of("jianghan-dsj", "2021", "final"), List.of(row.department(), row.year(), row.kind()));
        // Side-by-side panels: each panel's figure named by its row there.
        assertTrue(search("一般公共服务支出").stream().anyMatch(h -> h.figure().contains("：") && h.figure().contains("；")),
                "a two-panel row names both figures");
    }

    @Test
    void filtersNarrowByYearDepartmentAndKind() throws IOException {
        List<Hit> all = search("事业运行");
        List<Hit> y2019 = search("事业运行", "{year: \"2019\"}");
        assertFalse(y2019.isEmpty());
        assertTrue(y2019.size() < all.size());
        assertTrue(y2019.stream().allMatch(h -> h.year().equals("2019")), y2019.toString());
        List<Hit> budgets = search("事业运行", "{kind: \"budget\", department: \"hanyang-dsj\"}");
        assertFalse(budgets.isEmpty());
        assertTrue(budgets.stream().allMatch(h -> h.kind().equals("budget") && h.department().equals("hanyang-dsj")));
        assertEquals(all.size(), search("事业运行", "{year: \"\"}").size(), "an empty field does not narrow");
    }
}

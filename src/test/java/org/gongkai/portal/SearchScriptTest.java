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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gongkai.render.search.SearchRunner;

/**
 * The offline search without a browser: the generated index and the search core (the files the
 * page loads, as written to the output, the index files loaded on demand) run in Rhino, and every
 * hit for 事业运行 leads to a table row that holds it.
 */
class SearchScriptTest {

    static Path out;
    static final ObjectMapper JSON = new ObjectMapper();

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
        try (SearchRunner runner = SearchRunner.site(out)) {
            JsonNode found = JSON.readTree(runner.search(query, 1000, filter));
            List<Hit> hits = new ArrayList<>();
            for (JsonNode r : found.path("results")) {
                hits.add(new Hit(r.path("type").asText(), r.path("href").asText(), r.path("title").asText(),
                        r.path("text").asText(), r.path("exact").asBoolean(), r.path("figure").asText(),
                        r.path("department").asText(), r.path("year").asText(), r.path("kind").asText()));
            }
            return hits;
        }
    }

    /** The data a file of the index adds: the JSON after "= ". */
    static JsonNode shard(Path file) throws IOException {
        String text = Files.readString(file);
        int at = text.indexOf("] = ");
        return JSON.readTree(text.substring(at + 4, text.lastIndexOf(';')));
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
        Set<String> links = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(out.resolve("assets/search"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("e\\d+\\.js")).sorted().toList()) {
                JsonNode block = shard(f);
                for (JsonNode e : block.path("entries")) {
                    links.add(block.path("pages").get(e.get(1).asInt()).get(0).asText() + "#" + e.get(2).asText());
                }
            }
        }
        Map<String, Set<String>> ids = new HashMap<>();
        List<String> broken = new ArrayList<>();
        for (String link : links) {
            String page = link.substring(0, link.indexOf('#'));
            String anchor = link.substring(link.indexOf('#') + 1);
            Path file = out.resolve(page);
            if (!Files.isRegularFile(file)) {
                broken.add(link);
                continue;
            }
            Set<String> there = ids.computeIfAbsent(page, k -> {
                try {
                    return Set.copyOf(Jsoup.parse(Files.readString(file)).select("[id]").eachAttr("id"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            if (!anchor.isEmpty() && !there.contains(anchor)) {
                broken.add(link);
            }
        }
        assertTrue(broken.isEmpty(), String.join("\n", broken));
        assertTrue(ids.size() > 50, "pages: " + ids.size());
    }

    @Test
    void indexIsDeterministicAndCompact() throws IOException {
        String index = Files.readString(out.resolve("assets/search/index.js"));
        assertTrue(index.startsWith("/*") && index.contains("var GONGKAI_SEARCH = {"));
        long total;
        try (Stream<Path> files = Files.list(out.resolve("assets/search"))) {
            total = files.mapToLong(p -> p.toFile().length()).sum();
        }
        assertTrue(total < 1_200_000, "index size " + total);
        // Amounts are shown with their row, not searched.
        String blocks;
        try (Stream<Path> files = Files.list(out.resolve("assets/search"))) {
            blocks = files.filter(p -> p.getFileName().toString().startsWith("e")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).reduce("", String::concat);
        }
        assertTrue(blocks.contains("\"本年支出合计 2,812.11 万元\""), "a row's figure is in the index");
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

package org.gongkai.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gongkai.SeedSite;
import org.gongkai.render.search.SearchIndex;
import org.gongkai.render.search.SearchRunner;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search page in a real headless browser, opened from file:// with ?q=事业运行. Runs only where
 * a Chromium is installed (apt-get install chromium); elsewhere it is skipped, and
 * {@link SearchScriptTest} still runs the same script in Rhino.
 */
class BrowserSearchTest {

    @TempDir
    Path profile;

    static Optional<Path> chromium() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(dir -> Stream.of("chromium", "chromium-browser", "google-chrome").map(n -> Path.of(dir, n)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    @Test
    void searchingFromFileUrlListsTheRowsThatHoldTheTerm() throws Exception {
        Optional<Path> browser = chromium();
        assumeTrue(browser.isPresent(), "跳过：本机没有 Chromium（apt-get install chromium 后运行）；SearchScriptTest 已在 Rhino 中测试搜索脚本");
        Path page = SeedSite.get().resolve("search.html").toAbsolutePath();
        String url = page.toUri() + "?q=%E4%BA%8B%E4%B8%9A%E8%BF%90%E8%A1%8C";
        Process p = new ProcessBuilder(List.of(browser.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--user-data-dir=" + profile, "--dump-dom", url))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] dom = p.getInputStream().readAllBytes();
        boolean ended = p.waitFor(90, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly();
        }
        String html = new String(dom, StandardCharsets.UTF_8);
        assumeTrue(html.contains("</html>"), "跳过：Chromium 没有输出页面（无头模式在本机不可用）");
        Document doc = Jsoup.parse(html);
        var rows = doc.select("#search-results li.search-result:has(.result-type:containsOwn(表格行)) a[href]");
        assertFalse(rows.isEmpty(), doc.select("#search-results").outerHtml());
        for (var a : rows) {
            String href = a.attr("href");
            assertTrue(href.contains("/tables/") && href.contains("#t-"), href);
        }
        assertTrue(doc.selectFirst("#search-results").text().contains("事业运行"));
        // A row answers with its figure and column, and says where it is.
        assertTrue(rows.stream().anyMatch(a -> a.text().matches("2010350 事业运行 · 本年支出合计 [0-9,.]+ 万元")), rows.eachText().toString());
        assertTrue(doc.select("#search-results p.result-where").eachText().stream().anyMatch(t -> t.contains(" 年度决算 · 表")));
        assertTrue(Files.isRegularFile(page));
    }

    /**
     * The search page as a reader uses it — opened from file:// with a query (and filters) in its
     * address, loading the parts of the index it needs by script tag — shows exactly what the
     * whole index of before gave for the same query: the same count and the same results in the same
     * order, with the same links and texts.
     */
    @Test
    void theShardedPageShowsWhatTheWholeIndexFound() throws Exception {
        Optional<Path> browser = chromium();
        assumeTrue(browser.isPresent(), "跳过：本机没有 Chromium（apt-get install chromium 后运行）；ShardedSearchTest 已在 Rhino 中比较分片索引与整体索引");
        Path site = SeedSite.get().toAbsolutePath();
        record Ask(String q, String year, String department, String kind) {
            String address() {
                return "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)
                        + (year.isEmpty() ? "" : "&year=" + year) + (department.isEmpty() ? "" : "&department=" + department)
                        + (kind.isEmpty() ? "" : "&kind=" + kind);
            }

            String filter() {
                return "{year: \"" + year + "\", department: \"" + department + "\", kind: \"" + kind + "\"}";
            }
        }
        List<Ask> asks = new ArrayList<>();
        for (String q : List.of("事业运行", "三公经费", "一般 公共", "支出", "税", "年 万", "基本支出 人员经费", "机关运行经费",
                "2010350", "大数据 中心", "住房公积金", "zzzz")) {
            asks.add(new Ask(q, "", "", ""));
        }
        asks.add(new Ask("事业运行", "2021", "", ""));
        asks.add(new Ask("支出", "", "jianghan-dsj", "final"));
        asks.add(new Ask("经费", "2023", "", "budget"));
        String list = String.join(",", asks.stream().map(a -> BrowserSearchTest.js(a.address())).toList());
        String probe;
        try (var in = BrowserSearchTest.class.getResourceAsStream("/browser/search-probe.js")) {
            probe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String harness = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>probe</title></head><body>"
                + "<pre id=\"out\"></pre><script>var BASE = " + js(site.toUri().toString()) + "; var QUERIES = [" + list
                + "];</script><script>" + probe + "</script></body></html>";
        Path page = profile.resolve("probe.html");
        Files.writeString(page, harness);
        Path user = Files.createDirectory(profile.resolve("profile"));
        Process p = new ProcessBuilder(List.of(browser.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--allow-file-access-from-files", "--user-data-dir=" + user, "--virtual-time-budget=600000",
                "--dump-dom", page.toUri().toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] dom = p.getInputStream().readAllBytes();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        String html = new String(dom, StandardCharsets.UTF_8);
        assumeTrue(html.contains("</html>"), "跳过：Chromium 没有输出页面（无头模式在本机不可用）");
        List<String> lines = List.of(Jsoup.parse(html).getElementById("out").wholeText().split("\n"));
        assertEquals("DONE", lines.get(lines.size() - 1), String.join("\n", lines));
        ObjectMapper json = new ObjectMapper();
        try (SearchRunner whole = SearchRunner.whole(SearchIndex.of(SeedSite.portal()))) {
            for (int i = 0; i < asks.size(); i++) {
                Ask a = asks.get(i);
                JsonNode found = json.readTree(whole.search(a.q(), 50, a.filter()));
                assertEquals(expected(found), json.readTree(lines.get(i)), a.address());
            }
        }
    }

    /** What search.js shows for an answer of the search core (see its render function). */
    private static JsonNode expected(JsonNode found) {
        ObjectMapper json = new ObjectMapper();
        var node = json.createObjectNode();
        int total = found.path("total").asInt();
        int shown = found.path("results").size();
        String q = found.path("query").asText();
        node.put("status", total == 0 ? "没有找到与“" + q + "”相关的内容。可以换用更短的词，或从首页按部门、年度浏览。"
                : "找到 " + total + " 条与“" + q + "”相关的结果" + (total > shown ? "，列出前 " + shown + " 条" : "") + "。");
        var results = node.putArray("results");
        for (JsonNode r : found.path("results")) {
            boolean row = !r.path("figure").asText().isEmpty();
            var item = results.addArray();
            item.add(r.path("type").asText());
            item.add(r.path("href").asText());
            item.add(row ? r.path("text").asText() + " · " + r.path("figure").asText() : r.path("title").asText());
            item.add(row ? "result-where:" + r.path("title").asText() : "result-text:" + r.path("snippet").asText());
        }
        return node;
    }

    private static String js(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

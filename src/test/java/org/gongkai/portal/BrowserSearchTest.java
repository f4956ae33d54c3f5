package org.gongkai.portal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gongkai.SeedSite;
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

}

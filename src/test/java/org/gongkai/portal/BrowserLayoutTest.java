package org.gongkai.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gongkai.SeedSite;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of the seed portal in headless Chromium, at a desktop's and a phone's width: at
 * 1280 px no element has a vertical scroller of its own, at 375 px no page scrolls sideways, every
 * overview shows its first key figure on the phone's first screen, and a key figure's link lands
 * on its table row highlighted below the column headers. The probe (browser/layout-probe.js) loads
 * the pages into frames of a harness page; skipped where no Chromium is installed.
 */
class BrowserLayoutTest {

    @TempDir
    Path dir;

    @Test
    void pagesReadOnAPhoneAndADesktop() throws Exception {
        Optional<Path> browser = BrowserSearchTest.chromium();
        assumeTrue(browser.isPresent(), "跳过：本机没有 Chromium（apt-get install chromium 后运行），未检查页面在手机和桌面宽度下的版式");
        Path site = SeedSite.get().toAbsolutePath();
        List<String> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html") && !p.endsWith("404.html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        String probe;
        try (InputStream in = BrowserLayoutTest.class.getResourceAsStream("/browser/layout-probe.js")) {
            probe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String list = String.join(",", pages.stream().map(BrowserLayoutTest::js).toList());
        String harness = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>probe</title></head><body>"
                + "<pre id=\"out\"></pre><script>var BASE = " + js(site.toUri().toString()) + "; var PAGES = [" + list
                + "];</script><script>" + probe + "</script></body></html>";
        Path page = dir.resolve("probe.html");
        Files.writeString(page, harness);
        Path profile = Files.createDirectory(dir.resolve("profile"));
        Process p = new ProcessBuilder(List.of(browser.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--allow-file-access-from-files", "--user-data-dir=" + profile,
                "--virtual-time-budget=600000", "--dump-dom", page.toUri().toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] dom = p.getInputStream().readAllBytes();
        if (!p.waitFor(240, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        String html = new String(dom, StandardCharsets.UTF_8);
        assumeTrue(html.contains("</html>"), "跳过：Chromium 没有输出页面（无头模式在本机不可用）");
        List<String> lines = Arrays.asList(Jsoup.parse(html).getElementById("out").wholeText().split("\n"));
        assertTrue(lines.contains("DONE"), String.join("\n", lines));
        List<String> problems = lines.stream()
                .filter(l -> l.startsWith("VSCROLL") || l.startsWith("HSCROLL") || l.startsWith("FIGURE-LOW")
                        || l.startsWith("TARGET-BAD") || l.startsWith("ERROR"))
                .toList();
        assertEquals(List.of(), problems);
        long overviews = pages.stream().filter(x -> x.split("/").length == 3 && x.endsWith("/index.html")).count();
        assertEquals(overviews, lines.stream().filter(l -> l.startsWith("FIGURE-OK")).count(), String.join("\n", lines));
        assertTrue(lines.stream().filter(l -> l.startsWith("TARGET-OK")).count() >= 3, String.join("\n", lines));
    }

    private static String js(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

package org.gongkai.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
 * axe-core finds no accessibility violation on any page of the seed portal, at a desktop's and a
 * phone's width. axe-core comes from npm (.ci/run installs it into ~/.cache/gongkai/axe; or name
 * its axe.min.js with -Dgongkai.axe=…); skipped with a message without it or without Chromium.
 */
class AxeTest {

    @TempDir
    Path dir;

    /** -Dgongkai.axe, else where .ci/run installs it (~/.cache/gongkai/axe), else target/axe. */
    static Optional<Path> axe() {
        String module = "node_modules/axe-core/axe.min.js";
        return Stream.of(System.getProperty("gongkai.axe", ""),
                        Path.of(System.getProperty("user.home"), ".cache/gongkai/axe", module).toString(),
                        "target/axe/" + module)
                .filter(s -> !s.isEmpty()).map(Path::of).filter(Files::isRegularFile).findFirst();
    }

    @Test
    void noPageHasAnAxeViolation() throws Exception {
        Optional<Path> browser = BrowserSearchTest.chromium();
        assumeTrue(browser.isPresent(), "跳过：本机没有 Chromium（apt-get install chromium 后运行），未用 axe-core 检查无障碍");
        Optional<Path> axe = axe();
        assumeTrue(axe.isPresent(), "跳过：没有 axe-core（npm install --prefix ~/.cache/gongkai/axe axe-core，或 -Dgongkai.axe=axe.min.js 的路径）");
        Path site = SeedSite.get().toAbsolutePath();
        List<String> pages;
        try (Stream<Path> s = Files.walk(site)) {
            pages = s.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
        String probe;
        try (InputStream in = AxeTest.class.getResourceAsStream("/browser/axe-probe.js")) {
            probe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path axeScript = dir.resolve("axe-source.js");
        // The source as a JS string, so the probe can inject it into each frame.
        Files.writeString(axeScript, "var AXE = " + js(Files.readString(axe.get(), StandardCharsets.UTF_8)) + ";");
        String list = String.join(",", pages.stream().map(AxeTest::js).toList());
        String harness = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>axe</title></head><body>"
                + "<pre id=\"out\"></pre><script>var BASE = " + js(site.toUri().toString()) + "; var PAGES = [" + list
                + "];</script><script src=\"axe-source.js\"></script><script>" + probe + "</script></body></html>";
        Path page = dir.resolve("axe.html");
        Files.writeString(page, harness);
        Path profile = Files.createDirectory(dir.resolve("profile"));
        Process p = new ProcessBuilder(List.of(browser.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--allow-file-access-from-files", "--user-data-dir=" + profile,
                "--virtual-time-budget=1200000", "--dump-dom", page.toUri().toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] dom = p.getInputStream().readAllBytes();
        if (!p.waitFor(600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        String html = new String(dom, StandardCharsets.UTF_8);
        assumeTrue(html.contains("</html>"), "跳过：Chromium 没有输出页面（无头模式在本机不可用）");
        List<String> lines = Arrays.asList(Jsoup.parse(html).getElementById("out").wholeText().split("\n"));
        assertTrue(lines.contains("DONE"), String.join("\n", lines));
        assertTrue(lines.contains("CHECKED " + pages.size()), String.join("\n", lines));
        assertEquals(List.of(), lines.stream().filter(l -> l.startsWith("VIOLATION") || l.startsWith("ERROR")).toList());
    }

    private static String js(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '<' -> b.append("\\u003c");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }
}

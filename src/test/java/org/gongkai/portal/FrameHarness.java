package org.gongkai.portal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Runs a probe script (src/test/resources/browser/) over pages of a built site in headless Chromium:
 * a harness page sets BASE and PAGES, loads the extra scripts and the probe, which loads each page
 * into a frame and writes lines into #out; Chromium dumps the DOM and the lines come back.
 */
final class FrameHarness {

    private FrameHarness() {
    }

    /** Every HTML page of {@code site}, relative, in order; {@code except} left out. */
    static List<String> pages(Path site, String except) throws IOException {
        try (Stream<Path> s = Files.walk(site)) {
            return s.filter(p -> p.toString().endsWith(".html") && !p.getFileName().toString().equals(except))
                    .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        }
    }

    /**
     * The probe's lines; skips the test when Chromium gives no page. {@code scripts} are file names
     * in {@code dir} loaded before the probe.
     */
    static List<String> run(Path browser, Path dir, Path site, List<String> pages, String probe, List<String> scripts,
            int seconds) throws IOException, InterruptedException {
        String source;
        try (InputStream in = FrameHarness.class.getResourceAsStream("/browser/" + probe)) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        StringBuilder extra = new StringBuilder();
        scripts.forEach(s -> extra.append("<script src=\"").append(s).append("\"></script>"));
        String list = String.join(",", pages.stream().map(FrameHarness::js).toList());
        String harness = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>probe</title></head><body>"
                + "<pre id=\"out\"></pre><script>var BASE = " + js(site.toUri().toString()) + "; var PAGES = [" + list
                + "];</script>" + extra + "<script>" + source + "</script></body></html>";
        Path page = dir.resolve("probe.html");
        Files.writeString(page, harness);
        Path profile = Files.createDirectory(dir.resolve("profile"));
        Process p = new ProcessBuilder(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--hide-scrollbars", "--allow-file-access-from-files", "--user-data-dir=" + profile,
                "--virtual-time-budget=" + seconds * 2500L, "--dump-dom", page.toUri().toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        byte[] dom = p.getInputStream().readAllBytes();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        String html = new String(dom, StandardCharsets.UTF_8);
        assumeTrue(html.contains("</html>"), "跳过：Chromium 没有输出页面（无头模式在本机不可用）");
        return Arrays.asList(Jsoup.parse(html).getElementById("out").wholeText().split("\n"));
    }

    /** {@code s} as a JavaScript string literal, safe inside a script element. */
    static String js(String s) {
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

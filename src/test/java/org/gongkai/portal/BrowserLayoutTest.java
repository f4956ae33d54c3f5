package org.gongkai.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gongkai.SeedSite;
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
        List<String> pages = FrameHarness.pages(site, "404.html");
        List<String> lines = FrameHarness.run(browser.get(), dir, site, pages, "layout-probe.js", List.of(), 240);
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
}

package org.gongkai.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongkai.SeedSite;
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
        List<String> pages = FrameHarness.pages(site, "");
        // The source as a JS string, so the probe can inject it into each frame.
        Files.writeString(dir.resolve("axe-source.js"),
                "var AXE = " + FrameHarness.js(Files.readString(axe.get(), StandardCharsets.UTF_8)) + ";");
        List<String> lines = FrameHarness.run(browser.get(), dir, site, pages, "axe-probe.js", List.of("axe-source.js"), 600);
        assertTrue(lines.contains("DONE"), String.join("\n", lines));
        assertTrue(lines.contains("CHECKED " + pages.size()), String.join("\n", lines));
        assertEquals(List.of(), lines.stream().filter(l -> l.startsWith("VIOLATION") || l.startsWith("ERROR")).toList());
    }
}

package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The XSS corpus site in a real headless Chromium, opened from file://: every page is loaded and
 * every link on it clicked, and no script may run (no alert, confirm or prompt dialog, no
 * {@code window.__pwned}), no page may request anything from another host while it is viewed, and
 * every link target, as the browser itself parses it, has an allowed scheme. Runs only where
 * Chromium is installed; {@link XssTest} checks the same site statically everywhere.
 */
class BrowserXssTest {

    private static final String ANCHORS = "Array.from(document.querySelectorAll('a[href], area[href]'))";

    @TempDir
    Path root;
    @TempDir
    Path profile;

    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger loads = new AtomicInteger();
    private final AtomicInteger navigationsStarted = new AtomicInteger();

    @Test
    void noScriptRunsWhenPagesAreViewedAndEveryLinkIsClicked() throws Exception {
        Optional<Path> chromium = Cdp.chromium();
        assumeTrue(chromium.isPresent(), "跳过：本机没有 Chromium（apt-get install chromium 后运行）；XssTest 已静态检查同一门户");
        Fixture fixture = XssTest.writeCorpus(root);
        Fixture.Run run = fixture.build();
        assertEquals(0, run.exit(), run.err());
        List<Path> pages;
        try (Stream<Path> s = Files.walk(fixture.out)) {
            pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        try (Cdp browser = Cdp.start(chromium.get(), profile)) {
            assumeTrue(browser != null, "跳过：Chromium 没有启动（无头模式在本机不可用）");
            browser.onEvent(this::record);
            browser.onEvent(event -> {
                if (event.path("method").asText().equals("Page.javascriptDialogOpening")) {
                    browser.sendAsync("Page.handleJavaScriptDialog", Map.of("accept", false));
                }
            });
            browser.send("Page.enable", Map.of());
            browser.send("Network.enable", Map.of());
            browser.send("Runtime.enable", Map.of());
            canaries(browser, fixture.out.resolve("index.html").toUri().toString());

            List<String> problems = new ArrayList<>();
            int clicked = 0;
            for (Path page : pages) {
                clicked += visit(browser, page.toUri().toString(), problems);
            }
            String search = fixture.out.resolve("search.html").toUri().toString();
            for (String q : List.of("alert", "<img src=x onerror=alert(1)>", "javascript:alert(1)")) {
                visit(browser, search + "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), problems);
            }
            assertTrue(pages.size() >= 20 && clicked >= 300, pages.size() + " pages, " + clicked + " links clicked");
            assertEquals(List.of(), dialogs, "scripts ran");
            assertEquals(List.of(), problems);
        }
    }

    private void record(JsonNode event) {
        JsonNode params = event.path("params");
        switch (event.path("method").asText()) {
            case "Page.javascriptDialogOpening" -> dialogs.add(params.path("type").asText() + ": " + params.path("message").asText());
            case "Network.requestWillBeSent" -> requests.add(params.path("request").path("url").asText());
            case "Page.loadEventFired" -> loads.incrementAndGet();
            case "Page.frameStartedLoading" -> navigationsStarted.incrementAndGet();
            default -> {
            }
        }
    }

    /** Loads {@code url}, checks what it requested and links to, clicks each link; returns the links clicked. */
    private int visit(Cdp browser, String url, List<String> problems) throws Exception {
        open(browser, url);
        for (String r : requests) {
            if (!r.startsWith("file:")) {
                problems.add(url + " requested " + r);
            }
        }
        for (String target : Cdp.texts(browser.evaluate(ANCHORS + ".map(a => a.protocol + ' ' + a.href)"))) {
            String protocol = target.substring(0, target.indexOf(' '));
            if (!List.of("file:", "http:", "https:", "mailto:").contains(protocol)) {
                problems.add(url + " links to " + target);
            }
        }
        int count = browser.evaluate(ANCHORS + ".length").asInt();
        stayOnPage(browser);
        for (int i = 0; i < count; i++) {
            String pwned = click(browser, url, i);
            if (!pwned.equals("undefined")) {
                problems.add(url + ": link " + i + " set window.__pwned = " + pwned);
            }
        }
        return count;
    }

    /** Clicks link {@code i} and returns {@code window.__pwned} as text afterwards. */
    private String click(Cdp browser, String url, int i) throws Exception {
        int started = navigationsStarted.get();
        String pwned;
        try {
            browser.evaluate(ANCHORS + "[" + i + "].click()");
            // A javascript: target runs as a queued task; give it a moment before looking.
            pwned = browser.evaluate("new Promise(r => setTimeout(() => r(String(window.__pwned)), 15))").asText();
        } catch (Cdp.CdpError e) {
            pwned = "undefined"; // the page navigated away while we asked
        }
        if (navigationsStarted.get() != started) {
            open(browser, url);
            stayOnPage(browser);
        }
        return pwned;
    }

    /**
     * Proves that the test can fail: a script link added to a page is caught by each detector
     * (window.__pwned, a dialog), and so is an image from another host.
     */
    private void canaries(Cdp browser, String url) throws Exception {
        open(browser, url);
        browser.evaluate("document.body.insertAdjacentHTML('beforeend', "
                + "'<a href=\"javascript:void(window.__pwned=1)\">a</a><a href=\"JAVASCRIPT:alert(2)\">b</a>'"
                + " + '<img src=\"https://canary.example/x.png\" alt=\"\">'), true");
        Thread.sleep(100);
        assertTrue(requests.contains("https://canary.example/x.png"), "requests seen: " + requests);
        stayOnPage(browser);
        int count = browser.evaluate(ANCHORS + ".length").asInt();
        assertEquals("1", click(browser, url, count - 2), "window.__pwned canary");
        click(browser, url, count - 1);
        Thread.sleep(100);
        assertEquals(List.of("alert: 2"), dialogs, "dialog canary");
        dialogs.clear();
    }

    /**
     * Cancels the navigations that link clicks start, so every link of a page is clicked without
     * reloading it. A javascript: target is not a navigation that can be cancelled (the browser runs
     * it before the navigate event), so it still runs and is caught.
     */
    private static void stayOnPage(Cdp browser) throws Exception {
        browser.evaluate("navigation.addEventListener('navigate', e => { if (e.cancelable) e.preventDefault(); }), true");
    }

    /** Navigates and waits for the load event; requests seen are those of this page alone. */
    private void open(Cdp browser, String url) throws Exception {
        int before = loads.get();
        requests.clear();
        browser.send("Page.navigate", Map.of("url", url));
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (loads.get() == before) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("page did not load: " + url);
            }
            Thread.sleep(5);
        }
    }
}

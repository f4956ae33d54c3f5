package org.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.gongkai.cli.Main;
import org.gongkai.model.Disclosure;
import org.gongkai.render.site.Addresses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview server on a copy of content/: serving, editing, errors, and equality with a build. */
class ServeTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path tmp;

    private Path content;
    private Serve serve;
    private final List<Preview.Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final List<RuntimeException> failures = new CopyOnWriteArrayList<>();

    @BeforeEach
    void copyContent() throws IOException {
        content = Corpus.copy(Path.of("content"), tmp.resolve("content"), 1);
    }

    @AfterEach
    void stop() {
        if (serve != null) {
            serve.close();
        }
        assertEquals(List.of(), failures);
    }

    private void start() throws IOException {
        serve = Serve.start(content, 0, new Serve.Listener() {
            @Override
            public void refreshed(Preview.Outcome outcome) {
                outcomes.add(outcome);
            }

            @Override
            public void failed(RuntimeException e) {
                failures.add(e);
            }
        });
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(serve.address().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(serve.address().resolve(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Waits until the watcher has handled a change after {@code generation}. */
    private long awaitChange(long generation) throws InterruptedException {
        long end = System.currentTimeMillis() + 20_000;
        while (serve.preview().state().generation() == generation) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("no refresh within 20 s");
            }
            Thread.sleep(5);
        }
        return serve.preview().state().generation();
    }

    @Test
    void servesTheSiteOnLoopbackWithTheReloadScriptInHtmlOnly() throws Exception {
        start();
        assertEquals("127.0.0.1", serve.address().getHost());
        HttpResponse<String> home = get("/");
        assertEquals(200, home.statusCode());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElseThrow());
        long generation = serve.preview().state().generation();
        String tag = "<script src=\"/__gongkai/live.js\" data-generation=\"" + generation + "\"></script>";
        assertEquals(home.body().lastIndexOf("</body>") - tag.length(), home.body().indexOf(tag));
        assertEquals(home.body().indexOf("/__gongkai/"), home.body().lastIndexOf("/__gongkai/"), "one script, nothing else");
        HttpResponse<String> css = get("/" + Addresses.STYLESHEET);
        assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
        assertFalse(css.body().contains("__gongkai"));
        HttpResponse<String> script = get("/__gongkai/live.js");
        assertEquals("text/javascript; charset=utf-8", script.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(script.body().contains("new EventSource('/__gongkai/events?since='"), script.body());
        Disclosure d = Corpus.disclosures(content).get(0);
        String folder = "/" + Addresses.folder(d.department());
        HttpResponse<String> redirect = get(folder);
        assertEquals(301, redirect.statusCode());
        assertEquals(folder + "/", redirect.headers().firstValue("Location").orElseThrow());
        assertEquals(200, get(folder + "/").statusCode());
        HttpResponse<byte[]> csv = bytes("/" + Addresses.csv(d, d.tables().findFirst().orElseThrow()));
        assertEquals("text/csv; charset=utf-8", csv.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void refusesAddressesOutsideTheSiteAndAnswersUnknownOnesWithTheSitesNotFoundPage() throws Exception {
        start();
        for (String raw : List.of("/a/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd", "/a//b.html",
                "/a%5c..%5cb.html", "/index.html%00")) {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(serve.address() + raw.substring(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), raw);
        }
        HttpResponse<String> missing = get("/no-such-page.html");
        assertEquals(404, missing.statusCode());
        String notFound = new String(serve.preview().state().files().file(Addresses.NOT_FOUND).orElseThrow().get(),
                StandardCharsets.UTF_8);
        assertTrue(missing.body().startsWith(notFound.substring(0, notFound.indexOf("</body>"))), missing.body());
        HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(serve.address()).POST(HttpRequest.BodyPublishers.ofString("x"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        HttpResponse<Void> head = HTTP.send(HttpRequest.newBuilder(serve.address()).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode());
    }

    @Test
    void anEditRemakesOnlyThePagesThatReadTheChangedFile() throws Exception {
        start();
        List<Disclosure> all = Corpus.disclosures(content);
        Disclosure edited = all.get(0);
        Disclosure other = all.stream().filter(o -> !o.department().id().equals(edited.department().id())).findFirst().orElseThrow();
        String page = Addresses.disclosure(edited);
        String otherPage = Addresses.disclosure(other);
        String otherData = Addresses.json(other);
        assertFalse(get("/" + page).body().contains("预览改动后的标题"));
        get("/" + otherPage);
        Made otherBefore = serve.preview().state().files().file(otherPage).orElseThrow();
        Made otherDataBefore = serve.preview().state().files().file(otherData).orElseThrow();
        Made homeBefore = serve.preview().state().files().file(Addresses.HOME).orElseThrow();
        Made pageBefore = serve.preview().state().files().file(page).orElseThrow();

        long generation = serve.preview().state().generation();
        Corpus.retitle(Corpus.fileOf(content, edited), "预览改动后的标题");
        awaitChange(generation);

        assertTrue(get("/" + page).body().contains("预览改动后的标题"));
        SiteFiles files = serve.preview().state().files();
        assertNotSame(pageBefore, files.file(page).orElseThrow(), "the edited disclosure's pages are listed again");
        assertNotSame(homeBefore, files.file(Addresses.HOME).orElseThrow(), "the portal's pages read every disclosure");
        assertSame(otherBefore, files.file(otherPage).orElseThrow(), "another department's pages did not read the file");
        assertTrue(otherBefore.made());
        assertSame(otherDataBefore, files.file(otherData).orElseThrow());
        Preview.Outcome last = outcomes.get(outcomes.size() - 1);
        assertFalse(last.full());
        assertTrue(last.published());
    }

    @Test
    void afterEditsThePreviewServesWhatABuildWrites() throws Exception {
        start();
        List<Disclosure> all = Corpus.disclosures(content);
        long generation = serve.preview().state().generation();
        Corpus.retitle(Corpus.fileOf(content, all.get(0)), "第一次改动");
        generation = awaitChange(generation);
        Path removed = Corpus.fileOf(content, all.get(all.size() - 1));
        Files.delete(removed);
        awaitChange(generation);
        assertFalse(outcomes.get(outcomes.size() - 1).full());

        Path out = tmp.resolve("site");
        StringWriter err = new StringWriter();
        assertEquals(0, Main.run(new String[] {"build", "--content", content.toString(), "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err)), err.toString());
        Map<String, byte[]> built = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                built.put(out.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        // Files only a publication has: the manifest, the checksums, robots.txt and the sitemap.
        Set<String> publishing = Set.of(Addresses.MANIFEST, Addresses.SUMS, Addresses.ROBOTS, Addresses.SITEMAP);
        Map<String, Made> served = serve.preview().state().files().files();
        Set<String> expected = new TreeSet<>(built.keySet());
        expected.removeAll(publishing);
        assertEquals(expected, new TreeSet<>(served.keySet()));
        for (String path : expected) {
            if (!java.util.Arrays.equals(built.get(path), served.get(path).get())) {
                throw new AssertionError("the preview's " + path + " differs from the build's");
            }
        }
    }

    @Test
    void aBrokenEditShowsTheErrorsOverTheLastGoodSiteUntilItIsFixed() throws Exception {
        start();
        Disclosure d = Corpus.disclosures(content).get(0);
        Path file = Corpus.fileOf(content, d);
        String good = Files.readString(file, StandardCharsets.UTF_8);
        String page = "/" + Addresses.disclosure(d);
        String before = get(page).body();
        long generation = serve.preview().state().generation();
        Corpus.write(file, good + "\"<b>x</b>\": 1\n");
        generation = awaitChange(generation);

        HttpResponse<String> broken = get(page);
        assertEquals(200, broken.statusCode());
        String shown = content.resolve(d.department().id()) + "/" + file.getFileName();
        int line = (int) good.lines().count() + 1;
        assertTrue(broken.body().contains("<h2 style=\"margin:0 0 .5em;color:#b00020;font-size:1.2em\">内容有 1 个错误，"
                + "预览仍显示上次成功生成的门户</h2>"), broken.body());
        assertTrue(broken.body().contains(shown + ":" + line + ":1: 错误：未知的键“&lt;b&gt;x&lt;/b&gt;” [schema.unknown-key]\n"
                + "  &quot;&lt;b&gt;x&lt;/b&gt;&quot;: 1\n  ^\n  提示：此处可用的键："), broken.body());
        assertFalse(broken.body().contains("<b>x</b>"));
        // The last good page is still there, below the errors.
        String withoutErrors = broken.body().replaceFirst("(?s)<section id=\"gongkai-preview-errors\".*?</section>", "")
                .replace("data-generation=\"" + generation + "\"", "data-generation=\"" + (generation - 1) + "\"");
        assertEquals(before, withoutErrors);
        assertFalse(get("/" + Addresses.HOME).body().indexOf("gongkai-preview-errors") < 0);

        Corpus.write(file, good);
        Corpus.retitle(file, "改正后的标题");
        awaitChange(generation);
        String fixed = get(page).body();
        assertTrue(fixed.contains("改正后的标题"));
        assertFalse(fixed.contains("gongkai-preview-errors"));
    }

    @Test
    void contentWithErrorsAtTheStartIsAnErrorPageUntilFixed() throws Exception {
        Path site = content.resolve("site.yaml");
        String good = Files.readString(site, StandardCharsets.UTF_8);
        Corpus.write(site, "title: [\n");
        start();
        HttpResponse<String> r = get("/");
        assertEquals(500, r.statusCode());
        assertTrue(r.body().contains(content.resolve("site.yaml") + ":"), r.body());
        assertTrue(r.body().contains("错误：YAML 语法错误"), r.body());
        assertTrue(r.body().contains("<script src=\"/__gongkai/live.js\""), r.body());
        long generation = serve.preview().state().generation();
        Corpus.write(site, good);
        awaitChange(generation);
        assertEquals(200, get("/").statusCode());
        assertTrue(outcomes.get(outcomes.size() - 1).full());
    }

    @Test
    void openPagesAreToldToReloadByServerSentEvents() throws Exception {
        start();
        long generation = serve.preview().state().generation();
        HttpRequest request = HttpRequest.newBuilder(serve.address().resolve("/__gongkai/events?since=" + generation)).build();
        var lines = HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        HttpResponse<Stream<String>> stream = lines.get();
        assertEquals("text/event-stream; charset=utf-8", stream.headers().firstValue("Content-Type").orElseThrow());
        var it = stream.body().iterator();
        assertEquals("retry: 1000", it.next());
        Disclosure d = Corpus.disclosures(content).get(0);
        Corpus.retitle(Corpus.fileOf(content, d), "事件测试");
        String line = it.next();
        while (line.isEmpty() || line.startsWith(":")) {
            line = it.next();
        }
        assertEquals("event: reload", line);
        assertEquals("data: " + serve.preview().state().generation(), it.next());
        // A page served at an older generation than the current one is told at once.
        var stale = HTTP.send(HttpRequest.newBuilder(serve.address().resolve("/__gongkai/events?since=" + generation)).build(),
                HttpResponse.BodyHandlers.ofLines()).body().iterator();
        assertEquals("retry: 1000", stale.next());
        assertEquals("", stale.next());
        assertEquals("event: reload", stale.next());
    }

    @Test
    void editorFilesTheLoaderDoesNotReadChangeNothing() throws Exception {
        start();
        Disclosure d = Corpus.disclosures(content).get(0);
        long generation = serve.preview().state().generation();
        Files.writeString(content.resolve(d.department().id()).resolve(".swap"), "x");
        Files.writeString(content.resolve(d.department().id()).resolve("notes.txt~"), "x");
        Corpus.retitle(Corpus.fileOf(content, d), "只有这一处改动");
        awaitChange(generation);
        Thread.sleep(200);
        assertEquals(generation + 1, serve.preview().state().generation());
        assertEquals(2, outcomes.size(), outcomes.toString());
    }
}

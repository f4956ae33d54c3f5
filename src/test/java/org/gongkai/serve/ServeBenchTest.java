package org.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.gongkai.model.Disclosure;
import org.gongkai.render.site.Addresses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long a browser waits for an edited page at 1,000 department-years (content/ repeated in
 * 200 copies of each department): from saving the file to having the new page, through the watcher,
 * the refresh, the event stream and the request, as the browser does it. A measurement, not a
 * timed assertion: run with {@code mvn test -Dtest=ServeBenchTest -Dgongkai.bench=true}
 * ({@code -Dgongkai.bench.copies=N} for another size).
 */
@EnabledIfSystemProperty(named = "gongkai.bench", matches = "true")
class ServeBenchTest {

    /** Edits before the measured ones: a server that has been running a while has compiled its hot code. */
    private static final int WARM_UP = 5;
    private static final int EDITS = 10;

    @TempDir
    Path tmp;

    @Test
    void editToUpdatedPageAtAThousandDepartmentYears() throws Exception {
        int copies = Integer.getInteger("gongkai.bench.copies", 200);
        Path content = Corpus.copy(Path.of("content"), tmp.resolve("content"), copies);
        List<Disclosure> all = Corpus.disclosures(content);
        Disclosure d = all.get(all.size() / 2);
        Path file = Corpus.fileOf(content, d);
        String page = "/" + Addresses.disclosure(d);

        List<Preview.Outcome> outcomes = new CopyOnWriteArrayList<>();
        long start = System.nanoTime();
        try (Serve serve = Serve.start(content, 0, new Serve.Listener() {
            @Override
            public void refreshed(Preview.Outcome outcome) {
                outcomes.add(outcome);
            }

            @Override
            public void failed(RuntimeException e) {
                throw e;
            }
        })) {
            long load = (System.nanoTime() - start) / 1_000_000;
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest get = HttpRequest.newBuilder(serve.address().resolve(page)).build();
            long first = System.nanoTime();
            http.send(get, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long firstPage = (System.nanoTime() - first) / 1_000_000;
            HttpResponse<Stream<String>> events = http.send(HttpRequest.newBuilder(serve.address()
                    .resolve("/__gongkai/events?since=" + serve.preview().state().generation())).build(),
                    HttpResponse.BodyHandlers.ofLines());
            Iterator<String> lines = events.body().iterator();
            List<Long> waits = new ArrayList<>();
            for (int i = 1; i <= WARM_UP + EDITS; i++) {
                String title = "第 " + i + " 次改动";
                long t0 = System.nanoTime();
                Corpus.retitle(file, title);
                while (!lines.next().equals("event: reload")) {
                    // retry and keep-alive lines
                }
                String body = http.send(get, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
                waits.add((System.nanoTime() - t0) / 1_000_000);
                assertTrue(body.contains(title));
                Thread.sleep(300);
            }
            // The portal's pages are listed and rendered when first asked for after an edit.
            long home = System.nanoTime();
            assertEquals(200, http.send(HttpRequest.newBuilder(serve.address()).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode());
            long homeMillis = (System.nanoTime() - home) / 1_000_000;
            List<Long> refresh = outcomes.stream().filter(o -> !o.full()).map(Preview.Outcome::millis).toList();
            assertEquals(WARM_UP + EDITS, refresh.size());
            List<Long> measured = waits.subList(WARM_UP, waits.size()).stream().sorted().toList();
            System.out.println("serve at " + all.size() + " department-years: load and check " + load + " ms, first view of "
                    + page + " " + firstPage + " ms; edit → updated page: first " + WARM_UP + " edits "
                    + waits.subList(0, WARM_UP) + " ms, then " + waits.subList(WARM_UP, waits.size()) + " ms (median "
                    + measured.get(measured.size() / 2) + ", max " + measured.get(measured.size() - 1)
                    + "); of which refresh " + refresh + " ms; then the home page " + homeMillis + " ms");
        }
    }
}

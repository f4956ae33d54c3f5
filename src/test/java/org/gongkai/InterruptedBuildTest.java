package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed (SIGKILL) at many points: whenever a previous build had completed, the output holds
 * a whole site, the old or the new, that `verify` passes; the next build succeeds and leaves nothing
 * beside the output but its lock file. The points are set by time (start-up, loading) and by what the
 * build has done on disk (staging folder made, files written, manifest written, sites switched), some
 * with the two-rename switch instead of the exchange.
 */
class InterruptedBuildTest {

    @TempDir
    Path tmp;
    Fixture fx;

    /** When to kill: once {@code ready} holds (polled every millisecond), after {@code delayMs} more. */
    record Point(String name, boolean fallback, Predicate<Probe> ready, long delayMs) {
    }

    /** What the killed build has done so far. */
    record Probe(long elapsedMs, Path root, String next) {

        Optional<Path> staging() {
            try (Stream<Path> s = Files.list(root)) {
                return s.filter(f -> f.getFileName().toString().startsWith(".site-output.gongkai-staging-")).findFirst();
            } catch (IOException e) {
                return Optional.empty();
            }
        }

        long written() {
            Optional<Path> site = staging().map(d -> d.resolve("site"));
            try (Stream<Path> s = Files.walk(site.orElseThrow())) {
                return s.filter(Files::isRegularFile).count();
            } catch (IOException | RuntimeException e) {
                return 0;
            }
        }

        boolean switched() {
            try {
                return Files.readString(root.resolve("site-output/index.html")).contains(next);
            } catch (IOException e) {
                return false;
            }
        }
    }

    @Test
    void killedAtAnyPointTheOutputIsWholeAndTheNextBuildWorks() throws Exception {
        fx = new Fixture(tmp.resolve("work"));
        title("初版");
        assertEquals(0, fx.build().exit());
        long files = Files.readAllLines(fx.out.resolve("SHA256SUMS")).size();
        String[] args = {"build", "--content", fx.content.toString(), "--out", fx.out.toString()};

        // One complete run first, to place the time-based points.
        long start = System.nanoTime();
        Subprocess measured = Subprocess.start(tmp.resolve("logs"), "measure", List.of(), args);
        assertEquals(0, measured.exit(), measured.err());
        long totalMs = (System.nanoTime() - start) / 1_000_000;

        List<Point> points = List.of(
                new Point("启动", false, p -> true, 0),
                new Point("运行 1/3", true, p -> p.elapsedMs() >= totalMs / 3, 0),
                new Point("运行 1/2", false, p -> p.elapsedMs() >= totalMs / 2, 0),
                new Point("临时目录出现", false, p -> p.staging().isPresent(), 0),
                new Point("写出 1 个文件", true, p -> p.written() >= 1, 0),
                new Point("写出 1/3", false, p -> p.written() >= files / 3, 0),
                new Point("写出 2/3", true, p -> p.written() >= files * 2 / 3, 0),
                new Point("写完", false, p -> p.written() >= files, 0),
                new Point("写完", true, p -> p.written() >= files, 0),
                new Point("已切换", false, Probe::switched, 0),
                new Point("已切换", true, Probe::switched, 0),
                new Point("已切换 +3 ms", false, Probe::switched, 3),
                new Point("已切换 +3 ms", true, Probe::switched, 3));

        String previous = "初版";
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            String next = "第" + (char) ('A' + i) + "版";
            title(next);
            List<String> jvm = point.fallback() ? List.of("-Dgongkai.write.exchange=false") : List.of();
            long t0 = System.nanoTime();
            Subprocess build = Subprocess.start(tmp.resolve("logs"), "kill" + i, jvm, args);
            while (build.process().isAlive() && !point.ready().test(new Probe((System.nanoTime() - t0) / 1_000_000, fx.root, next))) {
                Thread.sleep(1);
            }
            Thread.sleep(point.delayMs());
            boolean ended = !build.process().isAlive();
            build.kill();
            String at = point.name() + (point.fallback() ? "（两次改名）" : "");

            String outcome;
            if (Files.exists(fx.out)) {
                Fixture.Run verify = fx.run("verify", fx.out.toString());
                assertEquals(0, verify.exit(), "killed at " + at + ": " + verify.err());
                String page = fx.page("index.html");
                boolean old = page.contains("测试门户" + previous + "<");
                assertTrue(old || page.contains("测试门户" + next + "<"), "the old or the new site, whole: " + at);
                outcome = ended ? "已结束" : old ? "旧" : "新";
            } else {
                // Only the two-rename switch has an instant without a site; the next build puts it back.
                assertTrue(point.fallback(), "with the exchange the output is never missing: " + at);
                outcome = "无";
            }
            outcomes.add(at + "：" + outcome);
            previous = "第" + (char) ('A' + i) + "次后";
            title(previous);
            Fixture.Run again = fx.build();
            assertEquals(0, again.exit(), again.err());
            assertEquals(0, fx.run("verify", fx.out.toString()).exit());
            assertTrue(fx.page("index.html").contains("测试门户" + previous + "<"));
            assertEquals(List.of(".site-output.gongkai-lock", "content", "site-output"), names(fx.root),
                    "nothing left beside the output after a kill at " + at);
        }
        System.out.println("InterruptedBuildTest: a run takes " + totalMs + " ms; " + outcomes);
    }

    void title(String title) throws IOException {
        fx.write("site.yaml", Fixture.SITE.replace("title: 测试门户", "title: 测试门户" + title));
    }

    static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}

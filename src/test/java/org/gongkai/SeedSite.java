package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.gongkai.cli.Main;
import org.gongkai.diag.Diagnostics;
import org.gongkai.load.ContentReader;
import org.gongkai.model.Portal;

/**
 * The repository's content/ built once per test run and shared by the tests that only read the
 * output (the machine is small: one build instead of one per test class). Removed at exit.
 */
public final class SeedSite {

    private static Path out;
    private static Portal portal;

    private SeedSite() {
    }

    public static synchronized Path get() {
        if (out == null) {
            try {
                Path dir = Files.createTempDirectory("gongkai-seed-site");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                Path site = dir.resolve("site");
                StringWriter err = new StringWriter();
                int code = Main.run(new String[] {"build", "--content", "content", "--out", site.toString()},
                        new PrintWriter(new StringWriter()), new PrintWriter(err));
                assertEquals(0, code, err.toString());
                out = site;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The same content/ loaded into the model, to compare pages and files against. */
    public static synchronized Portal portal() {
        if (portal == null) {
            portal = new ContentReader(Path.of("content"), new Diagnostics()).read().orElseThrow().portal();
        }
        return portal;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: it is a temp folder
        }
    }
}

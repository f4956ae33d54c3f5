package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gongkai.diag.Diagnostics;
import org.gongkai.load.ContentReader;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Portal;
import org.gongkai.model.Row;
import org.gongkai.model.Table;
import org.gongkai.render.excel.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gongkai import} of each seed's exported workbook back into a copy of its own file: the
 * command succeeds, the file loads to the same tables cell for cell, and everything outside the
 * tables lists is byte for byte what it was.
 */
class ImportSeedsTest {

    @TempDir
    Path tmp;

    @Test
    void everySeedImportsBackIntoItsOwnFile() throws IOException {
        Path content = tmp.resolve("content");
        copy(Path.of("content"), content);
        Portal before = load(content);
        int imported = 0;
        for (Disclosure d : before.disclosures()) {
            if (d.tables().findAny().isEmpty()) {
                continue;
            }
            Path book = tmp.resolve(d.department().id() + "-" + d.year() + "-" + d.kind().slug() + ".xlsx");
            Files.write(book, Workbooks.disclosure(d));
            Path file = content.resolve(d.path() + ".yaml");
            String old = Files.readString(file, StandardCharsets.UTF_8);
            Fixture.Run run = new Fixture(tmp.resolve("unused-" + imported)).run("import", book.toString(), "--into", file.toString());
            assertEquals(0, run.exit(), run.err());
            assertTrue(run.out().contains("已写入 " + file + "：" + d.tables().count() + " 张表"), run.out());
            String now = Files.readString(file, StandardCharsets.UTF_8);
            assertEquals(outsideTables(old), outsideTables(now), d.path());
            imported++;
        }
        assertTrue(imported >= 4, "imported: " + imported);
        Portal after = load(content);
        assertEquals(before.disclosures().size(), after.disclosures().size());
        for (int i = 0; i < before.disclosures().size(); i++) {
            assertSameTables(before.disclosures().get(i).tables().toList(), after.disclosures().get(i).tables().toList());
        }
    }

    @Test
    void theFixtureAndTheXssCorpusRoundTrip() throws IOException {
        Fixture fx = new Fixture(tmp);
        // The XSS corpus as XssTest lays it out: its own form set, layouts and catalogue.
        fx.write("site.yaml", XssTest.corpus("site.yaml"));
        fx.write("forms/xss.yaml", XssTest.corpus("forms.yaml"));
        fx.write("performance/xss.yaml", XssTest.corpus("layouts.yaml"));
        fx.write("catalogue/xss.yaml", XssTest.corpus("catalogue.yaml"));
        // Import finds a table by its form's name in the printed title: give the corpus table a title
        // that holds its form's name (payload and all), as a real title holds the form's.
        Path xss = fx.write("xssdept/2021-final.yaml", XssTest.corpus("2021-final.yaml")
                .replace("支出决算表<img src=x onerror=alert(22)>", "支出决算表<img src=x onerror=alert(302)>"));
        fx.write("xssdept/department.yaml", XssTest.corpus("department.yaml"));
        Portal before = load(fx.content);
        for (Disclosure d : before.disclosures()) {
            Path book = tmp.resolve(d.department().id() + ".xlsx");
            Files.write(book, Workbooks.disclosure(d));
            Fixture.Run run = fx.run("import", book.toString(), "--into", fx.content.resolve(d.path() + ".yaml").toString());
            assertEquals(0, run.exit(), run.err());
        }
        assertTrue(Files.readString(xss).contains("- form: expense"));
        Portal after = load(fx.content);
        for (int i = 0; i < before.disclosures().size(); i++) {
            List<Table> was = before.disclosures().get(i).tables().toList();
            List<Table> is = after.disclosures().get(i).tables().toList();
            assertSameTables(was, is);
        }
    }

    static void assertSameTables(List<Table> expected, List<Table> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            Table e = expected.get(i);
            Table a = actual.get(i);
            String at = e.number() + " " + e.title();
            // A literal block's final line break ("notes: |") is YAML syntax, not part of the note.
            assertEquals(List.of(e.slug(), e.form().id(), e.number(), e.title(), e.department(), e.unit(), e.notes().stripTrailing(),
                    e.statement(), e.missing()), List.of(a.slug(), a.form().id(), a.number(), a.title(), a.department(), a.unit(),
                    a.notes().stripTrailing(), a.statement(), a.missing()), at);
            assertEquals(cells(e.rows()), cells(a.rows()), at);
        }
    }

    private static List<List<String>> cells(List<Row> rows) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(r.cells().stream().map(c -> c.kind() + ":" + c.raw()).toList());
        }
        return out;
    }

    /** The file without the lines of its tables lists (from "tables:" to the next part). */
    static String outsideTables(String text) {
        StringBuilder out = new StringBuilder();
        boolean inTables = false;
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("  - ")) {
                inTables = false;
            }
            if (!inTables) {
                out.append(line).append('\n');
            }
            if (line.startsWith("    tables:")) {
                inTables = true;
            }
        }
        return out.toString();
    }

    private static Portal load(Path content) {
        Diagnostics d = new Diagnostics();
        Portal p = new ContentReader(content, d).read().orElseThrow().portal();
        assertTrue(!d.hasErrors(), d.sorted().toString());
        return p;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
    }

}

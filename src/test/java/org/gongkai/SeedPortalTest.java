package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.cli.Main;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: the repository's own content/ (the five seed disclosures) builds into a portal. */
class SeedPortalTest {

    @TempDir
    static Path tmp;
    static Path out;

    @BeforeAll
    static void buildPortal() {
        out = tmp.resolve("site");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"build", "--content", "content", "--out", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    @Test
    void homeLinksToEveryDepartmentAndDisclosure() throws IOException {
        Document home = page("index.html");
        for (String dept : new String[] {"hanyang-dsj", "wuchang-dsj", "dongxihu-dsj", "xinzhou-dsj", "jianghan-dsj"}) {
            assertTrue(!home.select("a[href=" + dept + "/index.html]").isEmpty(), dept);
        }
        assertEquals(5, home.select("ul.disclosure-list a").size());
    }

    @Test
    void eachSeedShowsItsTotal() throws IOException {
        String[][] totals = {
            {"hanyang-dsj/2021-budget/full.html", "2,320.28"},
            {"wuchang-dsj/2019-final/full.html", "2,533.25"},
            {"dongxihu-dsj/2021-final/full.html", "1118.78"},
            {"xinzhou-dsj/2023-budget/full.html", "307.24"},
            {"jianghan-dsj/2021-final/full.html", "2,812.11"},
        };
        for (String[] t : totals) {
            assertTrue(page(t[0]).text().contains(t[1]), t[0] + " should show " + t[1]);
        }
    }

    @Test
    void everyTableHasACaptionAndScopedHeaders() throws IOException {
        Document full = page("jianghan-dsj/2021-final/full.html");
        assertEquals(9, full.select("table.form-table").size());
        for (var table : full.select("table.form-table")) {
            assertTrue(table.selectFirst("caption") != null);
            assertTrue(table.select("thead th:not([scope])").isEmpty());
        }
    }
}

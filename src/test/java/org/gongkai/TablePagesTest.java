package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Part;
import org.gongkai.model.Portal;
import org.gongkai.model.Table;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The table pages of the repository's content (the seeds) against the model they were drawn from:
 * header spans that tile the form's columns, one body row per source row with every cell as
 * written, and one golden page fragment per form kind. After an intended change to table markup,
 * run {@code mvn test -Dtest=TablePagesTest -Dgolden.update=true} and review the diff.
 */
class TablePagesTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/tables");

    static Path out;
    static Portal portal;

    @BeforeAll
    static void build() {
        out = SeedSite.get();
        portal = SeedSite.portal();
    }

    record Placed(Disclosure disclosure, Table table) {
        Path page() {
            return out.resolve(disclosure.path() + "/tables/" + table.slug() + ".html");
        }
    }

    private static List<Placed> tables() {
        List<Placed> all = new ArrayList<>();
        for (Disclosure d : portal.disclosures()) {
            for (Part p : d.parts()) {
                if (p instanceof Part.TablesPart tp) {
                    tp.tables().forEach(t -> all.add(new Placed(d, t)));
                }
            }
        }
        return all;
    }

    private static Element table(Placed p) throws IOException {
        Document doc = Jsoup.parse(Files.readString(p.page()));
        Elements tables = doc.select("main table.form-table");
        assertEquals(1, tables.size(), p.page().toString());
        return tables.first();
    }

    @Test
    void everySeedWithTablesHasTablePages() {
        Map<String, Integer> perDisclosure = new LinkedHashMap<>();
        for (Placed p : tables()) {
            perDisclosure.merge(p.disclosure().path(), 1, Integer::sum);
        }
        assertEquals(Map.of("hanyang-dsj/2021-budget", 8, "wuchang-dsj/2019-final", 8,
                "xinzhou-dsj/2023-budget", 9, "jianghan-dsj/2021-final", 9), perDisclosure);
    }

    /** Each header row, with the rowspans of the rows above it, covers exactly the form's columns. */
    @Test
    void headerSpansTileTheFormColumns() throws IOException {
        for (Placed p : tables()) {
            Element table = table(p);
            int width = p.table().form().columns().size();
            Elements rows = table.select("thead > tr");
            int[] carried = new int[rows.size() + 8];
            for (int r = 0; r < rows.size(); r++) {
                int covered = carried[r];
                for (Element th : rows.get(r).children()) {
                    // Every header cell with text is a th with scope; an empty one is a plain td.
                    assertEquals(th.text().isEmpty() ? "td" : "th", th.tagName(), p.page() + ": " + th);
                    assertTrue(th.text().isEmpty() || th.hasAttr("scope"), p.page() + ": header without scope");
                    int span = intAttr(th, "colspan");
                    int down = intAttr(th, "rowspan");
                    covered += span;
                    for (int below = r + 1; below < r + down; below++) {
                        carried[below] += span;
                    }
                }
                assertEquals(width, covered, p.page() + " header row " + (r + 1));
            }
        }
    }

    /** One body row per source row, each cell exactly as written, names as row headers. */
    @Test
    void bodyRowsAreTheSourceRowsCellForCell() throws IOException {
        int cells = 0;
        for (Placed p : tables()) {
            Elements rows = table(p).select("tbody > tr");
            List<org.gongkai.model.Row> source = p.table().rows();
            if (source.isEmpty()) {
                assertEquals(1, rows.size());
                continue;
            }
            assertEquals(source.size(), rows.size(), p.page().toString());
            for (int r = 0; r < source.size(); r++) {
                Elements html = rows.get(r).children();
                List<org.gongkai.model.Cell> model = source.get(r).cells();
                assertEquals(model.size(), html.size(), p.page() + " row " + (r + 1));
                for (int c = 0; c < model.size(); c++) {
                    Element cell = html.get(c).clone();
                    // A restored figure carries its note mark; the figure itself is the cell's.
                    assertEquals(model.get(c).isRestored(), !cell.select("sup.mark").remove().isEmpty(), p.page() + " row " + (r + 1) + " col " + (c + 1));
                    assertEquals(model.get(c).raw(), cell.text(), p.page() + " row " + (r + 1) + " col " + (c + 1));
                    cells++;
                }
            }
        }
        assertTrue(cells > 3000, "cells compared: " + cells);
    }

    /** Spot checks against the published PDFs: a named row and column hold the printed amount. */
    @Test
    void namedCellsHoldThePublishedAmounts() throws IOException {
        Element summary = table(find("jianghan-dsj/2021-final", "income-expense-summary"));
        Element row = rowNamed(summary, "一、一般公共预算财政拨款收入");
        assertEquals("2,484.74", row.child(2).text());
        assertEquals("一、一般公共服务支出", row.child(3).text());
        assertEquals("2,697.43", row.child(5).text());
        // The amount cell is announced with its column and its row.
        String headers = row.child(2).attr("headers");
        assertTrue(headers.contains(row.child(0).id()), headers);
    }

    @Test
    void amountsAreRightAlignedAndNamesIndentedByLevel() throws IOException {
        Element expense = table(find("wuchang-dsj/2019-final", "expense"));
        assertFalse(expense.select("td.num").isEmpty());
        assertFalse(expense.select("th.name.lvl-1").isEmpty());
        assertFalse(expense.select("th.name.lvl-3").isEmpty());
        // On a phone the code and name columns stay visible while the amounts scroll sideways.
        for (Element tr : expense.select("tbody > tr")) {
            assertTrue(tr.child(0).hasClass("stick-0") && tr.child(1).hasClass("stick-1"), tr.outerHtml());
            assertFalse(tr.child(2).hasClass("stick-0") || tr.child(2).hasClass("stick-1"), tr.outerHtml());
        }
    }

    /** One golden fragment (the table's figure) per form kind, from its first table in the portal. */
    @Test
    void oneGoldenTablePerFormKind() throws IOException {
        Map<String, Placed> firstOfKind = new LinkedHashMap<>();
        for (Placed p : tables()) {
            firstOfKind.putIfAbsent(p.table().form().id(), p);
        }
        boolean update = Boolean.getBoolean("golden.update");
        if (update) {
            Files.createDirectories(GOLDEN);
        }
        List<String> differing = new ArrayList<>();
        for (Map.Entry<String, Placed> e : firstOfKind.entrySet()) {
            Placed p = e.getValue();
            String fragment = "<!-- " + p.disclosure().path() + "/tables/" + p.table().slug() + ".html -->\n"
                    + figure(Files.readString(p.page())) + "\n";
            Path golden = GOLDEN.resolve(e.getKey() + ".html");
            if (update) {
                Files.writeString(golden, fragment);
            } else if (!Files.exists(golden) || !Files.readString(golden).equals(fragment)) {
                differing.add(golden.toString());
            }
        }
        assertTrue(differing.isEmpty(), "table markup differs from golden files (review, then rerun with "
                + "-Dgolden.update=true): " + differing);
        TreeSet<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            files.forEach(f -> present.add(f.getFileName().toString().replace(".html", "")));
        }
        assertEquals(new TreeSet<>(firstOfKind.keySet()), present, "stale or missing golden files");
    }

    private static String figure(String page) {
        int start = page.indexOf("<figure class=\"table-figure\"");
        int end = page.indexOf("</figure>", start);
        assertTrue(start >= 0 && end > start, "no table figure");
        return page.substring(start, end + "</figure>".length());
    }

    private static Placed find(String disclosure, String formId) {
        return tables().stream()
                .filter(p -> p.disclosure().path().equals(disclosure) && p.table().form().id().equals(formId))
                .findFirst().orElseThrow();
    }

    private static Element rowNamed(Element table, String name) {
        for (Element tr : table.select("tbody > tr")) {
            if (tr.child(0).text().equals(name)) {
                return tr;
            }
        }
        throw new AssertionError("no row " + name);
    }

    private static int intAttr(Element e, String name) {
        return e.hasAttr(name) ? Integer.parseInt(e.attr(name)) : 1;
    }
}

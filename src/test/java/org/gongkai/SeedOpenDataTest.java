package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Part;
import org.gongkai.model.PerformanceForm;
import org.gongkai.model.Portal;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Table;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * End to end on the repository's content/: every CSV and JSON cell against the model loaded from
 * the same YAML, datapackage.json against the files, and every relative link of every page.
 */
class SeedOpenDataTest {

    static Path out;
    static Portal portal;

    @BeforeAll
    static void buildPortal() {
        out = SeedSite.get();
        portal = SeedSite.portal();
    }

    /** What a cell must look like in the CSV: plain decimal with the written digits, blank blank, text as published. */
    private static void assertCsvCell(Cell cell, String csv, String where) {
        switch (cell.kind()) {
            case AMOUNT -> {
                assertFalse(csv.contains(","), where + ": no thousands separator in " + csv);
                assertEquals(cell.value(), new BigDecimal(csv), where + ": " + cell.raw() + " vs " + csv);
                assertEquals(cell.raw().replace(",", ""), csv, where + ": digits as written");
            }
            case BLANK -> assertEquals("", csv, where);
            case DASH, TEXT -> assertEquals(cell.raw(), csv, where);
        }
    }

    @Test
    void everyCsvCellEqualsTheContentCell() throws IOException {
        int tables = 0;
        int amounts = 0;
        for (Disclosure d : portal.disclosures()) {
            for (Table t : d.tables().toList()) {
                tables++;
                List<List<String>> records = CsvReader.read(Files.readAllBytes(out.resolve("data/" + d.path() + "/" + t.slug() + ".csv")));
                assertEquals(t.rows().size() + 1, records.size(), t.slug());
                // Columns with restored cells get a data-quality companion column after the form's columns.
                List<Column> marked = t.form().columns().stream()
                        .filter(c -> t.rows().stream().anyMatch(x -> x.cell(c).isRestored())).toList();
                assertEquals(t.form().columns().size() + marked.size(), new TreeSet<>(records.get(0)).size(), "unique headings in " + t.slug());
                for (int r = 0; r < t.rows().size(); r++) {
                    Row row = t.rows().get(r);
                    List<String> record = records.get(r + 1);
                    assertEquals(row.cells().size() + marked.size(), record.size());
                    for (int m = 0; m < marked.size(); m++) {
                        assertEquals(row.cell(marked.get(m)).isRestored() ? "restored" : "", record.get(row.cells().size() + m));
                    }
                    for (int c = 0; c < row.cells().size(); c++) {
                        assertCsvCell(row.cells().get(c), record.get(c), d.path() + "/" + t.slug() + " row " + (r + 1) + " col " + (c + 1));
                        amounts += row.cells().get(c).isAmount() ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(tables >= 30, "tables: " + tables);
        assertTrue(amounts > 500, "amounts: " + amounts);
    }

    @Test
    void everyJsonRowEqualsTheContentRow() throws IOException {
        for (Disclosure d : portal.disclosures()) {
            JsonNode json = OpenDataTest.JSON.readTree(out.resolve("data/" + d.path() + ".json").toFile());
            assertEquals(d.title(), json.get("title").asText());
            List<JsonNode> tables = new ArrayList<>();
            json.get("parts").forEach(p -> p.path("tables").forEach(tables::add));
            List<Table> model = d.tables().toList();
            assertEquals(model.size(), tables.size(), d.path());
            for (int i = 0; i < model.size(); i++) {
                Table t = model.get(i);
                JsonNode rows = tables.get(i).get("rows");
                assertEquals(t.rows().size(), rows.size());
                for (int r = 0; r < t.rows().size(); r++) {
                    for (Column c : t.form().columns()) {
                        Cell cell = t.rows().get(r).cell(c);
                        JsonNode v = rows.get(r).get(c.index());
                        String where = d.path() + "/" + t.slug() + " row " + (r + 1) + " col " + (c.index() + 1);
                        if (c.role() == Role.AMOUNT && cell.isAmount()) {
                            assertTrue(v.isNumber(), where);
                            assertEquals(cell.value(), v.decimalValue(), where);
                        } else if (c.role() == Role.AMOUNT && cell.isBlank()) {
                            assertTrue(v.isNull(), where);
                        } else {
                            assertEquals(cell.raw(), v.asText(), where);
                        }
                    }
                }
            }
            assertEquals(d.statedFigures().size(), json.get("stated_figures").size());
        }
    }

    /** Performance forms in the JSON: the seeds' counts (000 1+6, 001 1, 002 1, 003 1+5, 004 1+17+1), every grid cell as published. */
    @Test
    void everyPerformanceFormIsInTheJson() throws IOException {
        int forms = 0;
        for (Disclosure d : portal.disclosures()) {
            JsonNode json = OpenDataTest.JSON.readTree(out.resolve("data/" + d.path() + ".json").toFile());
            List<JsonNode> jsonForms = new ArrayList<>();
            json.get("parts").forEach(p -> p.path("forms").forEach(jsonForms::add));
            List<PerformanceForm> model = d.parts().stream().filter(Part.PerformancePart.class::isInstance)
                    .flatMap(p -> ((Part.PerformancePart) p).forms().stream()).toList();
            assertEquals(model.size(), jsonForms.size(), d.path());
            for (int i = 0; i < model.size(); i++) {
                PerformanceForm f = model.get(i);
                JsonNode jf = jsonForms.get(i);
                assertEquals(f.kind().key(), jf.get("kind").asText());
                assertEquals(f.project(), jf.get("project").asText());
                List<PerformanceForm.Grid> grids = f.grids();
                List<JsonNode> jsonGrids = new ArrayList<>();
                jf.get("blocks").forEach(b -> {
                    if (b.get("type").asText().equals("grid")) {
                        jsonGrids.add(b);
                    }
                });
                assertEquals(grids.size(), jsonGrids.size());
                for (int g = 0; g < grids.size(); g++) {
                    for (int r = 0; r < grids.get(g).rows().size(); r++) {
                        for (int c = 0; c < grids.get(g).columns().size(); c++) {
                            assertEquals(grids.get(g).rows().get(r).get(c), jsonGrids.get(g).get("rows").get(r).get(c).asText());
                        }
                    }
                }
            }
            forms += model.size();
        }
        assertEquals(7 + 1 + 1 + 6 + 19, forms);
    }

    @Test
    void dataPackageListsExactlyTheCsvAndExcelFiles() throws IOException {
        JsonNode dp = OpenDataTest.JSON.readTree(out.resolve("datapackage.json").toFile());
        Set<String> listed = new TreeSet<>();
        Set<String> names = new TreeSet<>();
        for (JsonNode r : dp.get("resources")) {
            listed.add(r.get("path").asText());
            assertTrue(names.add(r.get("name").asText()), "unique resource names");
            assertTrue(r.get("name").asText().matches("[a-z0-9._-]+"), r.get("name").asText());
            byte[] bytes = Files.readAllBytes(out.resolve(r.get("path").asText()));
            assertEquals("sha256:" + Fixture.sha256(bytes), r.get("hash").asText());
        }
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.walk(out.resolve("data"))) {
            files.filter(p -> p.toString().endsWith(".csv") || p.toString().endsWith(".xlsx")).forEach(p -> onDisk.add(out.relativize(p).toString().replace('\\', '/')));
        }
        assertEquals(onDisk, listed);
        assertEquals("2019-01-01", dp.at("/fiscalPeriod/start").asText());
        assertEquals("2023-12-31", dp.at("/fiscalPeriod/end").asText());

        JsonNode measures = dp.at("/model/measures");
        measures.properties().forEach(e -> {
            JsonNode m = e.getValue();
            JsonNode resource = resource(dp, m.get("resource").asText());
            assertTrue(resource.at("/schema/fields").findValuesAsText("name").contains(m.get("source").asText()), e.getKey());
            assertEquals("CNY", m.get("currency").asText());
            assertEquals(10000, m.get("factor").asInt());
            String kind = resource.get("disclosureKind").asText();
            String phase = m.get("phase").asText();
            if (m.get("source").asText().contains("决算数")) {
                assertEquals("executed", phase, e.getKey());
            } else if (m.get("source").asText().contains("预算数") || kind.equals("预算")) {
                assertEquals("approved", phase, e.getKey());
            } else {
                assertEquals("executed", phase, e.getKey());
            }
        });
        assertEquals("approved", measures.at("/jianghan-dsj-2021-final-three-public-c1/phase").asText(), "三公 预算数 in a 决算");
        assertEquals("executed", measures.at("/jianghan-dsj-2021-final-three-public-c7/phase").asText());
        dp.at("/model/dimensions").properties().forEach(e -> e.getValue().get("attributes").properties().forEach(a -> {
            JsonNode attr = a.getValue();
            if (attr.has("source")) {
                JsonNode resource = resource(dp, attr.get("resource").asText());
                assertTrue(resource.at("/schema/fields").findValuesAsText("name").contains(attr.get("source").asText()), e.getKey());
            }
        }));
        assertTrue(dp.at("/model/dimensions/jianghan-dsj-2021-final-general-budget-basic-p1-economic/classificationType")
                .asText().equals("economic"));
    }

    private static JsonNode resource(JsonNode dp, String name) {
        for (JsonNode r : dp.get("resources")) {
            if (r.get("name").asText().equals(name)) {
                return r;
            }
        }
        throw new AssertionError("no resource " + name);
    }

    @Test
    void everyRelativeLinkOnEveryPageResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        int links = 0;
        try (Stream<Path> files = Files.walk(out)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                if (page.getFileName().toString().equals("404.html")) {
                    continue;
                }
                for (Element a : Jsoup.parse(Files.readString(page)).select("a[href], link[href]")) {
                    String href = a.attr("href");
                    if (href.startsWith("#") || href.startsWith("http:") || href.startsWith("https:") || href.startsWith("mailto:")) {
                        continue;
                    }
                    assertFalse(href.startsWith("/"), page + ": " + href);
                    links++;
                    String file = href.replaceFirst("#.*$", "");
                    if (!Files.isRegularFile(page.getParent().resolve(file).normalize())) {
                        broken.add(out.relativize(page) + " → " + href);
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(links > 500, "links checked: " + links);
    }
}

package org.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gongkai.diag.Diagnostics;
import org.gongkai.load.ContentReader;
import org.gongkai.model.Cell;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Portal;
import org.gongkai.model.Row;
import org.gongkai.model.Table;
import org.gongkai.render.excel.Workbooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import(export(disclosure)) gives the disclosure's tables back, cell for cell, for every seed in content/. */
class RoundTripTest {

    @TempDir
    Path tmp;

    static Portal seeds() {
        return new ContentReader(Path.of("content"), new Diagnostics()).read().orElseThrow().portal();
    }

    @Test
    void everySeedDisclosureRoundTrips() throws IOException {
        int tables = 0;
        int cells = 0;
        for (Disclosure d : seeds().disclosures()) {
            Path book = tmp.resolve(d.department().id() + "-" + d.year() + ".xlsx");
            Files.write(book, Workbooks.disclosure(d));
            WorkbookImport result = WorkbookImport.read(book, d.forms());
            assertEquals(List.of(), result.problems().stream().map(ImportException::line).toList(), d.path());
            assertSameTables(d.path(), d.tables().toList(), result.tables());
            tables += result.tables().size();
            cells += result.tables().stream().mapToInt(ImportedTable::cellCount).sum();
        }
        assertTrue(tables >= 30, "tables: " + tables);
        assertTrue(cells > 1000, "cells: " + cells);
    }

    @Test
    void everySeedTableRoundTripsFromItsOwnWorkbook() throws IOException {
        for (Disclosure d : seeds().disclosures()) {
            for (Table t : d.tables().toList()) {
                Path book = tmp.resolve(t.slug() + ".xlsx");
                Files.write(book, Workbooks.table(d, t));
                WorkbookImport result = WorkbookImport.read(book, d.forms());
                assertEquals(List.of(), result.problems().stream().map(ImportException::line).toList(), d.path() + " " + t.slug());
                assertSameTables(d.path(), List.of(t), result.tables());
            }
        }
    }

    static void assertSameTables(String where, List<Table> expected, List<ImportedTable> actual) {
        assertEquals(expected.size(), actual.size(), where + " table count");
        for (int i = 0; i < expected.size(); i++) {
            Table e = expected.get(i);
            ImportedTable a = actual.get(i);
            String at = where + " " + e.number() + " " + e.title();
            assertEquals(e.form().id(), a.form().id(), at);
            assertEquals(e.number(), a.number(), at);
            assertEquals(e.title(), a.title(), at);
            assertEquals(e.department(), a.department(), at);
            assertEquals(e.unit(), a.unit(), at);
            assertEquals(e.statement(), a.statement(), at);
            assertEquals(e.missing(), a.missing(), at);
            assertEquals(e.notes(), a.notes(), at);
            assertEquals(raw(e.rows()), a.rows(), at);
        }
    }

    static List<List<String>> raw(List<Row> rows) {
        List<List<String>> out = new ArrayList<>();
        for (Row r : rows) {
            out.add(r.cells().stream().map(Cell::raw).toList());
        }
        return out;
    }
}

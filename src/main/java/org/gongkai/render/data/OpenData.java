package org.gongkai.render.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.gongkai.facts.FactIndex;
import org.gongkai.facts.FactSet;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Portal;
import org.gongkai.model.Table;
import org.gongkai.render.excel.Workbooks;
import org.gongkai.render.site.Addresses;
import org.gongkai.write.FileSink;
import org.gongkai.write.Sha256;

/**
 * The open data stage: every table as CSV and as an Excel workbook laid out like the printed form,
 * every disclosure as JSON and as one workbook with a sheet per table, and datapackage.json for the
 * whole portal, which lists each CSV and workbook with its size and SHA-256.
 */
public final class OpenData {

    /** How datapackage.json lists a file: as a tabular resource, as a plain data resource, or not. */
    public enum Listing {
        CSV, WORKBOOK, NONE
    }

    /** One data file of a disclosure, made when asked for (the preview server makes only what is requested). */
    public record DataFile(String path, Supplier<byte[]> bytes, Listing listing) {
    }

    public void write(Portal portal, FactIndex facts, FileSink out) {
        out.write(Addresses.DATAPACKAGE, datapackage(portal, facts, f -> {
            byte[] bytes = f.bytes().get();
            out.write(f.path(), bytes);
            return bytes;
        }));
    }

    /** A disclosure's files: CSV and workbook per table, then its workbook and its JSON. */
    public static List<DataFile> filesOf(Disclosure d, FactSet facts) {
        List<DataFile> files = new ArrayList<>();
        for (Table t : d.tables().toList()) {
            files.add(new DataFile(Addresses.csv(d, t), () -> TableCsv.of(t), Listing.CSV));
            files.add(new DataFile(Addresses.xlsx(d, t), () -> Workbooks.table(d, t), Listing.WORKBOOK));
        }
        files.add(new DataFile(Addresses.workbook(d), () -> Workbooks.disclosure(d), Listing.WORKBOOK));
        files.add(new DataFile(Addresses.json(d), () -> DisclosureJson.of(facts), Listing.NONE));
        return files;
    }

    /**
     * datapackage.json of the portal; {@code made} gives each disclosure file's bytes (and may keep
     * them), in portal order.
     */
    public static byte[] datapackage(Portal portal, FactIndex facts, Function<DataFile, byte[]> made) {
        Map<String, FiscalDataPackage.DataFile> csvFiles = new TreeMap<>();
        Map<String, FiscalDataPackage.DataFile> files = new TreeMap<>();
        for (Disclosure d : portal.disclosures()) {
            for (DataFile f : filesOf(d, facts.of(d))) {
                byte[] bytes = made.apply(f);
                FiscalDataPackage.DataFile listed = new FiscalDataPackage.DataFile(f.path(), bytes.length, Sha256.of(bytes));
                switch (f.listing()) {
                    case CSV -> csvFiles.put(f.path(), listed);
                    case WORKBOOK -> files.put(f.path(), listed);
                    case NONE -> { }
                }
            }
        }
        return new FiscalDataPackage(portal, csvFiles, files).toJson();
    }
}

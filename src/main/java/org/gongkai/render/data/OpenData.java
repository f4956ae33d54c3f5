package org.gongkai.render.data;

import java.util.Map;
import java.util.TreeMap;
import org.gongkai.facts.FactIndex;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Portal;
import org.gongkai.model.Table;
import org.gongkai.render.excel.Workbooks;
import org.gongkai.render.site.Addresses;
import org.gongkai.write.Sha256;
import org.gongkai.write.SiteWriter;

/**
 * The open data stage: every table as CSV and as an Excel workbook laid out like the printed form,
 * every disclosure as JSON and as one workbook with a sheet per table, and datapackage.json for the
 * whole portal, which lists each CSV and workbook with its size and SHA-256.
 */
public final class OpenData {

    public void write(Portal portal, FactIndex facts, SiteWriter out) {
        Map<String, FiscalDataPackage.DataFile> csvFiles = new TreeMap<>();
        Map<String, FiscalDataPackage.DataFile> files = new TreeMap<>();
        for (Disclosure d : portal.disclosures()) {
            for (Table t : d.tables().toList()) {
                String path = Addresses.csv(d, t);
                byte[] bytes = TableCsv.of(t);
                out.write(path, bytes);
                csvFiles.put(path, new FiscalDataPackage.DataFile(path, bytes.length, Sha256.of(bytes)));
                put(out, files, Addresses.xlsx(d, t), Workbooks.table(d, t));
            }
            put(out, files, Addresses.workbook(d), Workbooks.disclosure(d));
            out.write(Addresses.json(d), DisclosureJson.of(facts.of(d)));
        }
        out.write(Addresses.DATAPACKAGE, new FiscalDataPackage(portal, csvFiles, files).toJson());
    }

    private static void put(SiteWriter out, Map<String, FiscalDataPackage.DataFile> files, String path, byte[] bytes) {
        out.write(path, bytes);
        files.put(path, new FiscalDataPackage.DataFile(path, bytes.length, Sha256.of(bytes)));
    }
}

package org.gongkai.render.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Table;

/**
 * The Excel files of the open data: one workbook per table, and one per disclosure with a sheet per
 * table in published order. The same content gives the same bytes: the document's dates are the
 * disclosure's publication date (or 1980-01-01 when it has none) and the zip is re-packed with
 * fixed entry times.
 */
public final class Workbooks {

    private static final Date EPOCH = Date.from(LocalDate.of(1980, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant());

    private Workbooks() {
    }

    public static byte[] table(Disclosure d, Table t) {
        return write(d, t.number() + " " + t.title(), List.of(t));
    }

    public static byte[] disclosure(Disclosure d) {
        return write(d, d.title(), d.tables().toList());
    }

    private static byte[] write(Disclosure d, String title, List<Table> tables) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            Set<String> names = new HashSet<>();
            for (Table t : tables) {
                TableSheet.write(wb.createSheet(sheetName(t, names)), styles, t);
            }
            if (tables.isEmpty()) {
                wb.createSheet("空");
            }
            POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
            Date date = date(d.published());
            core.setCreated(Optional.of(date));
            core.setModified(Optional.of(date));
            core.setCreator(d.department().name());
            core.setTitle(title.strip());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            return StableZip.repack(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The printed table number (表1), or the title when there is none; unique, at most 31 characters. */
    static String sheetName(Table t, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(t.number().isBlank() ? t.title() : t.number(), '_').strip();
        if (base.isEmpty()) {
            base = t.slug();
        }
        String name = base;
        for (int n = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = "（" + n + "）";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    private static Date date(String published) {
        try {
            return Date.from(LocalDate.parse(published.strip()).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return EPOCH;
        }
    }
}

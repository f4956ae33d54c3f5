package org.gongkai.render.data;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.json.JsonWriter;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Portal;
import org.gongkai.model.Role;
import org.gongkai.model.Scheme;
import org.gongkai.model.Site;
import org.gongkai.model.Table;
import org.gongkai.render.site.Addresses;

/**
 * datapackage.json for the whole portal, following Fiscal Data Package 0.3 (a Tabular Data Package
 * with a fiscal "model"). Every table's CSV is a resource with a Table Schema; every amount column
 * is a measure in CNY, with the factor from the table's unit (万元 → 10000) and the budget phase;
 * every code column is a classification dimension (functional or economic) labelled by its panel's
 * name column; tables without codes get their item names as a dimension; each resource's department
 * and year are constant entity and datetime dimensions, because the published tables do not repeat
 * them in their rows.
 *
 * <p>The Excel workbooks (one per table, one per disclosure) are listed after the CSVs as plain data
 * resources with their size and hash.
 *
 * <p>Measure and dimension keys are the resource name plus a suffix, so they are unique and stable.
 */
final class FiscalDataPackage {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What the descriptor says about each file it lists (a CSV or a workbook): path, size and hash. */
    record DataFile(String path, long bytes, String sha256) {
    }

    /** A table with the disclosure it belongs to, in portal order (newest first, tables as published). */
    private record DisclosureTable(Disclosure disclosure, Table table) {
    }

    private final Portal portal;
    private final Map<String, DataFile> files;
    private final Map<String, DataFile> workbooks;

    FiscalDataPackage(Portal portal, Map<String, DataFile> files, Map<String, DataFile> workbooks) {
        this.portal = portal;
        this.files = Map.copyOf(files);
        this.workbooks = Map.copyOf(workbooks);
    }

    byte[] toJson() {
        Site site = portal.site();
        JsonWriter json = new JsonWriter().beginObject();
        json.member("name", "gongkai-open-data");
        json.member("title", site.title());
        if (!site.description().isEmpty()) {
            json.member("description", site.description());
        }
        site.base().ifPresent(base -> json.member("homepage", base + Addresses.HOME));
        if (!site.licence().isEmpty()) {
            // The licence is free text; data.html quotes and explains it, so it is the licence's path.
            json.name("licenses").beginArray().beginObject();
            json.member("path", Addresses.DATA);
            json.member("title", site.licence());
            json.endObject().endArray();
        }
        if (!site.host().isEmpty()) {
            json.member("author", site.host());
        }
        json.name("profiles").beginObject().member("fiscal", "*").member("tabular", "*").endObject();
        json.member("countryCode", "CN");
        json.member("granularity", "aggregated");
        fiscalPeriod(json);
        List<DisclosureTable> tables = new ArrayList<>();
        for (Disclosure d : portal.disclosures()) {
            d.tables().forEach(t -> tables.add(new DisclosureTable(d, t)));
        }
        json.name("resources").beginArray();
        tables.forEach(x -> resource(json, x.disclosure(), x.table()));
        for (Disclosure d : portal.disclosures()) {
            d.tables().forEach(t -> workbook(json, resourceName(d, t) + "-xlsx",
                    d.department().name() + " " + d.year() + " 年度" + d.kind().label() + " " + t.number() + " " + t.title()
                            + "（Excel）", Addresses.xlsx(d, t)));
            workbook(json, workbookName(d), d.department().name() + " " + d.year() + " 年度" + d.kind().label()
                    + " 全部表格（Excel）", Addresses.workbook(d));
        }
        json.endArray();
        json.name("model").beginObject();
        json.name("measures").beginObject();
        tables.forEach(x -> measures(json, x.disclosure(), x.table()));
        json.endObject();
        json.name("dimensions").beginObject();
        tables.forEach(x -> dimensions(json, x.disclosure(), x.table()));
        json.endObject();
        json.endObject();
        return json.endObject().toBytes();
    }

    /** China's fiscal year is the calendar year. */
    private void fiscalPeriod(JsonWriter json) {
        List<String> years = portal.disclosures().stream().map(Disclosure::year).sorted().toList();
        if (years.isEmpty()) {
            return;
        }
        json.name("fiscalPeriod").beginObject();
        json.member("start", years.get(0) + "-01-01");
        json.member("end", years.get(years.size() - 1) + "-12-31");
        json.endObject();
    }

    private void resource(JsonWriter json, Disclosure d, Table t) {
        DataFile file = files.get(Addresses.csv(d, t));
        json.beginObject();
        json.member("name", resourceName(d, t));
        json.member("title", d.department().name() + " " + d.year() + " 年度" + d.kind().label() + " "
                + t.number() + " " + t.title());
        json.member("path", file.path());
        json.member("profile", "tabular-data-resource");
        json.member("format", "csv");
        json.member("mediatype", "text/csv");
        json.member("encoding", "utf-8");
        json.member("bytes", file.bytes());
        json.member("hash", "sha256:" + file.sha256());
        json.name("dialect").beginObject();
        json.member("delimiter", ",");
        json.member("lineTerminator", "\r\n");
        json.member("quoteChar", "\"");
        json.name("doubleQuote").value(true);
        json.name("header").value(true);
        json.endObject();
        json.member("department", d.department().id());
        json.member("fiscalYear", d.year());
        json.member("disclosureKind", d.kind().label());
        json.member("tableNumber", t.number());
        json.member("unit", t.unit());
        json.name("schema").beginObject();
        json.name("fields").beginArray();
        Headings headings = Headings.of(t.form());
        for (Headings.Heading h : headings.all()) {
            field(json, t, h);
        }
        for (Column c : Quality.markedColumns(t)) {
            json.beginObject();
            json.member("name", Quality.name(headings, c));
            json.member("type", "string");
            List<Cell.Flag> flags = Quality.flags(t, c);
            json.member("description", "“" + headings.get(c).name() + "”列的数据质量："
                    + String.join("；", flags.stream().map(Quality::meaning).toList()) + "；空白表示照原文");
            json.name("constraints").beginObject();
            json.name("enum").beginArray();
            json.value("");
            flags.forEach(f -> json.value(f.key()));
            json.endArray();
            json.endObject();
            json.endObject();
        }
        json.endArray();
        json.name("missingValues").beginArray();
        json.value("");
        Cell.DASHES.forEach(json::value);
        json.endArray();
        json.endObject();
        json.endObject();
    }

    /**
     * A workbook as a plain data resource: it has no Table Schema (its sheets are laid out like the
     * printed forms, with titles and merged headers), so the fiscal model refers to the CSVs only.
     */
    private void workbook(JsonWriter json, String name, String title, String path) {
        DataFile file = workbooks.get(path);
        json.beginObject();
        json.member("name", name);
        json.member("title", title);
        json.member("path", path);
        json.member("profile", "data-resource");
        json.member("format", "xlsx");
        json.member("mediatype", XLSX);
        json.member("bytes", file.bytes());
        json.member("hash", "sha256:" + file.sha256());
        json.endObject();
    }

    private static void field(JsonWriter json, Table t, Headings.Heading h) {
        Column c = h.column();
        json.beginObject();
        json.member("name", h.name());
        json.member("type", c.role() == Role.AMOUNT ? "number" : "string");
        String description = switch (c.role()) {
            case AMOUNT -> (c.col().isEmpty() ? "" : "栏次 " + c.col() + "；") + "金额，单位：" + t.unit();
            case CODE -> c.scheme() == Scheme.OTHER ? "编码" : c.scheme().label() + "科目编码";
            case NAME -> "项目名称，照原文";
            case LINE -> "行次";
            case TEXT -> "文字，照原文";
        };
        json.member("description", description);
        json.endObject();
    }

    private void measures(JsonWriter json, Disclosure d, Table t) {
        Optional<BigDecimal> factor = MeasureSemantics.factor(t.unit());
        if (factor.isEmpty()) {
            return;
        }
        String resource = resourceName(d, t);
        for (Headings.Heading h : Headings.of(t.form()).all()) {
            if (h.column().role() != Role.AMOUNT) {
                continue;
            }
            json.name(resource + "-c" + (h.column().index() + 1)).beginObject();
            json.member("title", h.name());
            json.member("resource", resource);
            json.member("source", h.name());
            json.member("currency", "CNY");
            json.name("factor").value(factor.get());
            MeasureSemantics.direction(h.labels(), t.form().name()).ifPresent(dir -> json.member("direction", dir));
            json.member("phase", MeasureSemantics.phase(d.kind(), h.labels()));
            json.endObject();
        }
    }

    private void dimensions(JsonWriter json, Disclosure d, Table t) {
        String resource = resourceName(d, t);
        Headings headings = Headings.of(t.form());
        int panels = t.form().panelCount();
        for (int p = 0; p < panels; p++) {
            String suffix = panels > 1 ? "-p" + (p + 1) : "";
            List<Column> panel = t.form().panel(p);
            Optional<Column> name = panel.stream().filter(c -> c.role() == Role.NAME).findFirst();
            Optional<Column> line = panel.stream().filter(c -> c.role() == Role.LINE).findFirst();
            List<Column> codes = panel.stream().filter(c -> c.role() == Role.CODE).toList();
            for (Column code : codes) {
                String key = resource + suffix + "-" + code.scheme().key() + (codes.size() > 1 ? "-c" + (code.index() + 1) : "");
                json.name(key).beginObject();
                json.member("dimensionType", "classification");
                if (code.scheme() != Scheme.OTHER) {
                    json.member("classificationType", code.scheme().key());
                }
                json.name("attributes").beginObject();
                json.name("code").beginObject();
                json.member("source", headings.get(code).name());
                json.member("resource", resource);
                if (code.scheme() != Scheme.OTHER) {
                    json.member("version", d.year() + "年政府收支分类科目");
                }
                json.endObject();
                name.ifPresent(n -> attribute(json, "title", headings.get(n).name(), resource, "code"));
                json.endObject();
                json.member("primaryKey", "code");
                json.endObject();
            }
            if (codes.isEmpty() && name.isPresent()) {
                json.name(resource + suffix + "-item").beginObject();
                json.member("dimensionType", "other");
                json.name("attributes").beginObject();
                attribute(json, "title", headings.get(name.get()).name(), resource, null);
                line.ifPresent(l -> attribute(json, "line", headings.get(l).name(), resource, null));
                json.endObject();
                json.member("primaryKey", "title");
                json.endObject();
            }
        }
        json.name(resource + "-department").beginObject();
        json.member("dimensionType", "entity");
        json.name("attributes").beginObject();
        constant(json, "id", d.department().id(), resource, null);
        constant(json, "title", d.department().name(), resource, "id");
        json.endObject();
        json.member("primaryKey", "id");
        json.endObject();
        json.name(resource + "-year").beginObject();
        json.member("dimensionType", "datetime");
        json.name("attributes").beginObject();
        constant(json, "year", d.year(), resource, null);
        json.endObject();
        json.member("primaryKey", "year");
        json.endObject();
    }

    private static void attribute(JsonWriter json, String key, String source, String resource, String labelFor) {
        json.name(key).beginObject();
        json.member("source", source);
        json.member("resource", resource);
        if (labelFor != null) {
            json.member("labelfor", labelFor);
        }
        json.endObject();
    }

    private static void constant(JsonWriter json, String key, String value, String resource, String labelFor) {
        json.name(key).beginObject();
        json.member("constant", value);
        json.member("resource", resource);
        if (labelFor != null) {
            json.member("labelfor", labelFor);
        }
        json.endObject();
    }

    /** The disclosure workbook's resource name, e.g. jianghan-dsj-2021-final-xlsx. */
    static String workbookName(Disclosure d) {
        return d.department().id() + "-" + d.year() + "-" + d.kind().slug() + "-xlsx";
    }

    /** The table's resource name, e.g. jianghan-dsj-2021-final-expense. */
    static String resourceName(Disclosure d, Table t) {
        return d.department().id() + "-" + d.year() + "-" + d.kind().slug() + "-" + t.slug();
    }
}

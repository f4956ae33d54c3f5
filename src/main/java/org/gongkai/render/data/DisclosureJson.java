package org.gongkai.render.data;

import java.math.BigDecimal;
import java.util.List;
import org.gongkai.facts.Fact;
import org.gongkai.facts.FactSet;
import org.gongkai.json.JsonWriter;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Department;
import org.gongkai.model.Completeness;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Part;
import org.gongkai.model.PerformanceForm;
import org.gongkai.model.Role;
import org.gongkai.model.Section;
import org.gongkai.model.StatedFigure;
import org.gongkai.model.Table;
import org.gongkai.model.Term;
import org.gongkai.render.site.Addresses;

/**
 * One disclosure as JSON: who and what it is, its parts in published order (text as published
 * Markdown, tables with their columns and rows) and the figures its narrative states. Keys always
 * appear, in the order written here; an absent optional text is "", an absent column number null.
 */
final class DisclosureJson {

    /** Names the layout of this file, so readers can tell future changes apart. */
    static final String FORMAT = "gongkai-disclosure/1";

    private DisclosureJson() {
    }

    /** The tables the form set requires, those not in the disclosure, and whether that can be told. */
    private static void completeness(JsonWriter json, Completeness c) {
        json.name("completeness").beginObject().name("required").beginArray();
        c.required().forEach(f -> json.value(f.id()));
        json.endArray().name("missing").beginArray();
        c.missing().forEach(f -> json.value(f.id()));
        json.endArray().name("untranscribed").value(c.untranscribed()).endObject();
    }

    static byte[] of(FactSet facts) {
        Disclosure d = facts.disclosure();
        JsonWriter json = new JsonWriter().beginObject();
        json.member("format", FORMAT);
        department(json, d.department());
        json.member("year", d.year());
        json.member("kind", d.kind().label());
        json.member("kind_id", d.kind().slug());
        json.member("title", d.title());
        json.member("published", d.published());
        json.member("approved", d.dates().approved());
        d.source().ifPresent(src -> json.name("source").beginObject().member("title", src.title())
                .member("publisher", src.publisher()).member("published", src.published()).member("url", src.url())
                .member("sha256", src.sha256()).endObject());
        json.member("forms", d.forms() == null ? "" : d.forms().id());
        completeness(json, Completeness.of(d));
        json.member("content_file", d.path() + ".yaml");
        json.name("notices").beginArray();
        d.notices().forEach(json::value);
        json.endArray();
        json.name("parts").beginArray();
        for (Part p : d.parts()) {
            part(json, d, p);
        }
        json.endArray();
        json.name("stated_figures").beginArray();
        for (StatedFigure f : d.statedFigures()) {
            json.beginObject();
            json.member("metric", f.metric().key());
            json.member("label", f.metric().label());
            json.name("value");
            CellValues.jsonAmount(json, f.value());
            json.member("year", f.year());
            json.member("quote", f.quote());
            json.endObject();
        }
        json.endArray();
        figures(json, facts);
        return json.endObject().toBytes();
    }

    /**
     * Every named figure, as the validator and the charts read it: what it is, its amount in 万元
     * (a string, exact), as printed with the printed unit, and where it was printed.
     */
    private static void figures(JsonWriter json, FactSet facts) {
        json.name("figures").beginArray();
        for (Fact f : facts.all()) {
            if (f.measure() == null) {
                continue;
            }
            json.beginObject();
            json.member("scope", f.scope().key());
            json.member("measure", f.measure().key());
            json.member("row", f.key());
            json.member("year", f.year());
            json.member("amount_wan_yuan", wan(f.amount()));
            json.member("printed", f.cell().raw());
            json.member("unit", f.unit().printed());
            json.member("table", f.place().map(p -> p.table().slug()).orElse(""));
            json.name("table_row");
            f.place().ifPresentOrElse(p -> json.value(p.row() + 1), json::nullValue);
            json.member("column", f.place().map(p -> p.column().label()).orElse(""));
            json.name("narrative").value(f.narrative());
            // Line and column in the disclosure's own file (named above), not a path of this machine.
            json.member("line", f.cell().position().line());
            json.member("col", f.cell().position().column());
            json.member("source", f.source());
            json.endObject();
        }
        json.endArray();
    }

    /** 684.213 stays exact; 2455.10 keeps the two decimals it was printed with. */
    private static String wan(BigDecimal amount) {
        BigDecimal a = amount.stripTrailingZeros();
        return (a.scale() < 2 ? a.setScale(2) : a).toPlainString();
    }

    private static void department(JsonWriter json, Department dep) {
        json.name("department").beginObject();
        json.member("id", dep.id());
        json.member("name", dep.name());
        json.member("short_name", dep.shortName());
        json.member("region", dep.region());
        json.member("peer_group", dep.peerGroup());
        json.endObject();
    }

    private static void part(JsonWriter json, Disclosure d, Part part) {
        json.beginObject();
        json.member("type", part.type().key());
        json.member("title", part.title());
        json.member("slug", part.slug());
        if (part instanceof Part.SectionsPart s) {
            sections(json, s.sections());
        } else if (part instanceof Part.TablesPart t) {
            json.name("tables").beginArray();
            t.tables().forEach(table -> table(json, d, table));
            json.endArray();
        } else if (part instanceof Part.GlossaryPart g) {
            json.member("intro", g.intro());
            json.name("terms").beginArray();
            for (Term term : g.terms()) {
                json.beginObject();
                json.member("number", term.number());
                json.member("term", term.term());
                json.member("text", term.text());
                json.endObject();
            }
            json.endArray();
        } else if (part instanceof Part.PerformancePart pp) {
            json.name("forms").beginArray();
            pp.forms().forEach(f -> form(json, f));
            json.endArray();
        }
        json.endObject();
    }

    /** A performance form: every cell as published text, so blank and 0 stay apart. */
    private static void form(JsonWriter json, PerformanceForm f) {
        json.beginObject();
        json.member("kind", f.kind().key());
        json.member("kind_label", f.kind().label());
        json.member("number", f.number());
        json.member("title", f.title());
        json.member("project", f.project());
        json.member("unit", f.unit());
        json.member("intro", f.intro());
        json.member("missing", f.missing());
        json.name("blocks").beginArray();
        for (PerformanceForm.Block b : f.blocks()) {
            json.beginObject();
            if (b instanceof PerformanceForm.Fields fields) {
                json.member("type", "fields");
                json.name("fields").beginArray();
                for (PerformanceForm.Field field : fields.fields()) {
                    json.beginObject();
                    json.member("label", field.label());
                    json.member("value", field.value());
                    json.endObject();
                }
                json.endArray();
            } else if (b instanceof PerformanceForm.Grid g) {
                json.member("type", "grid");
                json.member("title", g.title());
                json.member("role", g.role());
                json.name("columns").beginArray();
                for (int i = 0; i < g.columns().size(); i++) {
                    json.beginObject();
                    json.member("label", g.columns().get(i));
                    json.member("role", g.roles().get(i).key());
                    json.endObject();
                }
                json.endArray();
                json.member("groups", g.groups());
                json.name("rows").beginArray();
                for (List<String> row : g.rows()) {
                    json.beginArray();
                    row.forEach(json::value);
                    json.endArray();
                }
                json.endArray();
            } else if (b instanceof PerformanceForm.Text t) {
                json.member("type", "text");
                json.member("label", t.label());
                json.member("body", t.body());
            }
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void sections(JsonWriter json, List<Section> sections) {
        json.name("sections").beginArray();
        for (Section s : sections) {
            json.beginObject();
            json.member("title", s.title());
            json.member("topic", s.topic());
            json.member("text", s.text());
            sections(json, s.sections());
            json.endObject();
        }
        json.endArray();
    }

    private static void table(JsonWriter json, Disclosure d, Table t) {
        Headings headings = Headings.of(t.form());
        json.beginObject();
        json.member("slug", t.slug());
        json.member("number", t.number());
        json.member("title", t.title());
        json.name("form").beginObject();
        json.member("id", t.form().id());
        json.member("name", t.form().name());
        json.endObject();
        json.member("department", t.department());
        json.member("unit", t.unit());
        json.member("csv", Addresses.csvFromJson(d, t));
        json.name("columns").beginArray();
        for (Headings.Heading h : headings.all()) {
            Column c = h.column();
            json.beginObject();
            json.member("heading", h.name());
            json.name("labels").beginArray();
            h.labels().forEach(json::value);
            json.endArray();
            json.member("role", c.role().key());
            json.name("scheme").value(c.role() == Role.CODE ? c.scheme().key() : null);
            json.name("col").value(c.col().isEmpty() ? null : c.col());
            json.member("panel", c.panel() + 1);
            json.endObject();
        }
        json.endArray();
        json.name("rows").beginArray();
        for (var row : t.rows()) {
            json.beginArray();
            for (Column c : t.form().columns()) {
                Cell cell = row.cell(c);
                if (c.role() == Role.AMOUNT) {
                    CellValues.jsonAmount(json, cell);
                } else {
                    json.value(cell.raw());
                }
            }
            json.endArray();
        }
        json.endArray();
        quality(json, t, headings);
        json.member("notes", t.notes());
        json.member("statement", t.statement());
        json.member("missing", t.missing());
        json.endObject();
    }

    /**
     * The table's marked cells: row and column (from 1), the flag, the text as printed, the value
     * used (also in rows) and where the document proves it.
     */
    private static void quality(JsonWriter json, Table t, Headings headings) {
        json.name("quality").beginArray();
        for (int r = 0; r < t.rows().size(); r++) {
            for (Column c : t.form().columns()) {
                Cell cell = t.rows().get(r).cell(c);
                if (!cell.isMarked()) {
                    continue;
                }
                json.beginObject();
                json.member("row", r + 1);
                json.member("column", c.index() + 1);
                json.member("heading", headings.get(c).name());
                json.member("flag", cell.mark().flag().key());
                json.member("printed", cell.mark().printed());
                json.name("value");
                if (cell.isAmount()) {
                    json.value(cell.value());
                } else {
                    json.nullValue();
                }
                json.member("source", cell.mark().source());
                json.endObject();
            }
        }
        json.endArray();
    }
}

package org.gongkai.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gongkai.diag.Acknowledged;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Position;
import org.gongkai.json.JsonWriter;

/** Diagnostics as JSON for tools: one object per diagnostic, fields in a fixed order. */
final class FindingsJson {

    private FindingsJson() {
    }

    /** Open diagnostics and, when given, acknowledged ones, in one list in file order. */
    static String of(List<Diagnostic> open, List<Acknowledged> acknowledged) {
        List<Acknowledged> all = new ArrayList<>(acknowledged);
        open.forEach(d -> all.add(new Acknowledged(d, null)));
        all.sort(Comparator.comparing(Acknowledged::diagnostic, Diagnostic.ORDER));
        JsonWriter json = new JsonWriter().beginArray();
        for (Acknowledged a : all) {
            Diagnostic d = a.diagnostic();
            json.beginObject()
                    .member("rule", d.code())
                    .member("severity", d.severity().label());
            position(json.name("at"), d.position());
            json.member("message", d.message()).member("hint", d.hint()).name("related").beginArray();
            d.related().forEach(p -> position(json, p));
            json.endArray().name("acknowledged").value(a.note() != null);
            if (a.note() != null) {
                json.member("note", a.note());
            }
            json.endObject();
        }
        return json.endArray().toJson();
    }

    private static void position(JsonWriter json, Position p) {
        json.beginObject().member("file", p.file()).member("line", p.line()).member("column", p.column()).endObject();
    }
}

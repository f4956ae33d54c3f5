package org.gongkai.cli;

import java.util.List;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Position;
import org.gongkai.json.JsonWriter;

/** Diagnostics as JSON for tools: one object per diagnostic, fields in a fixed order. */
final class FindingsJson {

    private FindingsJson() {
    }

    static String of(List<Diagnostic> diagnostics) {
        JsonWriter json = new JsonWriter().beginArray();
        for (Diagnostic d : diagnostics) {
            json.beginObject()
                    .member("rule", d.code())
                    .member("severity", d.severity().label());
            position(json.name("at"), d.position());
            json.member("message", d.message()).member("hint", d.hint()).name("related").beginArray();
            d.related().forEach(p -> position(json, p));
            json.endArray().endObject();
        }
        return json.endArray().toJson();
    }

    private static void position(JsonWriter json, Position p) {
        json.beginObject().member("file", p.file()).member("line", p.line()).member("column", p.column()).endObject();
    }
}

package org.gongkai.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.gongkai.diag.Acknowledged;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Position;
import org.gongkai.json.JsonWriter;

/** Diagnostics as JSON for tools: one object per diagnostic, fields in a fixed order. */
final class FindingsJson {

    private FindingsJson() {
    }

    /** A diagnostic with the content's explanation, when it is an acknowledged finding. */
    private record Item(Diagnostic diagnostic, Optional<String> note) {
    }

    /** Open diagnostics and, when given, acknowledged ones, in one list in file order. */
    static String of(List<Diagnostic> open, List<Acknowledged> acknowledged) {
        List<Item> all = new ArrayList<>();
        open.forEach(d -> all.add(new Item(d, Optional.empty())));
        acknowledged.forEach(a -> all.add(new Item(a.diagnostic(), Optional.of(a.note()))));
        all.sort(Comparator.comparing(Item::diagnostic, Diagnostic.ORDER));
        JsonWriter json = new JsonWriter().beginArray();
        for (Item a : all) {
            Diagnostic d = a.diagnostic();
            json.beginObject()
                    .member("rule", d.code().id())
                    .member("severity", d.severity().label());
            position(json.name("at"), d.position());
            json.member("message", d.message()).member("hint", d.hint()).name("related").beginArray();
            d.related().forEach(p -> position(json, p));
            json.endArray().name("acknowledged").value(a.note().isPresent());
            a.note().ifPresent(n -> json.member("note", n));
            json.endObject();
        }
        return json.endArray().toJson();
    }

    private static void position(JsonWriter json, Position p) {
        json.beginObject().member("file", p.file()).member("line", p.line()).member("column", p.column()).endObject();
    }
}

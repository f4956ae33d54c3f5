package org.gongkai.render.data;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF after every record, a field quoted only when it
 * holds a comma, a double quote, CR or LF, with quotes doubled. The UTF-8 byte order mark in front
 * makes Excel (which otherwise assumes the system code page, GBK on Chinese Windows) read the
 * Chinese text correctly; other readers skip it.
 */
final class Csv {

    static final String BOM = "\uFEFF";
    static final String CRLF = "\r\n";

    private Csv() {
    }

    static byte[] write(List<String> header, List<List<String>> records) {
        StringBuilder b = new StringBuilder(BOM);
        record(b, header);
        for (List<String> r : records) {
            record(b, r);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void record(StringBuilder b, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            field(b, fields.get(i));
        }
        b.append(CRLF);
    }

    static void field(StringBuilder b, String s) {
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\r') >= 0 || s.indexOf('\n') >= 0;
        if (!quote) {
            b.append(s);
            return;
        }
        b.append('"').append(s.replace("\"", "\"\"")).append('"');
    }
}

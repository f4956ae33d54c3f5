package org.gongkai;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for the tests: CRLF record ends, quoted fields, a leading UTF-8 BOM. */
final class CsvReader {

    private CsvReader() {
    }

    static List<List<String>> read(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        if (!s.startsWith("\uFEFF")) {
            throw new IllegalArgumentException("no BOM");
        }
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' && field.isEmpty()) {
                i++;
                while (true) {
                    char q = s.charAt(i++);
                    if (q == '"') {
                        if (i < s.length() && s.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(q);
                    }
                }
                char next = s.charAt(i);
                if (next != ',' && next != '\r') {
                    throw new IllegalArgumentException("text after a closing quote at " + i);
                }
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                i++;
            } else if (c == '\r') {
                if (s.charAt(i + 1) != '\n') {
                    throw new IllegalArgumentException("CR without LF at " + i);
                }
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                i += 2;
            } else if (c == '\n' || c == '"') {
                throw new IllegalArgumentException("bare " + (c == '\n' ? "LF" : "quote") + " at " + i);
            } else {
                field.append(c);
                i++;
            }
        }
        if (!record.isEmpty() || !field.isEmpty()) {
            throw new IllegalArgumentException("last record does not end with CRLF");
        }
        return records;
    }
}

package org.gongkai.json;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming JSON writer (RFC 8259) with one fixed layout: two-space indent, one member or
 * element per line, "\n" line ends, a final newline. Keys come out in the order they are written,
 * so the caller's code fixes the key order and the same input always gives the same bytes.
 * Non-ASCII text is written as UTF-8, not escaped, so Chinese stays readable.
 */
public final class JsonWriter {

    private enum Scope { OBJECT, ARRAY }

    private final StringBuilder out = new StringBuilder();
    private final Deque<Scope> scopes = new ArrayDeque<>();
    private final Deque<Boolean> empty = new ArrayDeque<>();
    private boolean afterName;
    private boolean oneLine;

    /** The same writer without line breaks or indent, for formats with one record per line (JSON Lines, CDXJ). */
    public JsonWriter oneLine() {
        oneLine = true;
        return this;
    }

    public JsonWriter beginObject() {
        open(Scope.OBJECT, '{');
        return this;
    }

    public JsonWriter endObject() {
        close(Scope.OBJECT, '}');
        return this;
    }

    public JsonWriter beginArray() {
        open(Scope.ARRAY, '[');
        return this;
    }

    public JsonWriter endArray() {
        close(Scope.ARRAY, ']');
        return this;
    }

    /** The next member's key; must be followed by exactly one value. */
    public JsonWriter name(String name) {
        if (scopes.peek() != Scope.OBJECT || afterName) {
            throw new IllegalStateException("name outside an object: " + name);
        }
        separate();
        string(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    public JsonWriter value(String text) {
        if (text == null) {
            return nullValue();
        }
        beforeValue();
        string(text);
        return this;
    }

    /** The exact decimal as written (scale kept: 1.10 stays 1.10), never in exponent form. */
    public JsonWriter value(BigDecimal number) {
        if (number == null) {
            return nullValue();
        }
        beforeValue();
        out.append(number.toPlainString());
        return this;
    }

    public JsonWriter value(long number) {
        beforeValue();
        out.append(number);
        return this;
    }

    public JsonWriter value(boolean b) {
        beforeValue();
        out.append(b);
        return this;
    }

    public JsonWriter nullValue() {
        beforeValue();
        out.append("null");
        return this;
    }

    /** Shorthand for {@code name(name).value(text)}. */
    public JsonWriter member(String name, String text) {
        return name(name).value(text);
    }

    public JsonWriter member(String name, long number) {
        return name(name).value(number);
    }

    /** The finished document; fails if an object or array is still open. */
    public String toJson() {
        if (!scopes.isEmpty()) {
            throw new IllegalStateException("unclosed " + scopes.peek());
        }
        return out + "\n";
    }

    public byte[] toBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }

    private void open(Scope scope, char bracket) {
        beforeValue();
        out.append(bracket);
        scopes.push(scope);
        empty.push(true);
    }

    private void close(Scope scope, char bracket) {
        if (scopes.peek() != scope || afterName) {
            throw new IllegalStateException("mismatched " + bracket);
        }
        scopes.pop();
        if (!empty.pop()) {
            newline();
        }
        out.append(bracket);
    }

    private void beforeValue() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (scopes.peek() == Scope.OBJECT) {
            throw new IllegalStateException("value without a name inside an object");
        }
        if (scopes.isEmpty() && !out.isEmpty()) {
            throw new IllegalStateException("a document has one top-level value");
        }
        if (!scopes.isEmpty()) {
            separate();
        }
    }

    private void separate() {
        if (!empty.peek()) {
            out.append(',');
        }
        empty.pop();
        empty.push(false);
        newline();
    }

    private void newline() {
        if (oneLine) {
            return;
        }
        out.append('\n');
        out.append("  ".repeat(scopes.size()));
    }

    private void string(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    // Control characters must be escaped; U+2028/2029 are escaped so the text is also valid JavaScript.
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}

package org.gongkai.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import org.gongkai.diag.Printable;

/**
 * The last guard before the terminal: every control character except line feed and tab is written
 * as its visible escape ({@code \u001B}), whoever prints it (a diagnostic, a path given on the
 * command line or read from a manifest, an exception's message), so nothing printed can move the
 * cursor, recolour the screen or reorder what the user reads.
 */
final class EscapingWriter extends FilterWriter {

    /** A carriage return waiting to see whether it starts a CRLF line end (Windows' println). */
    private boolean pendingCr;

    EscapingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (pendingCr) {
            pendingCr = false;
            out.write(c == '\n' ? "\r" : Printable.escape('\r'));
        }
        if (c == '\r') {
            pendingCr = true;
        } else if (c != '\n' && c != '\t' && Printable.isControl(c)) {
            out.write(Printable.escape(c));
        } else {
            out.write(c);
        }
    }

    @Override
    public void flush() throws IOException {
        if (pendingCr) {
            pendingCr = false;
            out.write(Printable.escape('\r'));
        }
        super.flush();
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(buf[i]);
        }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        for (int i = off; i < off + len; i++) {
            write(s.charAt(i));
        }
    }
}

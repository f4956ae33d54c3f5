package org.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Whatever the commands print reaches the terminal without a live control character. */
class EscapingWriterTest {

    private static String through(String s) {
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(new EscapingWriter(out));
        w.print(s);
        w.flush();
        return out.toString();
    }

    @Test
    void controlCharactersBecomeEscapes() {
        assertEquals("目录\\u001B[2J\n\tat x", through("目录\u001b[2J\n\tat x"));
        assertEquals("a\\u0000b\\u0085c\\u202Ed", through("a\0b\u0085c\u202ed"));
    }

    @Test
    void crlfStaysALineEndButALoneCarriageReturnDoesNot() {
        assertEquals("a\r\nb", through("a\r\nb"));
        assertEquals("a\\rb", through("a\rb"));
        assertEquals("a\\r", through("a\r"));
    }

    @Test
    void anInternalErrorIsCutShort() {
        String shown = Main.shortened("java.util.regex.PatternSyntaxException: " + "\\Q项\\E\\s*".repeat(100_000));
        assertTrue(shown.length() < 400, shown);
        assertTrue(shown.endsWith("…（共 800040 个字符）"), shown);
    }
}

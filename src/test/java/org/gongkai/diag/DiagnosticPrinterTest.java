package org.gongkai.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the terminal shows of a diagnostic: escaped control characters, a window on a long line, a capped list. */
class DiagnosticPrinterTest {

    private static String print(String source, Diagnostic d) {
        Diagnostics all = new Diagnostics();
        all.registerSource("f.yaml", source);
        StringWriter out = new StringWriter();
        PrintWriter w = new PrintWriter(out);
        new DiagnosticPrinter(all).print(d, w);
        w.flush();
        return out.toString();
    }

    @Test
    void controlCharactersAreShownAsEscapesAndTheCaretStaysUnderTheColumn() {
        String out = print("name: 红\u001b[31m字\n",
                new Diagnostic(new Position("f.yaml", 1, 9), Code.YAML_SYNTAX, "值“\u001b[2J”", "删去\u0007"));
        assertEquals("f.yaml:1:9: 错误：值“\\u001B[2J” [yaml.syntax]\n"
                + "  name: 红\\u001B[31m字\n"
                + "  " + " ".repeat(14) + "^\n"
                + "  提示：删去\\u0007\n", out);
    }

    @Test
    void aLongLineIsShownAroundTheColumn() {
        String line = "a".repeat(1000) + "错" + "b".repeat(1000);
        String out = print(line + "\n", new Diagnostic(new Position("f.yaml", 1, 1001), Code.YAML_SYNTAX, "m", ""));
        assertEquals("f.yaml:1:1001: 错误：m [yaml.syntax]\n"
                + "  …" + "a".repeat(60) + "错" + "b".repeat(59) + "…\n"
                + "  " + " ".repeat(62) + "^\n", out);
    }

    @Test
    void aLineUpToTheLimitIsShownWhole() {
        String line = "x".repeat(DiagnosticPrinter.LINE);
        String out = print(line + "\r\n", new Diagnostic(new Position("f.yaml", 1, 3), Code.YAML_SYNTAX, "m", ""));
        assertEquals("f.yaml:1:3: 错误：m [yaml.syntax]\n  " + line + "\n    ^\n", out);
    }

    @Test
    void relatedPlacesAreCapped() {
        List<Position> related = Collections.nCopies(25, new Position("f.yaml", 2, 1));
        String out = print("a\nb\n", new Diagnostic(new Position("f.yaml", 1, 1), Code.WRITE_NOTE, "m", "", related));
        assertEquals(DiagnosticPrinter.RELATED, out.split("另见 f.yaml:2:1", -1).length - 1);
        assertEquals(true, out.contains("  另见……（共 25 处，只列出前 10 处）\n"));
    }

    @Test
    void excerptsAreShortAndEscaped() {
        assertEquals("短", Printable.excerpt("短"));
        assertEquals("a".repeat(40) + "…", Printable.excerpt("a".repeat(41)));
        assertEquals("\\u0000\\n", Printable.excerpt("\0\n"));
        assertEquals("𠀀".repeat(40) + "…", Printable.excerpt("𠀀".repeat(50)));
        assertEquals("\\u202E", Printable.escape("\u202e"));
    }
}

package org.gongkai.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The code table is well formed, and no source passes a code as a string instead of a Code constant. */
class CodeTest {

    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Path TABLE = MAIN.resolve("org/gongkai/diag/Code.java");

    @Test
    void everyCodeIsNamedAfterItsIdAndDescribed() {
        for (Code c : Code.values()) {
            assertTrue(c.id().matches("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*"), c.id());
            assertEquals(c.id().toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'), c.name());
            assertFalse(c.description().isBlank(), c.id());
            assertFalse(c.description().contains("\n"), c.id());
            assertEquals(c.id(), c.toString());
        }
    }

    @Test
    void aDiagnosticsCodeAndSeverityComeFromTheTable() {
        assertEquals(Code.class, Arrays.stream(Diagnostic.class.getRecordComponents())
                .filter(r -> r.getName().equals("code")).findFirst().orElseThrow().getType());
        Diagnostic warning = new Diagnostic(Position.startOf("f"), Code.WRITE_NOTE, "m", "");
        assertEquals(Severity.WARNING, warning.severity());
        assertTrue(new Diagnostic(Position.startOf("f"), Code.IO_WRITE, "m", "").isIo());
        assertFalse(warning.isIo());
    }

    /**
     * A code written as a string ("yaml.syntax", or a prefix such as "table.restored-" to build
     * one) anywhere in src/main/java but the table means a code that bypasses the enum.
     */
    @Test
    void noSourceWritesACodeAsAString() throws IOException {
        Set<String> ids = Arrays.stream(Code.values()).map(Code::id).collect(Collectors.toSet());
        assertTrue(literals(TABLE).containsAll(ids), "the scanner finds every id in the table itself");
        TreeMap<String, List<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(p -> p.toString().endsWith(".java") && !p.equals(TABLE)).forEach(p -> {
                for (String s : literals(p)) {
                    boolean prefix = (s.endsWith(".") || s.endsWith("-")) && ids.stream().anyMatch(id -> id.startsWith(s));
                    if (ids.contains(s) || prefix && s.length() > 1) {
                        found.computeIfAbsent(p.toString(), k -> new ArrayList<>()).add(s);
                    }
                }
            });
        }
        assertEquals(new TreeMap<>(), found, "use the org.gongkai.diag.Code constant instead of the string");
    }

    /** The docs list only codes the tool can emit: each constant is used outside the table. */
    @Test
    void everyCodeIsReportedSomewhere() throws IOException {
        StringBuilder sources = new StringBuilder();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".java") && !p.equals(TABLE)).toList()) {
                sources.append(Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        List<String> unused = Arrays.stream(Code.values())
                .filter(c -> !Pattern.compile("\\bCode\\." + c.name() + "\\b").matcher(sources).find())
                .map(Code::id).toList();
        assertEquals(List.of(), unused);
    }

    @Test
    void theScannerSeesStringsOnlyOutsideCommentsAndCharacters() {
        assertEquals(List.of("a", "b\\\"c", "d"), literals("""
                x = "a"; // "not"
                /* "not" */ char q = '"'; char e = '\\''; y = "b\\"c" + ""\"
                    d""\";
                """));
    }

    private static List<String> literals(Path file) {
        try {
            return literals(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The string literals (text blocks stripped of their indentation and line ends) of Java source. */
    static List<String> literals(String src) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                int nl = src.indexOf('\n', i);
                i = nl < 0 ? src.length() : nl + 1;
            } else if (src.startsWith("/*", i)) {
                int close = src.indexOf("*/", i + 2);
                i = close < 0 ? src.length() : close + 2;
            } else if (c == '\'') {
                i = end(src, i + 1, "'");
            } else if (src.startsWith("\"\"\"", i)) {
                int start = src.indexOf('\n', i) + 1;
                int end = end(src, start, "\"\"\"");
                out.add(src.substring(start, end - 3).lines().map(String::strip).collect(Collectors.joining()));
                i = end;
            } else if (c == '"') {
                int end = end(src, i + 1, "\"");
                out.add(src.substring(i + 1, end - 1));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Just after the first unescaped {@code close} from {@code from}. */
    private static int end(String src, int from, String close) {
        int i = from;
        while (!src.startsWith(close, i)) {
            i += src.charAt(i) == '\\' ? 2 : 1;
        }
        return i + close.length();
    }
}

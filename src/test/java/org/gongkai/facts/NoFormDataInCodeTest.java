package org.gongkai.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Forms are data: no Java source names a bundled form id or a table row label as a string literal,
 * so no feature can work for the bundled forms only. The vocabulary enums are the one exception:
 * they declare the keys a form set may use (income, gov-fund …) and how pages name them.
 */
class NoFormDataInCodeTest {

    private static final Path FORMS = Path.of("src/main/resources/forms");
    private static final Path SOURCES = Path.of("src/main/java");
    /** The schema's vocabulary: keys such as "income" coincide with form ids by design. */
    private static final Set<String> VOCABULARY = Set.of(
            "org/gongkai/model/Measure.java", "org/gongkai/model/Scope.java", "org/gongkai/model/Metric.java");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    @Test
    void noSourceNamesABundledFormIdOrRowLabel() throws IOException {
        Set<String> forbidden = bundledNames();
        assertTrue(forbidden.size() > 100, "the bundled forms were read: " + forbidden.size());
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String rel = SOURCES.relativize(f).toString().replace('\\', '/');
                if (!VOCABULARY.contains(rel)) {
                    found.addAll(literalsIn(rel, Files.readString(f, StandardCharsets.UTF_8), forbidden));
                }
            }
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theScanFindsALabelAndAnIdButNotTheirUseInText() {
        Set<String> forbidden = Set.of("合计", "income-expense-summary");
        String source = """
                class X {
                    boolean total(String n) { return n.equals("合 计") || id.equals("income-expense-summary"); }
                    String title = "本年合计数";
                    String quoted = "他说\\"合计\\"";
                    /** Finds the "合计" row. */
                }
                """;
        assertEquals(List.of("X.java:2 \"合 计\"", "X.java:2 \"income-expense-summary\""),
                literalsIn("X.java", source, forbidden));
    }

    /** Literals of {@code source} that, without whitespace, are one of {@code forbidden}. */
    static List<String> literalsIn(String file, String source, Set<String> forbidden) {
        List<String> out = new ArrayList<>();
        String[] lines = source.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("//") || line.startsWith("*") || line.startsWith("/*")) {
                continue;
            }
            Matcher m = LITERAL.matcher(line);
            while (m.find()) {
                if (forbidden.contains(m.group(1).replaceAll("[\\s\u3000]+", ""))) {
                    out.add(file + ":" + (i + 1) + " \"" + m.group(1) + "\"");
                }
            }
        }
        return out;
    }

    /** Ids of the bundled form sets and forms, their fixed rows' printed names and their declared total rows. */
    @SuppressWarnings("unchecked")
    static Set<String> bundledNames() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Map<String, Object> set = new Yaml().load(Files.readString(f, StandardCharsets.UTF_8));
                names.add((String) set.get("id"));
                for (Map<String, Object> t : (List<Map<String, Object>>) set.getOrDefault("total_rows", List.of())) {
                    names.add(((String) t.get("name")).replace("*", ""));
                }
                for (Map<String, Object> form : (List<Map<String, Object>>) set.get("forms")) {
                    names.add((String) form.get("id"));
                    for (List<Object> row : (List<List<Object>>) form.getOrDefault("rows", List.of())) {
                        for (Object cell : row) {
                            String text = String.valueOf(cell).replaceAll("[\\s\u3000]+", "");
                            if (!text.isEmpty() && !text.chars().allMatch(Character::isDigit)) {
                                names.add(text);
                                // The name without its numbering ("一、", "（二）") is a row label too.
                                names.add(text.replaceFirst("^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)])", ""));
                            }
                        }
                    }
                }
            }
        }
        return names;
    }
}

package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongkai.diag.Diagnostics;
import org.gongkai.load.Content;
import org.gongkai.load.ContentReader;
import org.gongkai.model.Cell;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Part;
import org.gongkai.model.PerformanceForm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Nothing in content/ is invented: every amount of every table occurs in the seed text it was
 * transcribed from (ignoring the extraction's stray spaces and thousands separators). Needs the
 * seeds in ../shared/seeds, which CI has; a fresh clone without them skips.
 */
class FaithfulnessTest {

    static final Path SEEDS = Path.of("..", "shared", "seeds");
    static Content content;
    static Map<String, String> seeds = new TreeMap<>();

    @BeforeAll
    static void load() throws IOException {
        assumeTrue(Files.isDirectory(SEEDS), "跳过：没有 ../shared/seeds（原文只在 CI 和开发机上提供）");
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path p : files.sorted().toList()) {
                seeds.put(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        Diagnostics diagnostics = new Diagnostics();
        content = new ContentReader(Path.of("content"), diagnostics).read().orElseThrow();
        assertFalse(diagnostics.hasErrors());
    }

    /** The seed a disclosure comes from: the one naming its department and year. */
    static String seedOf(Disclosure d) {
        List<String> matches = seeds.entrySet().stream()
                .filter(e -> compact(e.getValue()).contains(d.department().name()))
                .filter(e -> compact(e.getValue()).contains(d.year() + "年"))
                .map(Map.Entry::getValue)
                .toList();
        assertEquals(1, matches.size(), "exactly one seed for " + d.path());
        return matches.get(0);
    }

    /** An amount as the tables print it: two decimals, with or without leading digits. */
    static final Pattern SEED_AMOUNT = Pattern.compile("(?<![\\d.,])(\\d{1,3}(,\\d{3})+|\\d+)?\\.\\d{2}(?![\\d%])");

    /** Where {@code title} last starts before {@code before}, allowing the extraction's stray spaces. */
    static int lastIndexOf(String text, String title, int before) {
        String pattern = compact(title).codePoints()
                .mapToObj(c -> Pattern.quote(Character.toString(c)))
                .collect(Collectors.joining("\\s*"));
        Matcher m = Pattern.compile(pattern).matcher(text).region(0, before);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    static String compact(String s) {
        return s.replaceAll("[\\s,，]", "");
    }

    @Test
    void everySeedHasItsDisclosure() {
        assertEquals(seeds.size(), content.portal().disclosures().size());
        content.portal().disclosures().forEach(FaithfulnessTest::seedOf);
    }

    @Test
    void everyTableAmountOccursInItsSeed() {
        List<String> invented = new ArrayList<>();
        int checked = 0;
        for (Disclosure d : content.portal().disclosures()) {
            String seed = compact(seedOf(d));
            for (var table : d.tables().toList()) {
                for (var row : table.rows()) {
                    for (Cell cell : row.cells()) {
                        if (cell.isAmount()) {
                            checked++;
                            // A restored cell holds a figure proven elsewhere; what the table printed must be in the seed.
                            String printed = cell.isRestored() ? cell.restored().printed() : cell.raw();
                            if (!seed.contains(compact(printed))) {
                                invented.add(cell.position() + " " + cell.raw());
                            }
                        }
                    }
                }
            }
        }
        assertTrue(checked > 900, "checked " + checked + " amounts");
        assertEquals(List.of(), invented, "amounts not found in the seed text");
    }

    /**
     * The reverse direction: every amount printed in a seed's table part (from the body heading
     * of the tables part to the heading of the part after it) is in the content's tables. An
     * amount the extraction printed without its leading digits (003's "07.24" for 307.24) counts
     * when a content amount ends with it.
     */
    @Test
    void everySeedTableAmountIsTranscribed() {
        List<String> lacking = new ArrayList<>();
        int checked = 0;
        for (Disclosure d : content.portal().disclosures()) {
            List<Part> parts = d.parts();
            for (int i = 0; i < parts.size(); i++) {
                if (!(parts.get(i) instanceof Part.TablesPart tables) || tables.tables().isEmpty()) {
                    continue;
                }
                String seed = seedOf(d);
                int end = i + 1 < parts.size() ? lastIndexOf(seed, parts.get(i + 1).title(), seed.length()) : seed.length();
                int start = lastIndexOf(seed, tables.title(), end);
                assertTrue(start >= 0 && end > start, d.path() + ": table part located in the seed");
                Set<String> transcribed = new HashSet<>();
                tables.tables().forEach(t -> t.rows().forEach(r -> r.cells().stream()
                        .filter(Cell::isAmount)
                        .forEach(c -> transcribed.add(compact(c.raw())))));
                Matcher m = SEED_AMOUNT.matcher(seed.substring(start, end));
                while (m.find()) {
                    checked++;
                    String amount = m.group().replace(",", "");
                    if (!transcribed.contains(amount) && transcribed.stream().noneMatch(t -> t.endsWith(amount))) {
                        lacking.add(d.path() + " " + amount);
                    }
                }
            }
        }
        assertTrue(checked > 700, "checked " + checked + " seed amounts");
        assertEquals(List.of(), lacking, "seed table amounts the content lacks");
    }

    /** A number a performance form prints: an amount, score or percentage ("2812.11", "19.8", "95%", "99分"). */
    static final Pattern PERF_NUMBER = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\s*(%|％|分|万元|元)?");

    /**
     * Every number in the performance forms' fields and grid cells occurs in the seed, with its
     * percent sign or unit when it has one.
     */
    @Test
    void everyPerformanceNumberOccursInItsSeed() {
        List<String> invented = new ArrayList<>();
        int checked = 0;
        for (Disclosure d : content.portal().disclosures()) {
            String seed = compact(seedOf(d));
            for (String value : performanceValues(d)) {
                if (!PERF_NUMBER.matcher(value.strip()).matches()) {
                    continue;
                }
                checked++;
                if (!seed.contains(compact(value).replace("％", "%"))) {
                    invented.add(d.path() + " " + value);
                }
            }
        }
        assertTrue(checked > 400, "checked " + checked + " performance numbers");
        assertEquals(List.of(), invented, "performance numbers not found in the seed text");
    }

    /** Short text cells too (完成, ≥95%, 3次/年, 数量指标（10分）): each occurs in the seed, spaces ignored. */
    @Test
    void everyPerformanceCellOccursInItsSeed() {
        List<String> invented = new ArrayList<>();
        for (Disclosure d : content.portal().disclosures()) {
            String seed = compact(seedOf(d));
            for (String value : performanceValues(d)) {
                String c = compact(value);
                if (!c.isEmpty() && c.length() <= 12 && !seed.contains(c)) {
                    invented.add(d.path() + " " + value);
                }
            }
        }
        assertEquals(List.of(), invented, "short performance cells not found in the seed: " + invented);
    }

    static List<String> performanceValues(Disclosure d) {
        List<String> out = new ArrayList<>();
        for (Part p : d.parts()) {
            if (p instanceof Part.PerformancePart pp) {
                for (PerformanceForm f : pp.forms()) {
                    for (PerformanceForm.Block b : f.blocks()) {
                        if (b instanceof PerformanceForm.Fields fields) {
                            fields.fields().forEach(x -> out.add(x.value()));
                        } else if (b instanceof PerformanceForm.Grid g) {
                            g.rows().forEach(out::addAll);
                        }
                    }
                }
            }
        }
        return out;
    }

    @Test
    void everyStatedFigureIsQuotedFromItsSeed() {
        for (Disclosure d : content.portal().disclosures()) {
            String seed = compact(seedOf(d));
            for (var f : d.statedFigures()) {
                assertTrue(compact(f.quote()).contains(compact(f.value().raw())), f.position() + " quote holds the value");
                assertTrue(seed.contains(compact(f.quote())), f.position() + " quote is in the seed");
            }
        }
    }
}

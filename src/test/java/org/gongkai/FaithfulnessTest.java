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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.gongkai.diag.Diagnostics;
import org.gongkai.load.Content;
import org.gongkai.load.ContentReader;
import org.gongkai.model.Cell;
import org.gongkai.model.Disclosure;
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
                            if (!seed.contains(compact(cell.raw()))) {
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

package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Explanations the catalogue attributes to a published disclosure are that disclosure's words:
 * each occurs in one of the seed texts (whitespace and line breaks from PDF extraction ignored).
 */
class CatalogueWordingsTest {

    static final String OFFICIAL = "《政府收支分类科目》";

    @Test
    @SuppressWarnings("unchecked")
    void seedWordingsOccurInTheSeeds() throws IOException {
        assumeTrue(Files.isDirectory(FaithfulnessTest.SEEDS), "跳过：没有 ../shared/seeds（原文只在 CI 和开发机上提供）");
        StringBuilder seeds = new StringBuilder();
        try (Stream<Path> files = Files.list(FaithfulnessTest.SEEDS)) {
            for (Path f : files.sorted().toList()) {
                seeds.append(squeeze(Files.readString(f)));
            }
        }
        List<String> checked = new ArrayList<>();
        for (String scheme : List.of("functional", "economic")) {
            Map<String, Object> root = new Yaml().load(Files.readString(Path.of("src/main/resources/catalogue", scheme + ".yaml")));
            for (Map<String, Object> code : (List<Map<String, Object>>) root.get("codes")) {
                List<Map<String, Object>> wordings = new ArrayList<>();
                wordings.add(code);
                wordings.addAll((List<Map<String, Object>>) code.getOrDefault("alternatives", List.of()));
                for (Map<String, Object> w : wordings) {
                    Object source = w.get("source");
                    if (w.get("explanation") != null && source != null && !OFFICIAL.equals(source)) {
                        String text = squeeze((String) w.get("explanation")).replaceAll("。$", "");
                        assertTrue(seeds.indexOf(text) >= 0, code.get("code") + " " + source + ": " + text);
                        checked.add(code.get("code") + "");
                    }
                }
            }
        }
        assertFalse(checked.isEmpty());
        assertTrue(checked.contains("2010350") && checked.contains("30217"), checked.toString());
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }
}

package org.gongkai.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gongkai.Build;
import org.gongkai.diag.Acknowledged;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {

    private static final Path SEEDS = Path.of("content");

    @TempDir
    Path tmp;

    @Test
    void firstYearOfFirstClonesIsTheSeedContent() throws IOException {
        Path out = tmp.resolve("c");
        int seeds = new SyntheticCorpus(SEEDS, 1).seeds().size();
        new SyntheticCorpus(SEEDS, 1).write(out, seeds);
        assertSameTree(tree(SEEDS), tree(out));
    }

    @Test
    void sameCountGivesSameBytes() throws IOException {
        new SyntheticCorpus(SEEDS, 3).write(tmp.resolve("a"), 40);
        new SyntheticCorpus(SEEDS, 3).write(tmp.resolve("b"), 40);
        Map<String, byte[]> a = tree(tmp.resolve("a"));
        assertSameTree(a, tree(tmp.resolve("b")));
        // 40 department-years at 3 a department: 14 departments, each with department.yaml; plus site.yaml.
        assertEquals(40 + 14 + 1, a.size());
        assertTrue(a.containsKey("jianghan-dsj-1/2019-final.yaml"), a.keySet().toString());
        assertTrue(new String(a.get("jianghan-dsj-1/department.yaml"), java.nio.charset.StandardCharsets.UTF_8)
                .contains("region: 武汉市江汉1区"));
    }

    @Test
    void yearsMoveEverywhereButIds() {
        String in = "year: \"2021\"\nforms: final-2021\n  layout: self-evaluation-2021-goals\n"
                + "text: 比 2020 年增加 2,021.00 万元，2010350 事业运行，〔2019〕54号，2018年-2020年\n";
        assertEquals("year: \"2019\"\nforms: final-2021\n  layout: self-evaluation-2021-goals\n"
                + "text: 比 2018 年增加 2,021.00 万元，2010350 事业运行，〔2017〕54号，2016年-2018年\n",
                SyntheticCorpus.shiftYears(in, -2));
    }

    @Test
    void peerGroupsHoldTwentyClonesOfEachSeed() {
        String yaml = "name: 甲\npeer_group: 大数据中心\n";
        assertEquals(yaml, SyntheticCorpus.department(yaml, 19));
        assertEquals("name: 甲\npeer_group: 大数据中心（第 2 片）\n", SyntheticCorpus.department(yaml, 20));
    }

    /** Every clone passes the publish gate, with exactly its seed's acknowledged findings. */
    @Test
    void clonesKeepEveryIdentityAndAcknowledgement() throws IOException {
        Path out = tmp.resolve("c");
        new SyntheticCorpus(SEEDS, 2).write(out, 20);
        Build.Result seeds = new Build(SEEDS).check();
        Build.Result clones = new Build(out).check();
        assertEquals(0, seeds.diagnostics().count(org.gongkai.diag.Severity.ERROR));
        assertEquals(0, clones.diagnostics().count(org.gongkai.diag.Severity.ERROR),
                clones.diagnostics().sorted().toString());
        Map<String, List<String>> bySeed = acknowledged(seeds.diagnostics().acknowledged(), SEEDS);
        Map<String, List<String>> byClone = acknowledged(clones.diagnostics().acknowledged(), out);
        assertEquals(20, byClone.size());
        byClone.forEach((file, codes) -> {
            String dept = file.substring(0, file.indexOf('/')).replaceAll("-\\d+$", "");
            List<String> expected = bySeed.entrySet().stream().filter(e -> e.getKey().startsWith(dept + "/"))
                    .findFirst().orElseThrow().getValue();
            assertEquals(expected, codes, file);
        });
    }

    @Test
    void refusesAFolderThatIsNotEmpty() throws IOException {
        Files.writeString(tmp.resolve("x"), "");
        IOException e = assertThrows(IOException.class, () -> new SyntheticCorpus(SEEDS, 1).write(tmp, 5));
        assertEquals("输出目录不是空目录：" + tmp, e.getMessage());
    }

    /** File (relative to {@code root}) → codes of its acknowledged findings, in order. */
    private static Map<String, List<String>> acknowledged(List<Acknowledged> list, Path root) {
        return list.stream().collect(Collectors.groupingBy(
                a -> root.toAbsolutePath().relativize(Path.of(a.diagnostic().position().file()).toAbsolutePath())
                        .toString().replace('\\', '/'),
                TreeMap::new, Collectors.mapping(a -> a.diagnostic().code().name(), Collectors.toList())));
    }

    private static void assertSameTree(Map<String, byte[]> a, Map<String, byte[]> b) {
        assertEquals(a.keySet(), b.keySet());
        a.forEach((k, v) -> assertArrayEquals(v, b.get(k), k));
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }
}

package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input gives a Chinese message at file:line:col with the right exit code, and
 * leaves the previous site-output byte-identical.
 */
class BadInputTest {

    @TempDir
    Path tmp;
    Fixture fx;
    TreeMap<String, String> before;

    @BeforeEach
    void buildGoodSiteFirst() throws IOException {
        fx = new Fixture(tmp);
        Fixture.Run first = fx.build();
        assertEquals(0, first.exit(), first.err());
        before = Fixture.digest(fx.out);
    }

    private Fixture.Run breakAndBuild(String file, String text) throws IOException {
        fx.write(file, text);
        Fixture.Run run = fx.build();
        assertEquals(before, Fixture.digest(fx.out), "a failed build must leave site-output untouched");
        assertFalse(run.err().contains("\tat "), "no stack trace: " + run.err());
        return run;
    }

    private static void assertReported(Fixture.Run run, int exit, String location, String message) {
        assertEquals(exit, run.exit(), run.err());
        Pattern p = Pattern.compile(Pattern.quote(location) + ":\\d+:\\d+: 错误：.*" + Pattern.quote(message));
        assertTrue(p.matcher(run.err()).find(), "expected " + location + ":L:C: 错误：…" + message + " in\n" + run.err());
    }

    private static String lineCol(Fixture.Run run) {
        var m = Pattern.compile("\\.yaml:(\\d+:\\d+): 错误").matcher(run.err());
        return m.find() ? m.group(1) : "";
    }

    @Test
    void yamlSyntaxErrorPointsAtLineAndColumn() throws IOException {
        Fixture.Run run = breakAndBuild("site.yaml", "title: 测试门户\nhost: [未闭合\n");
        assertReported(run, 1, "site.yaml", "YAML 语法错误");
    }

    @Test
    void tabIndentationIsNamed() throws IOException {
        Fixture.Run run = breakAndBuild("testdept/department.yaml", "name: 测试\n\tregion: 测试区\n");
        assertReported(run, 1, "department.yaml", "Tab");
        assertEquals("2:1", lineCol(run));
    }

    @Test
    void duplicateKey() throws IOException {
        Fixture.Run run = breakAndBuild("testdept/department.yaml", "name: 甲\nregion: 乙\nname: 丙\n");
        assertReported(run, 1, "department.yaml", "重复的键“name”（第一次出现在第 1 行）");
        assertEquals("3:1", lineCol(run));
    }

    @Test
    void unknownKeySuggestsTheNearestOne() throws IOException {
        Fixture.Run run = breakAndBuild("testdept/department.yaml", "name: 甲\nregoin: 乙\n");
        assertReported(run, 1, "department.yaml", "未知的键“regoin”");
        assertTrue(run.err().contains("是不是“region”？"), run.err());
    }

    @Test
    void missingRequiredKey() throws IOException {
        Fixture.Run run = breakAndBuild("testdept/2021-final.yaml", Fixture.DISCLOSURE.replace("title: 2021 年度测试区大数据中心部门决算公开\n", ""));
        assertReported(run, 1, "2021-final.yaml", "缺少必填的键“title”");
    }

    @Test
    void listWhereAMappingBelongs() throws IOException {
        Fixture.Run run = breakAndBuild("site.yaml", "- title: 测试门户\n");
        assertReported(run, 1, "site.yaml", "site.yaml应为映射（键: 值），实际是列表");
    }

    @Test
    void badAmountAndWrongRowWidth() throws IOException {
        String broken = Fixture.DISCLOSURE
                .replace("[\"201\", 一般公共服务支出, \"2,697.42\", 0.00, \"\"]", "[\"201\", 一般公共服务支出, 二千, 0.00, \"\"]")
                .replace("[\"\", 合计, \"2,812.11\", 1.10, \"-\"]", "[\"\", 合计, \"2,812.11\", 1.10]");
        Fixture.Run run = breakAndBuild("testdept/2021-final.yaml", broken);
        assertReported(run, 1, "2021-final.yaml", "这一行有 4 个单元格，表样“支出决算表”有 5 列");
        assertReported(run, 1, "2021-final.yaml", "“本年支出合计”列的金额“二千”无法识别");
    }

    @Test
    void aliasBombIsRejectedFast() throws IOException {
        StringBuilder bomb = new StringBuilder("a: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p).append(",*").append(p)
                    .append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            Fixture.Run run = breakAndBuild("site.yaml", "title: x\n" + bomb);
            assertReported(run, 1, "site.yaml", "不支持锚点和别名");
        });
    }

    @Test
    void hugeFileIsRejectedFast() throws IOException {
        Path big = fx.content.resolve("testdept/2021-final.yaml");
        try (var w = Files.newBufferedWriter(big)) {
            String line = "# " + "填充".repeat(40) + "\n";
            for (long written = 0; written < 50L * 1024 * 1024; written += line.length() * 3L) {
                w.write(line);
            }
        }
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            Fixture.Run run = fx.build();
            assertEquals(before, Fixture.digest(fx.out));
            assertReported(run, 1, "2021-final.yaml", "文件过大");
        });
    }

    @Test
    void deepNestingIsRejectedFast() throws IOException {
        String deep = "title: x\nd: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> {
            Fixture.Run run = breakAndBuild("site.yaml", deep);
            assertReported(run, 1, "site.yaml", "嵌套层级过深");
        });
    }

    @Test
    void contentFileThatIsADirectoryIsAnIoError() throws IOException {
        Files.delete(fx.content.resolve("testdept/2021-final.yaml"));
        Files.createDirectories(fx.content.resolve("testdept/2021-final.yaml"));
        Fixture.Run run = fx.build();
        assertEquals(before, Fixture.digest(fx.out));
        assertReported(run, 2, "2021-final.yaml", "这是一个目录");
    }

    @Test
    void missingContentDirectoryIsAnIoError() {
        Fixture.Run run = fx.run("build", "--content", tmp.resolve("nope").toString(), "--out", fx.out.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("内容目录不存在"), run.err());
    }

    @Test
    void everyErrorOfEveryFileIsReportedInOneRun() throws IOException {
        fx.write("testdept/department.yaml", "name: 甲\nregoin: 乙\n");
        Fixture.Run run = breakAndBuild("site.yaml", "title: 测试\nfoo: 1\n");
        assertReported(run, 1, "department.yaml", "未知的键“regoin”");
        assertReported(run, 1, "site.yaml", "未知的键“foo”");
        assertTrue(run.err().contains("生成失败：2 个错误"), run.err());
    }

    @Test
    void errorShowsTheSourceLineWithACaret() throws IOException {
        Fixture.Run run = breakAndBuild("testdept/department.yaml", "name: 甲\nregoin: 乙\n");
        assertTrue(run.err().contains("\n  regoin: 乙\n  ^\n"), run.err());
    }

    @Test
    void usageErrorExitsTwo() {
        assertEquals(2, fx.run("build", "--no-such-option").exit());
    }
}

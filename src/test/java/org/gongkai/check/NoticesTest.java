package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gongkai.cli.Main;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The third level: a total that differs from the sum of its two rounded parts by 0.01 is a notice.
 * {@code check} lists it only with {@code --notices} (and counts it always), JSON always carries it,
 * and it blocks neither {@code check}, {@code build} nor {@code build --strict}.
 */
class NoticesTest {

    @TempDir
    Path tmp;

    Path content;

    static final String NOTICE = ": 提示：表1 决算数：第 3 行 100.00 与 （1+2） 行之和 100.01 相差 0.01，"
            + "在 2 个数的舍入范围（0.005×2＝0.010）之内（表样：3 行 = (1+2) 行） [rounding.sum]";

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @BeforeEach
    void content() throws IOException {
        content = tmp.resolve("content");
        write(content.resolve("site.yaml"), "title: 测试门户\n");
        // Only the tables the fixture has: no warning about features, so --strict sees the notice alone.
        write(content.resolve("forms/t.yaml"), RulesTest.FORMS.replace("forms:\n", "without: [three_public]\nforms:\n"));
        write(content.resolve("test/department.yaml"), "name: 测试中心\n");
        write(content.resolve("test/2021-final.yaml"), RulesTest.disclosure(
                RulesTest.SUMMARY_OK.replace("\"一、财政拨款收入\", \"1\", \"90.00\"", "\"一、财政拨款收入\", \"1\", \"90.01\""),
                RulesTest.EXPENSE_OK, RulesTest.BASIC_OK, RulesTest.NARRATIVE_OK, RulesTest.TITLE_OK));
    }

    @Test
    void checkCountsNoticesAndListsThemOnlyWhenAsked() {
        Run plain = run("check", "--content", content.toString());
        assertEquals(0, plain.exit(), plain.err());
        assertFalse(plain.err().contains("提示：表1"), plain.err());
        assertEquals("按规则统计：无\n校验完成：0 个错误，0 个警告，1 条提示（check --notices 列出）。\n", plain.out());

        Run shown = run("check", "--notices", "--content", content.toString());
        assertEquals(0, shown.exit(), shown.err());
        assertTrue(shown.err().startsWith(content.resolve("test/2021-final.yaml") + ":15:29"), shown.err());
        assertTrue(shown.err().lines().findFirst().orElseThrow().endsWith(NOTICE), shown.err());
        assertTrue(shown.err().contains("  提示：舍入或截尾可以解释，不影响发布；"), shown.err());
        assertEquals("按规则统计：\n  rounding.sum  1\n校验完成：0 个错误，0 个警告，1 条提示。\n", shown.out());
    }

    @Test
    void jsonAlwaysCarriesNotices() {
        Run json = run("check", "--format", "json", "--content", content.toString());
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().contains("\"rule\": \"rounding.sum\",\n    \"severity\": \"提示\","), json.out());
    }

    @Test
    void aNoticeNeverBlocksABuild() {
        Run strict = run("build", "--strict", "--content", content.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(0, strict.exit(), strict.err());
        assertTrue(strict.out().contains("（0 个错误，0 个警告，1 条提示（check --notices 列出））"), strict.out());
        assertTrue(Files.exists(tmp.resolve("site/index.html")));
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}

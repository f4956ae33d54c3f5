package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.gongkai.model.Limits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile content: every value beyond a bound of {@link Limits}, every control character and every
 * input that used to end in 内部错误 or take minutes is a Chinese error at its file:line:col, exit
 * code 1, within a hang guard of five seconds (each case takes well under one).
 */
class BoundsTest {

    @TempDir
    Path tmp;
    Fixture fx;

    @BeforeEach
    void content() throws IOException {
        fx = new Fixture(tmp);
    }

    private Fixture.Run build() {
        return assertTimeoutPreemptively(Duration.ofSeconds(5), fx::build);
    }

    /** Exit 1 and exactly this one error at {@code file:lineCol}; nothing internal, nothing raw. */
    private Fixture.Run assertOnlyError(String file, String lineCol, String message, String code) {
        Fixture.Run run = build();
        String expected = fx.content + "/" + file + ":" + lineCol + ": 错误：" + message + " [" + code + "]\n";
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(expected), "expected\n" + expected + "in\n" + shortened(run.err()));
        assertEquals(1, run.err().split(": 错误：", -1).length - 1, shortened(run.err()));
        assertFalse(run.err().contains("内部错误"), shortened(run.err()));
        assertTrue(run.err().chars().noneMatch(c -> c < 0x20 && c != '\n'), "a control character reached the terminal");
        assertTrue(run.err().length() < 2_000, "a huge value was echoed: " + run.err().length() + " characters");
        return run;
    }

    private static String shortened(String s) {
        return s.length() > 3000 ? s.substring(0, 3000) + "…" : s;
    }

    /** "line:col" of the first {@code marker} in the content file (columns count code points). */
    private String at(String file, String marker) throws IOException {
        String text = Files.readString(fx.content.resolve(file));
        int i = text.indexOf(marker);
        assertTrue(i >= 0, marker);
        int lineStart = text.lastIndexOf('\n', i - 1) + 1;
        int line = (int) text.substring(0, i).chars().filter(c -> c == '\n').count() + 1;
        return line + ":" + (text.codePointCount(lineStart, i) + 1);
    }

    private void disclosure(String from, String to) throws IOException {
        assertTrue(Fixture.DISCLOSURE_WITH_FINDINGS.contains(from), from);
        fx.write("testdept/2021-final.yaml", Fixture.DISCLOSURE_WITH_FINDINGS.replace(from, to) + Fixture.ACKNOWLEDGEMENTS);
    }

    private void sectionText(String text) throws IOException {
        disclosure("负责全区电子政务。编号 0123 与 NO 照原文。", text);
    }

    private void performance(String project, String field, String row) throws IOException {
        fx.write("testdept/2021-final.yaml", Fixture.DISCLOSURE_WITH_FINDINGS + """
                  - type: performance
                    title: 第六部分 绩效自评表
                    forms:
                      - kind: project-self-evaluation
                        project: "%s"
                        blocks:
                          - fields:
                              - ["自评得分", "%s"]
                          - grid:
                              title: "预算执行情况 (20分)"
                              columns: ["资金", "预算数", "执行数", "执行率", "得分"]
                              rows:
                                - %s
                """.formatted(project, field, row) + Fixture.ACKNOWLEDGEMENTS);
    }

    private static final String ROW = "[\"年度财政资金总额\", \"50\", \"50\", \"100%\", \"20\"]";

    // Numbers that overflowed an int or a double.

    @Test
    void sectionNumberBeyondAnInt() throws IOException {
        disclosure("title: 一、部门主要职能", "title: 2147483648. 部门主要职能");
        assertOnlyError("testdept/2021-final.yaml", at("testdept/2021-final.yaml", "2147483648"),
                "小节编号“2147483648”超出上限 9999", "section.number");
    }

    @Test
    void rowRangeBeyondAnInt() throws IOException {
        fx.write("forms/test-final.yaml", Fixture.FORMS.replace("\"C1 = C2 + C3\"", "\"R1 = R1..R99999999999\""));
        assertOnlyError("forms/test-final.yaml", at("forms/test-final.yaml", "\"R1 = "),
                "无法识别的勾稽关系表达式“R1 = R1..R99999999999”：栏次或行次 99999999999 超出范围 1–9999", "form.rule");
    }

    @Test
    void amountBeyondADouble() throws IOException {
        disclosure("\"2,697.42\"", "\"1" + "0".repeat(400) + "\"");
        assertOnlyError("testdept/2021-final.yaml", at("testdept/2021-final.yaml", "\"1000"),
                "“本年支出合计”列的金额“1" + "0".repeat(39) + "…”位数过多：整数部分有 401 位，上限 15 位", "table.amount-digits");
    }

    @Test
    void amountWithTooManyDecimals() throws IOException {
        disclosure("\"2,697.42\"", "\"2,697.4200001\"");
        assertOnlyError("testdept/2021-final.yaml", at("testdept/2021-final.yaml", "\"2,697.4200001"),
                "“本年支出合计”列的金额“2,697.4200001”位数过多：小数有 7 位，上限 6 位", "table.amount-digits");
    }

    @Test
    void amountOfAHundredThousandDigits() throws IOException {
        disclosure("\"2,697.42\"", "\"1" + "0".repeat(99_999) + "\"");
        assertOnlyError("testdept/2021-final.yaml", at("testdept/2021-final.yaml", "\"1000"),
                "“rows”中的一项过长：100,000 个字符，单元格或说明上限 5,000 个", "load.too-long");
    }

    @Test
    void statedFigureWithAHundredDigits() throws IOException {
        fx.write("testdept/2021-final.yaml", Fixture.DISCLOSURE
                + "stated_figures:\n  - { metric: expense_total, value: \"" + "9".repeat(100) + "\", quote: 原文 }\n");
        assertOnlyError("testdept/2021-final.yaml", at("testdept/2021-final.yaml", "\"999"),
                "数字“" + "9".repeat(40) + "…”位数过多：整数部分有 100 位，上限 15 位", "figure.value");
    }

    @Test
    void scoreOfTenToTheThirty() throws IOException {
        performance("测试项目", "1" + "0".repeat(30), ROW);
        assertOnlyError("testdept/2021-final.yaml", at("testdept/2021-final.yaml", "\"1000"),
                "“自评得分”的数字“1" + "0".repeat(30) + "”：整数部分有 31 位，上限 15 位", "performance.number");
    }

    @Test
    void scoreAndRateOutOfRange() throws IOException {
        performance("测试项目", "97", "[\"年度财政资金总额\", \"50\", \"50\", \"1001%\", \"20\"]");
        assertOnlyError("testdept/2021-final.yaml", at("testdept/2021-final.yaml", "\"1001%"),
                "“执行率”的数字“1001%”：超出范围 0–1,000 %", "performance.number");
        performance("测试项目", "1000.5分", ROW);
        assertOnlyError("testdept/2021-final.yaml", at("testdept/2021-final.yaml", "\"1000.5分"),
                "“自评得分”的数字“1000.5分”：超出范围 0–1,000 分", "performance.number");
    }

    // Markdown that overflowed the renderer's stack or took minutes.

    @Test
    void quotesNestedTenThousandDeep() throws IOException {
        sectionText(">".repeat(10_000) + " x");
        String line = at("testdept/2021-final.yaml", ">>>");
        String column = String.valueOf(Integer.parseInt(line.split(":")[1]) + Limits.MARKDOWN_NESTING);
        assertOnlyError("testdept/2021-final.yaml", line.split(":")[0] + ":" + column,
                "Markdown 嵌套过深：这一行的引用（>）和列表（-、*、+、1.）超过 16 层", "load.markdown");
    }

    @Test
    void listsNestedTenThousandDeep() throws IOException {
        sectionText("- ".repeat(9_999) + "x");
        String line = at("testdept/2021-final.yaml", "- - -");
        String column = String.valueOf(Integer.parseInt(line.split(":")[1]) + 2 * Limits.MARKDOWN_NESTING);
        assertOnlyError("testdept/2021-final.yaml", line.split(":")[0] + ":" + column,
                "Markdown 嵌套过深：这一行的引用（>）和列表（-、*、+、1.）超过 16 层", "load.markdown");
    }

    @Test
    void listsNestedByIndentation() throws IOException {
        StringBuilder list = new StringBuilder("- 第 0 层");
        for (int i = 1; i <= 40; i++) {
            list.append("\n          ").append("  ".repeat(i)).append("- 第 ").append(i).append(" 层");
        }
        sectionText(list.toString());
        assertOnlyError("testdept/2021-final.yaml", at("testdept/2021-final.yaml", "- 第 16 层"),
                "Markdown 嵌套过深：这一行的引用（>）和列表（-、*、+、1.）超过 16 层", "load.markdown");
    }

    @Test
    void aHundredAndTenKilobytesOfBrackets() throws IOException {
        sectionText("[".repeat(110_000));
        assertOnlyError("testdept/2021-final.yaml", at("testdept/2021-final.yaml", "|\n          [[["),
                "“text”过长：110,001 个字符，Markdown 正文上限 20,000 个", "load.too-long");
    }

    @Test
    void tooManyUnmatchedBracketsInOneParagraph() throws IOException {
        sectionText("[".repeat(Limits.MARKDOWN_MARKUP) + "第一段\n\n          " + "[".repeat(Limits.MARKDOWN_MARKUP + 1));
        int line = Integer.parseInt(at("testdept/2021-final.yaml", "第一段").split(":")[0]) + 2;
        assertOnlyError("testdept/2021-final.yaml", line + ":" + (11 + Limits.MARKDOWN_MARKUP),
                "Markdown 段落中的标记字符过多：[ ] ` & < 超过 100 个", "load.markdown");
    }

    @Test
    void markupUpToTheBoundInEachParagraphIsFine() throws IOException {
        sectionText(("[链接](https://example.org/) &amp; `代码` ".repeat(16) + "\n\n          ").repeat(20));
        Fixture.Run run = build();
        assertEquals(0, run.exit(), run.err());
    }

    // Names that made a regular expression overflow or a chart take a minute.

    @Test
    void projectNameOfSixThousandCharacters() throws IOException {
        performance("项".repeat(6_000), "97", ROW);
        assertOnlyError("testdept/2021-final.yaml", at("testdept/2021-final.yaml", "\"项项"),
                "“project”过长：6,000 个字符，名称和标识上限 200 个", "load.too-long");
    }

    @Test
    void rowNameOfTwelveThousandCharacters() throws IOException {
        disclosure("一般公共服务支出", "a".repeat(12_000));
        assertOnlyError("testdept/2021-final.yaml", at("testdept/2021-final.yaml", "aaa"),
                "“rows”中的一项过长：12,000 个字符，单元格或说明上限 5,000 个", "load.too-long");
    }

    @Test
    void rowNameJustOverTheNameBound() throws IOException {
        disclosure("一般公共服务支出", "支".repeat(Limits.NAME_CHARS + 1));
        assertOnlyError("testdept/2021-final.yaml", at("testdept/2021-final.yaml", "支支"),
                "“科目名称”列的名称过长：201 个字符，名称上限 200 个", "load.too-long");
    }

    // Control characters.

    @Test
    void rawNul() throws IOException {
        fx.write("testdept/department.yaml", "name: 测试\nregion: 测\0试区\n");
        Fixture.Run run = assertOnlyError("testdept/department.yaml", "2:10", "文件中有不允许的控制字符 U+0000（NUL，空字符）",
                "load.control-char");
        assertTrue(run.err().contains("\n  region: 测\\u0000试区\n  " + " ".repeat(10) + "^\n"), run.err());
    }

    @Test
    void rawEscape() throws IOException {
        fx.write("testdept/department.yaml", "name: 测试\nregion: \u001b[31m红\u001b[0m\n");
        Fixture.Run run = assertOnlyError("testdept/department.yaml", "2:9",
                "文件中有不允许的控制字符 U+001B（ESC，终端转义字符）", "load.control-char");
        assertTrue(run.err().contains("region: \\u001B[31m红\\u001B[0m"), run.err());
        assertTrue(run.err().contains("本文件共有 2 个这类字符"), run.err());
    }

    @Test
    void loneCarriageReturn() throws IOException {
        fx.write("testdept/department.yaml", "name: 测试\rregion: 测试区\n");
        assertOnlyError("testdept/department.yaml", "1:9", "文件中有不允许的控制字符 U+000D（CR，回车符）", "load.control-char");
    }

    @Test
    void crlfLineEndsAreFine() throws IOException {
        fx.write("testdept/department.yaml", Fixture.DEPARTMENT.replace("\n", "\r\n"));
        assertEquals(0, build().exit());
    }

    @Test
    void nulFromAnEscape() throws IOException {
        fx.write("testdept/department.yaml", "name: 测试\nregion: \"测\\0试区\"\n");
        assertOnlyError("testdept/department.yaml", "2:11", "文本中有不允许的控制字符 U+0000（NUL，空字符）", "load.control-char");
    }

    @Test
    void terminalEscapeFromAnEscape() throws IOException {
        fx.write("testdept/department.yaml", "name: 测试\nregion: \"红色\\x1b[31m\"\n");
        assertOnlyError("testdept/department.yaml", "2:12", "文本中有不允许的控制字符 U+001B（ESC，终端转义字符）",
                "load.control-char");
    }

    @Test
    void bellFromAnEscapeInAKey() throws IOException {
        fx.write("testdept/department.yaml", "name: 测试\n\"re\\u0007gion\": 测试区\n");
        assertOnlyError("testdept/department.yaml", "2:4", "文本中有不允许的控制字符 U+0007（BEL，响铃）", "load.control-char");
    }

    @Test
    void escapesInTheContentPathAreShownEscaped() throws IOException {
        Fixture evil = new Fixture(tmp.resolve("目录\u001b[2J"));
        evil.write("testdept/department.yaml", "name: 测试\nregion: \"\\x1b\"\n");
        Fixture.Run run = assertTimeoutPreemptively(Duration.ofSeconds(5), evil::build);
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("目录\\u001B[2J/content/testdept/department.yaml:2:10: 错误："), run.err());
        assertTrue(run.err().chars().noneMatch(c -> c == 0x1b), run.err());
    }

    // The size and shape of the YAML itself.

    @Test
    void fileOverTheSizeBound() throws IOException {
        Path file = fx.content.resolve("testdept/2021-final.yaml");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] line = ("# " + "x".repeat(1021) + "\n").getBytes();
            for (int i = 0; i < 8 * 1024; i++) {
                out.write(line);
            }
            out.write('\n');
        }
        assertEquals(Limits.FILE_BYTES + 1, Files.size(file));
        assertOnlyError("testdept/2021-final.yaml", "1:1", "文件过大（8,388,609 字节），内容文件上限为 8 MiB", "load.too-large");
    }

    @Test
    void deepYamlNesting() throws IOException {
        fx.write("site.yaml", "title: x\nd: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        assertOnlyError("site.yaml", "2:" + (3 + Limits.YAML_DEPTH), "嵌套层级过深（上限 64 层）", "load.too-deep");
    }

    @Test
    void billionLaughs() throws IOException {
        StringBuilder bomb = new StringBuilder("title: x\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            String p = "*" + (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(9, p)))
                    .append("]\n");
        }
        fx.write("site.yaml", bomb.toString());
        assertOnlyError("site.yaml", "2:4", "不支持锚点和别名（& 与 *）", "yaml.alias");
    }

    @Test
    void tooManyRows() throws IOException {
        String rows = "          - [\"\", 合计, \"1.00\", 1.00, \"\"]\n".repeat(Limits.LIST_ITEMS);
        disclosure("          - [\"\", 合计, \"2,812.11\", 1.10, \"-\"]\n", rows);
        assertOnlyError("testdept/2021-final.yaml", at("testdept/2021-final.yaml", "- [\"\", 合计"),
                "“rows”有 2,001 项，上限 2,000 项", "load.too-many");
    }

    // snakeyaml's own errors, in Chinese.

    @Test
    void unknownEscape() throws IOException {
        fx.write("testdept/department.yaml", "name: \"C:\\q\"\n");
        assertOnlyError("testdept/department.yaml", "1:11", "双引号文本中有无法识别的转义序列（反斜杠 \\ 之后）", "yaml.escape");
    }

    @Test
    void reservedCharacterAtTheStartOfAValue() throws IOException {
        fx.write("testdept/department.yaml", "name: @测试\n");
        assertOnlyError("testdept/department.yaml", "1:7", "YAML 语法错误：值不能以这个字符开头", "yaml.syntax");
    }

    @Test
    void unclosedQuote() throws IOException {
        fx.write("testdept/department.yaml", "name: \"测试\nregion: 测试区\n");
        assertOnlyError("testdept/department.yaml", "3:1", "YAML 语法错误：引号没有闭合", "yaml.syntax");
    }

    @Test
    void badBlockScalarHeader() throws IOException {
        fx.write("testdept/department.yaml", "name: |x\n  测试\n");
        assertOnlyError("testdept/department.yaml", "1:8", "YAML 语法错误：块文本标记（| 或 >）后只能跟 +、- 或 1–9 的缩进数字",
                "yaml.syntax");
    }

    // Shapes within the bounds that made a regular expression of the rules or the renderer quadratic.

    private void fastAndFine(String text) throws IOException {
        assertTrue(text.length() <= Limits.MARKDOWN_CHARS, "within the bound");
        sectionText(text.replace("\n", "\n          "));
        Fixture.Run run = build();
        assertEquals(0, run.exit(), shortened(run.err()));
    }

    @Test
    void longRunOfSpacesAfterAnAmount() throws IOException {
        fastAndFine("比上年增加 1 万元" + " ".repeat(19_000) + "，占支出");
    }

    @Test
    void longSentenceBeforeAChange() throws IOException {
        fastAndFine("收".repeat(19_000) + "比上年增加 1 万元，增长 5%");
    }

    @Test
    void manyEmptyLinesBeforeACaption() throws IOException {
        fastAndFine("正文\n" + "\n".repeat(19_000) + "图 1：收、支决算总计变动情况");
    }

    @Test
    void longRunOfSpacesAfterAProjectName() throws IOException {
        performance("测试项目", "20", ROW);
        String withProject = Files.readString(fx.content.resolve("testdept/2021-final.yaml"))
                .replace("负责全区电子政务。编号 0123 与 NO 照原文。", "用于测试项目" + " ".repeat(19_000) + "为");
        fx.write("testdept/2021-final.yaml", withProject);
        Fixture.Run run = build();
        assertEquals(0, run.exit(), shortened(run.err()));
    }
}

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
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.gongkai.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The summary promises (收入总计 = 支出总计; the 财政拨款 summary's 本年收入 = the 财政拨款收入 of
 * the all-funds tables), completeness (required tables, empty tables explained) and timeliness
 * (published within 20 days of approval), each on a made-up disclosure that passes every rule and
 * on a copy with one mistake: the exact message.
 */
class AuditRulesTest {

    static final String FORMS = """
            id: a
            kind: 决算
            name: 测试表样
            without: [three_public, basic, functional]
            total_rows:
              - { name: "*总计", grand: true }
              - { name: "*合计" }
            forms:
              - id: summary
                name: 收入支出决算总表
                required: true
                scope: all
                columns:
                  - label: 收入
                    columns:
                      - { label: 项目, role: name }
                      - { label: 决算数, measure: income }
                  - label: 支出
                    columns:
                      - { label: 项目, role: name }
                      - { label: 决算数, measure: expense }
                panels: [2, 2]
              - id: income
                name: 收入决算表
                required: true
                scope: all
                columns:
                  - { label: 项目, role: name }
                  - { label: 本年收入合计, measure: income }
                  - { label: 财政拨款收入, measure: fiscal_income }
                  - { label: 其他收入 }
              - id: fiscal
                name: 财政拨款收入支出决算总表
                required: true
                scope: fiscal
                columns:
                  - label: 收入
                    columns:
                      - { label: 项目, role: name }
                      - { label: 决算数, measure: income }
                  - label: 支出
                    columns:
                      - { label: 项目, role: name }
                      - { label: 决算数, measure: expense }
                panels: [2, 2]
              - id: fund
                name: 政府性基金预算财政拨款收入支出决算表
                required: true
                scope: gov-fund
                columns:
                  - { label: 科目名称, role: name }
                  - { label: 本年支出, measure: expense }
              - id: extra
                name: 项目支出表
                scope: all
                columns:
                  - { label: 项目名称, role: name }
                  - { label: 金额 }
            """;

    static final String OK = """
            year: "2021"
            kind: 决算
            title: 2021 年度测试中心部门决算
            approved: 2022 年 8 月 10 日
            published: 2022 年 8 月 30 日
            forms: a
            parts:
              - type: tables
                title: 第二部分 决算表
                tables:
                  - form: summary
                    number: 表1
                    title: 2021 年度收入支出决算总表
                    rows:
                      - ["本年收入合计", "100.00", "本年支出合计", "90.00"]
                      - ["年初结转和结余", "5.00", "年末结转和结余", "15.00"]
                      - ["收入总计", "105.00", "支出总计", "105.00"]
                  - form: income
                    number: 表2
                    title: 2021 年度收入决算表
                    rows:
                      - ["合计", "100.00", "80.00", "20.00"]
                  - form: fiscal
                    number: 表4
                    title: 2021 年度财政拨款收入支出决算总表
                    rows:
                      - ["本年收入合计", "80.00", "本年支出合计", "75.00"]
                      - ["年初财政拨款结转和结余", "0.00", "年末财政拨款结转和结余", "5.00"]
                      - ["总计", "80.00", "总计", "80.00"]
                  - form: fund
                    number: 表8
                    title: 2021 年度政府性基金预算财政拨款收入支出决算表
                    rows:
                      - ["合计", "0.00"]
                    statement: 本单位无政府性基金预算财政拨款收支，故此表为空表
              - type: narrative
                title: 第三部分 情况说明
                sections:
                  - title: 一、收入支出决算总体情况说明
                    text: |-
                      2021 年度收、支总计 105.00 万元。
            """;

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("cross.balance", (UnaryOperator<String>) s -> s.replace("\"支出总计\", \"105.00\"", "\"支出总计\", \"105.10\""),
                        ":17:40:", "收入方 表1 “收入总计”（决算数） 105.00 ≠ 支出方 表1 “支出总计”（决算数） 105.10，相差 0.10（收入总计应等于支出总计）"),
                Arguments.of("cross.balance", (UnaryOperator<String>) s -> s.replace("[\"总计\", \"80.00\", \"总计\", \"80.00\"]", "[\"总计\", \"80.00\", \"总计\", \"79.00\"]"),
                        ":29:", "收入方 表4 “总计”（决算数） 80.00 ≠ 支出方 表4 “总计”（决算数） 79.00，相差 1.00（财政拨款收入总计应等于支出总计）"),
                Arguments.of("cross.fiscal-income", (UnaryOperator<String>) s -> s.replace("[\"合计\", \"100.00\", \"80.00\", \"20.00\"]", "[\"合计\", \"100.00\", \"80.50\", \"19.50\"]"),
                        ":27:", "财政拨款的本年收入 表4 “本年收入合计”（决算数） 80.00 ≠ 全部资金中的财政拨款收入 表2 “合计”（财政拨款收入） 80.50，相差 0.50"),
                Arguments.of("completeness.table", (UnaryOperator<String>) s -> s.substring(0, s.indexOf("      - form: income"))
                                + s.substring(s.indexOf("      - form: fiscal")),
                        ":8:", "本公开文件没有“收入决算表”：表样集 a 标明这张表必须公开（没有数据时公开空表并说明）"),
                Arguments.of("completeness.empty-table", (UnaryOperator<String>) s -> s.replace("        statement: 本单位无政府性基金预算财政拨款收支，故此表为空表\n", ""),
                        ":30:", "表8“2021 年度政府性基金预算财政拨款收入支出决算表”没有数据（没有一个不为零的金额），但没有说明为什么是空表："
                                + "表下没有空表说明（statement），正文中也没有说明本部门没有“政府性基金预算”的收支"),
                Arguments.of("timeliness.published", (UnaryOperator<String>) s -> s.replace("published: 2022 年 8 月 30 日", "published: 2022 年 9 月 1 日"),
                        ":5:", "批复日期 2022 年 8 月 10 日，公开日期 2022 年 9 月 1 日：批复后第 22 日才公开，晚于 20 日的期限"),
                Arguments.of("timeliness.published", (UnaryOperator<String>) s -> s.replace("published: 2022 年 8 月 30 日", "published: 2022 年 8 月 1 日"),
                        ":5:", "公开日期 2022 年 8 月 1 日 早于批复日期 2022 年 8 月 10 日：核对两个日期"),
                Arguments.of("timeliness.published", (UnaryOperator<String>) s -> s.replace("published: 2022 年 8 月 30 日\n", ""),
                        ":4:", "写明了批复日期 2022 年 8 月 10 日，但没有公开日期（published），不能核对是否在批复后 20 日内公开"));
    }

    @TempDir
    Path tmp;

    @Test
    void theConsistentDisclosureHasNoFindingAtAll() throws IOException {
        String out = run("ok", OK, "--notices");
        assertTrue(out.contains("校验完成：0 个错误，0 个警告。"), out);
    }

    @ParameterizedTest(name = "{0} {3}")
    @MethodSource("cases")
    void oneMistakeIsReportedAtItsFigure(String rule, UnaryOperator<String> mistake, String line, String message)
            throws IOException {
        String bad = mistake.apply(OK);
        assertFalse(bad.equals(OK), "the mistake must change the fixture");
        String out = run("bad", bad);
        assertTrue(out.contains("2021-final.yaml" + line), "expected at line " + line + ":\n" + out);
        String expected = "2021-final.yaml" + line;
        assertTrue(out.lines().anyMatch(l -> l.contains(expected) && l.endsWith(message + " [" + rule + "]")),
                "expected\n" + message + "\nat " + line + " in\n" + out);
        assertEquals(1, out.lines().filter(l -> l.matches("^\\S+:\\d+:\\d+: .*")).count(), "exactly one finding:\n" + out);
    }

    @Test
    void anEmptyTableTheTextExplainsNeedsNoStatement() throws IOException {
        String explained = OK.replace("        statement: 本单位无政府性基金预算财政拨款收支，故此表为空表\n", "")
                .replace("2021 年度收、支总计 105.00 万元。", "2021 年度收、支总计 105.00 万元。本部门没有使用政府性基金预算财政拨款安排的支出。");
        String out = run("explained", explained);
        assertTrue(out.contains("校验完成：0 个错误，0 个警告。"), out);
    }

    @Test
    void tablesNotTranscribedAreNotCalledMissing() throws IOException {
        String images = OK.substring(0, OK.indexOf("      - form: summary")).replace("tables:\n",
                "not_transcribed: 原文决算表以图片形式公开，文本中没有表格数据\n    tables: []\n")
                + OK.substring(OK.indexOf("  - type: narrative"));
        String out = run("images", images);
        assertTrue(out.contains("校验完成：0 个错误，0 个警告。"), out);
    }

    @Test
    void anApprovalDateMustBeADate() throws IOException {
        String out = run("date", OK.replace("approved: 2022 年 8 月 10 日", "approved: 八月上旬"));
        assertTrue(out.contains("2021-final.yaml:4:11: 错误：approved（批复日期）“八月上旬”不是可识别的日期 [disclosure.date]"), out);
    }

    @Test
    void requiredIsTrueOrFalse() throws IOException {
        String out = runWith(FORMS.replaceFirst("required: true", "required: yes"), "required", OK);
        assertTrue(out.contains("forms/a.yaml:11:15: 错误：required 应为 true 或 false，实际是“yes” [form.required]"), out);
    }

    @Test
    void pagesShowBothDatesAndTheCompletenessScore() throws IOException {
        run("site", OK.substring(0, OK.indexOf("      - form: income")) + OK.substring(OK.indexOf("      - form: fiscal")));
        Path site = tmp.resolve("out");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"build", "--content", tmp.resolve("site").toString(), "--out", site.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(0, exit, err.toString());
        String overview = Files.readString(site.resolve("test/2021-final/index.html"), StandardCharsets.UTF_8);
        assertTrue(overview.contains("测试中心 · 2021 年度决算 · 批复：2022 年 8 月 10 日 · 发布：2022 年 8 月 30 日"), overview);
        String department = Files.readString(site.resolve("test/index.html"), StandardCharsets.UTF_8);
        assertTrue(department.contains("<span class=\"completeness\">必需表格 3/4</span>"), department);
        String home = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
        assertTrue(home.contains("<span class=\"muted\">必需表格 3/4</span>"), home);
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(site.resolve("data/test/2021-final.json").toFile());
        assertEquals("2022 年 8 月 10 日", json.get("approved").asText());
        assertEquals("[\"summary\",\"income\",\"fiscal\",\"fund\"]", json.at("/completeness/required").toString());
        assertEquals("[\"income\"]", json.at("/completeness/missing").toString());
        assertFalse(json.at("/completeness/untranscribed").asBoolean());
    }

    private String run(String name, String disclosure, String... flags) throws IOException {
        return runWith(FORMS, name, disclosure, flags);
    }

    private String runWith(String forms, String name, String disclosure, String... flags) throws IOException {
        Path content = tmp.resolve(name);
        write(content.resolve("site.yaml"), "title: 测试门户\n");
        write(content.resolve("forms/a.yaml"), forms);
        write(content.resolve("test/department.yaml"), "name: 测试中心\n");
        write(content.resolve("test/2021-final.yaml"), disclosure);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] args = Stream.concat(Stream.of("check", "--content", content.toString()), Stream.of(flags)).toArray(String[]::new);
        Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return err + out.toString();
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}

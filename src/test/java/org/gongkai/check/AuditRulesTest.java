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
 * the all-funds tables), each on a made-up disclosure that passes every rule and on a copy with
 * one mistake: the exact message.
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
                scope: all
                columns:
                  - { label: 项目, role: name }
                  - { label: 本年收入合计, measure: income }
                  - { label: 财政拨款收入, measure: fiscal_income }
                  - { label: 其他收入 }
              - id: fiscal
                name: 财政拨款收入支出决算总表
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
                        ":15:40:", "收入方 表1 “收入总计”（决算数） 105.00 ≠ 支出方 表1 “支出总计”（决算数） 105.10，相差 0.10（收入总计应等于支出总计）"),
                Arguments.of("cross.balance", (UnaryOperator<String>) s -> s.replace("[\"总计\", \"80.00\", \"总计\", \"80.00\"]", "[\"总计\", \"80.00\", \"总计\", \"79.00\"]"),
                        ":27:", "收入方 表4 “总计”（决算数） 80.00 ≠ 支出方 表4 “总计”（决算数） 79.00，相差 1.00（财政拨款收入总计应等于支出总计）"),
                Arguments.of("cross.fiscal-income", (UnaryOperator<String>) s -> s.replace("[\"合计\", \"100.00\", \"80.00\", \"20.00\"]", "[\"合计\", \"100.00\", \"80.50\", \"19.50\"]"),
                        ":25:", "财政拨款的本年收入 表4 “本年收入合计”（决算数） 80.00 ≠ 全部资金中的财政拨款收入 表2 “合计”（财政拨款收入） 80.50，相差 0.50"));
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

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
import java.util.stream.Stream;
import org.gongkai.cli.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule on a minimal fixture: once where the figures agree (no finding of that rule) and
 * once where they disagree (the exact message). The fixture's numbers are made up, so no rule can
 * be tuned to a seed.
 */
class RulesTest {

    static final String FORMS = """
            id: t
            kind: 决算
            name: 测试表样
            total_rows:
              - { name: 人员经费合计, measure: personnel }
              - { name: 公用经费合计, measure: public }
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
                      - { label: 行次, role: line }
                      - { label: 决算数, measure: income }
                  - label: 支出
                    columns:
                      - { label: 项目, role: name }
                      - { label: 行次, role: line }
                      - { label: 决算数, measure: expense }
                panels: [3, 3]
                identities:
                  - printed: "3 行 = (1+2) 行"
                    rule: "R3 = R1 + R2"
              - id: expense
                name: 支出决算表
                scope: all
                columns:
                  - { label: 科目编码, role: code, scheme: functional }
                  - { label: 科目名称, role: name }
                  - { label: 本年支出合计, col: "1", measure: expense }
                  - { label: 基本支出, col: "2", measure: basic }
                  - { label: 项目支出, col: "3", measure: project }
                identities:
                  - printed: "1 栏各行 = (2+3) 栏各行"
                    rule: "C1 = C2 + C3"
              - id: basic
                name: 基本支出明细表
                scope: all
                columns:
                  - { label: 经济分类科目编码, role: code, scheme: economic }
                  - { label: 科目名称, role: name }
                  - { label: 人员经费, measure: personnel }
                  - { label: 经济分类科目编码, role: code, scheme: economic }
                  - { label: 科目名称, role: name }
                  - { label: 公用经费, measure: public }
                panels: [3, 3]
            """;

    static String disclosure(String summaryRows, String expenseRows, String basicRows, String narrative, String title) {
        return """
                year: "2021"
                kind: 决算
                title: 2021 年度测试中心部门决算
                forms: t
                parts:
                  - type: tables
                    title: 第二部分 决算表
                    tables:
                      - form: summary
                        number: 表1
                        title: %s
                        rows:
                %s
                      - form: expense
                        number: 表3
                        title: 2021 年度支出决算表
                        rows:
                %s
                      - form: basic
                        number: 表6
                        title: 2021 年度基本支出明细表
                        rows:
                %s
                  - type: narrative
                    title: 第三部分 情况说明
                    sections:
                %s
                """.formatted(title, indent(summaryRows, 10), indent(expenseRows, 10), indent(basicRows, 10),
                indent(narrative, 6));
    }

    static String indent(String s, int n) {
        return s.lines().map(l -> " ".repeat(n) + l).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    static final String SUMMARY_OK = """
            - ["一、财政拨款收入", "1", "90.00", "一、一般公共服务支出", "4", "90.00"]
            - ["二、其他收入", "2", "10.00", "二、住房保障支出", "5", "10.00"]
            - ["本年收入合计", "3", "100.00", "本年支出合计", "6", "100.00"]
            """;
    static final String EXPENSE_OK = """
            - ["", "合计", "100.00", "30.00", "70.00"]
            - ["201", "一般公共服务支出", "90.00", "20.00", "70.00"]
            - ["20103", "政府办公厅（室）及相关机构事务", "90.00", "20.00", "70.00"]
            - ["2010350", "事业运行", "90.00", "20.00", "70.00"]
            - ["221", "住房保障支出", "10.00", "10.00", ""]
            """;
    static final String BASIC_OK = """
            - ["301", "工资福利支出", "25.00", "302", "商品和服务支出", "5.00"]
            - ["", "人员经费合计", "25.00", "", "公用经费合计", "5.00"]
            """;
    static final String NARRATIVE_OK = """
            - title: 一、收入支出决算总体情况说明
              text: |-
                2021 年度本年支出合计 100.00 万元。其中：基本支出 30.00 万元，占 30.00%；项目支出 70.00 万元，占 70.00%。
            - title: 二、财政拨款支出决算情况说明
              text: |-
                本年支出 100.00 万元，比上年增加 20.00 万元，增长 25.0%。年初预算为 80.00 万元，支出决算为 100.00 万元，完成年初预算的 125%。
            """;
    static final String TITLE_OK = "2021 年度收入支出决算总表";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("identity.column", "expense", EXPENSE_OK.replace("\"221\", \"住房保障支出\", \"10.00\"", "\"221\", \"住房保障支出\", \"11.00\"")
                        .replace("\"100.00\", \"30.00\"", "\"101.00\", \"30.00\""),
                        "表3 “221 住房保障支出”：1 栏 11.00 ≠ （2+3） 栏之和 10.00，相差 1.00（表样：1 栏各行 = (2+3) 栏各行）"),
                Arguments.of("identity.row", "summary", SUMMARY_OK.replace("\"本年收入合计\", \"3\", \"100.00\"", "\"本年收入合计\", \"3\", \"100.50\""),
                        "表1 决算数：第 3 行 100.50 ≠ （1+2） 行之和 100.00，相差 0.50（表样：3 行 = (1+2) 行）"),
                Arguments.of("hierarchy.sum", "expense", EXPENSE_OK.replace("[\"2010350\", \"事业运行\", \"90.00\", \"20.00\", \"70.00\"]",
                        "[\"2010350\", \"事业运行\", \"89.00\", \"20.00\", \"69.00\"]"),
                        "表3 “20103 政府办公厅（室）及相关机构事务”（1 栏（本年支出合计））90.00 ≠ 其下各项之和 89.00，相差 1.00"),
                Arguments.of("cross.same-figure", "summary", SUMMARY_OK.replace("\"二、住房保障支出\", \"5\", \"10.00\"", "\"二、住房保障支出\", \"5\", \"10.10\"")
                        .replace("\"本年支出合计\", \"6\", \"100.00\"", "\"本年支出合计\", \"6\", \"100.10\""),
                        "表3 “221 住房保障支出”（本年支出合计） 10.00 ≠ 表1 第 5 行“二、住房保障支出”（决算数） 10.10，相差 0.10"),
                Arguments.of("cross.basic-split", "basic", BASIC_OK.replace("\"公用经费合计\", \"5.00\"", "\"公用经费合计\", \"6.00\"")
                        .replace("\"商品和服务支出\", \"5.00\"", "\"商品和服务支出\", \"6.00\""),
                        "表3 “合计”（基本支出） 30.00 ≠ 表6 “人员经费合计”（人员经费） 25.00 ＋ 表6 “公用经费合计”（公用经费） 6.00 ＝ 31.00，相差 1.00"),
                Arguments.of("narrative.change", "narrative", NARRATIVE_OK.replace("增长 25.0%", "增长 20.0%"),
                        "“二、财政拨款支出决算情况说明”：本年 100.00 万元、增加 20.00 万元，上年应为 80.00 万元，变动率应为 25.00%，原文写 20.0%"),
                Arguments.of("narrative.rate", "narrative", NARRATIVE_OK.replace("完成年初预算的 125%", "完成年初预算的 120%"),
                        "“二、财政拨款支出决算情况说明”：决算 100.00 ÷ 年初预算 80.00 ＝ 125.00%，原文写完成年初预算的 120%"),
                Arguments.of("narrative.share", "narrative", NARRATIVE_OK.replace("占 30.00%", "占 33.00%").replace("占 70.00%", "占 67.00%"),
                        "“一、收入支出决算总体情况说明”：基本支出 30.00 ÷ 本年支出合计 100.00 ＝ 30.00%，原文写占 33.00%"),
                Arguments.of("narrative.parts", "narrative", NARRATIVE_OK.replace("项目支出 70.00 万元，占 70.00%", "项目支出 71.00 万元，占 70.00%"),
                        "“一、收入支出决算总体情况说明”：基本支出 30.00 ＋ 项目支出 71.00 ＝ 101.00，而本年支出合计为 100.00，相差 1.00（所列占比合计 100%）"),
                Arguments.of("narrative.table", "narrative", NARRATIVE_OK.replace("本年支出合计 100.00 万元", "本年支出合计 100.20 万元"),
                        "“一、收入支出决算总体情况说明”写本年支出合计 100.20 万元，而表1 第 6 行“本年支出合计”（决算数）为 100.00，相差 0.20"),
                Arguments.of("text.year", "title", "2020 年度收入支出决算总表",
                        "表 表1 的标题“2020 年度收入支出决算总表”写的是 2020 年，而本公开是 2021 年的决算"),
                Arguments.of("text.numbering", "narrative", NARRATIVE_OK.replace("二、财政拨款", "三、财政拨款"),
                        "“第三部分 情况说明”的节号不连续：此处应为第 2 节，原文编为“三、”（三、财政拨款支出决算情况说明）"),
                Arguments.of("text.catalogue-name", "expense", EXPENSE_OK.replace("\"住房保障支出\"", "\"住房保障\""),
                        "表3 科目 221 写作“住房保障”，2021 年科目名称为“住房保障支出”"),
                Arguments.of("rounding.sum", "summary", SUMMARY_OK.replace("\"一、财政拨款收入\", \"1\", \"90.00\"", "\"一、财政拨款收入\", \"1\", \"90.01\""),
                        "表1 决算数：第 3 行 100.00 与 （1+2） 行之和 100.01 相差 0.01，在 2 个数的舍入范围（0.005×2＝0.010）之内（表样：3 行 = (1+2) 行）"),
                Arguments.of("rounding.percent", "narrative", NARRATIVE_OK.replace("增加 20.00 万元，增长 25.0%", "增加 19.99 万元，增长 24.9%"),
                        "“二、财政拨款支出决算情况说明”：本年 100.00 万元、增加 19.99 万元，上年 80.01 万元，变动率 ＝ 24.984%，"
                                + "四舍五入到 1 位小数为 25.0%，原文写 24.9%（截尾，而不是四舍五入）"));
    }

    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ruleIsSilentOnAgreementAndPreciseOnDisagreement(String rule, String part, String broken, String message)
            throws IOException {
        String ok = run("ok", disclosure(SUMMARY_OK, EXPENSE_OK, BASIC_OK, NARRATIVE_OK, TITLE_OK));
        assertFalse(ok.contains("[" + rule + "]"), "no " + rule + " finding on agreeing figures:\n" + ok);
        String bad = run("bad", disclosure(
                part.equals("summary") ? broken : SUMMARY_OK,
                part.equals("expense") ? broken : EXPENSE_OK,
                part.equals("basic") ? broken : BASIC_OK,
                part.equals("narrative") ? broken : NARRATIVE_OK,
                part.equals("title") ? broken : TITLE_OK));
        assertTrue(bad.contains(message + " [" + rule + "]"), "expected\n" + message + "\nin\n" + bad);
    }

    private String run(String name, String disclosure) throws IOException {
        Path content = tmp.resolve(name);
        write(content.resolve("site.yaml"), "title: 测试门户\n");
        write(content.resolve("forms/t.yaml"), FORMS);
        write(content.resolve("test/department.yaml"), "name: 测试中心\n");
        write(content.resolve("test/2021-final.yaml"), disclosure);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"check", "--notices", "--content", content.toString()}, new PrintWriter(out), new PrintWriter(err));
        String all = err + out.toString();
        assertEquals(all.contains(": 错误："), exit == 1, all);
        return all;
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}

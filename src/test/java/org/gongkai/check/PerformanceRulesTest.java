package org.gongkai.check;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The performance rules on a made-up disclosure: silent while its figures agree, and each with its
 * exact message once one figure is changed.
 */
class PerformanceRulesTest {

    static final String FORMS = """
            id: p
            kind: 决算
            name: 测试表样
            without: [expense, basic, income, functional, three_public]
            total_rows:
              - { name: "*合计" }
            forms:
              - id: projects
                name: 项目支出表
                columns:
                  - { label: 项目名称, role: name }
                  - { label: 合计, measure: project }
            """;

    static final String OK = """
            year: "2021"
            kind: 决算
            title: 2021 年度测试中心部门决算
            forms: p
            parts:
              - type: tables
                title: 第二部分 决算表
                tables:
                  - form: projects
                    number: 表9
                    title: 2021 年度项目支出表
                    rows:
                      - ["甲项目", "40.00"]
              - type: narrative
                title: 第三部分 情况说明
                sections:
                  - title: 一、项目支出情况
                    text: |-
                      项目支出主要用于甲项目 40 万元，主要成效是保障运行；乙项目 30 万元。
              - type: performance
                title: 第六部分 附件
                forms:
                  - kind: project-self-evaluation
                    title: 2021年度项目支出绩效自评表
                    project: 甲项目
                    unit: 万元
                    intro: "项目全年预算数为50万元，执行数为40万元，完成预算的80%。"
                    blocks:
                      - fields:
                          - ["自评得分", "92"]
                      - grid:
                          title: "预算执行情况 (万元) (20分)"
                          role: funds
                          columns: ["资金", "预算数 (A)", "执行数 (B)", "执行率 (B/A)", "得分 (20分*执行率)"]
                          rows:
                            - ["年度财政资金总额", "50", "40", "80%", "16"]
                      - grid:
                          title: "项目绩效总目标 (20分)"
                          role: goals
                          columns: ["年初设定目标", "全年实际完成情况", "得分"]
                          rows:
                            - ["保障运行", "达成", "20"]
                      - grid:
                          title: "项目年度绩效指标 (60分)"
                          role: indicators
                          columns: ["一级指标", "二级指标", "三级指标", "年初目标值", "实际完成值", "得分"]
                          groups: 2
                          rows:
                            - ["产出指标 (40分)", "数量指标 (20分)", "甲", "1", "1", "18"]
                            - ["产出指标 (40分)", "质量指标 (20分)", "乙", "1", "1", "18"]
                            - ["效益指标 (20分)", "满意度指标 (20分)", "丙", "1", "1", "20"]
                  - kind: overall-self-evaluation
                    title: 2021年度部门整体绩效自评表
                    blocks:
                      - grid:
                          title: "预算执行情况 (20分)"
                          role: funds
                          columns: ["资金", "执行数", "预算数", "执行率", "得分"]
                          roles: [text, executed, budget, rate, score]
                          rows:
                            - ["合计", "120", "100", "120%", "20"]
                  - kind: project-declaration
                    title: 项目申报表
                    project: 乙项目
                    unit: 万元
                    blocks:
                      - fields:
                          - ["项目当年预算", "30"]
                      - grid:
                          title: 项目资金来源
                          role: sources
                          columns: ["资金来源项目", "金额"]
                          rows:
                            - ["合计", "30"]
                            - ["1.财政拨款收入", "30"]
            """;

    static final String SELF = "“甲项目”项目支出绩效自评表";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("perf.total-score", "[\"自评得分\", \"92\"]", "[\"自评得分\", \"93\"]",
                        SELF + "：自评得分 93 ≠ 各部分得分之和 92（预算执行情况 (万元) (20分) 16 ＋ 项目绩效总目标 (20分) 20 ＋ "
                                + "项目年度绩效指标 (60分) 56），相差 1"),
                Arguments.of("perf.execution-rate", "\"40\", \"80%\"", "\"40\", \"85%\"",
                        SELF + "“年度财政资金总额”：执行数 40 ÷ 预算数 50 ＝ 80.00%，表中执行率写 85%"),
                Arguments.of("rounding.percent", "\"40\", \"80%\", \"16\"", "\"39.99\", \"79%\", \"16\"",
                        SELF + "“年度财政资金总额”：执行数 39.99 ÷ 预算数 50 ＝ 79.98%，四舍五入到整数为 80%，原文写 79%（截尾，而不是四舍五入）"),
                Arguments.of("perf.execution-score", "\"80%\", \"16\"", "\"80%\", \"18\"",
                        SELF + "“年度财政资金总额”：得分应为分值 20 × 执行率 80% ＝ 16.00（不超过分值），表中写 18"),
                Arguments.of("perf.execution-score", "\"120%\", \"20\"", "\"120%\", \"24\"",
                        "2021年度部门整体绩效自评表“合计”：得分应为分值 20 × 执行率 120% ＝ 20.00（不超过分值），表中写 24"),
                Arguments.of("perf.indicator-sum", "质量指标 (20分)", "质量指标 (15分)",
                        SELF + "“项目年度绩效指标 (60分)”：一级指标“产出指标 (40分)”分值 40 ≠ 其下二级指标分值之和 35，相差 5"),
                Arguments.of("perf.indicator-sum", "项目年度绩效指标 (60分)", "项目年度绩效指标 (70分)",
                        SELF + "“项目年度绩效指标 (70分)”：分值 70 ≠ 一级指标分值之和 60，相差 10"),
                Arguments.of("perf.project-amount", "甲项目 40 万元", "甲项目 45 万元",
                        "“一、项目支出情况”写“甲项目” 45 万元，而" + SELF + "中预算数 50、执行数 40"),
                Arguments.of("perf.project-amount", "执行数为40万元", "执行数为41万元",
                        SELF + "：综述写执行数 41 万元，而表中执行数为 40，相差 1.00"),
                Arguments.of("perf.project-amount", "[\"甲项目\", \"40.00\"]", "[\"甲项目\", \"44.00\"]",
                        "表9“甲项目”44.00 万元，而" + SELF + "中预算数为 50"),
                Arguments.of("perf.project-amount", "[\"合计\", \"30\"]", "[\"合计\", \"31\"]",
                        "“乙项目”项目申报表：项目资金来源合计 31 ≠ 项目当年预算 30，相差 1.00"));
    }

    @TempDir
    Path tmp;

    @Test
    void agreeingFiguresGiveNoPerformanceFinding() throws IOException {
        String ok = run("ok", OK);
        assertFalse(ok.contains("[perf.") || ok.contains("[rounding."), ok);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("cases")
    void ruleIsPreciseOnDisagreement(String rule, String from, String to, String message) throws IOException {
        assertTrue(OK.contains(from), from);
        String bad = run("bad", OK.replace(from, to));
        assertTrue(bad.contains(message + " [" + rule + "]"), "expected\n" + message + "\nin\n" + bad);
    }

    @Test
    void unknownColumnRoleIsAnErrorAtItsPlace() throws IOException {
        String out = run("roles", OK.replace("[text, executed, budget, rate, score]", "[text, executed, budget, rate, points]"));
        assertTrue(out.contains("2021-final.yaml:59:53: 错误：未知的列含义“points”"), out);
    }

    private String run(String name, String disclosure) throws IOException {
        Path content = tmp.resolve(name);
        write(content.resolve("site.yaml"), "title: 测试门户\n");
        write(content.resolve("forms/p.yaml"), FORMS);
        write(content.resolve("test/department.yaml"), "name: 测试中心\n");
        write(content.resolve("test/2021-final.yaml"), disclosure);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.run(new String[] {"check", "--notices", "--content", content.toString()}, new PrintWriter(out), new PrintWriter(err));
        return err + out.toString();
    }

    private static void write(Path p, String text) throws IOException {
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}

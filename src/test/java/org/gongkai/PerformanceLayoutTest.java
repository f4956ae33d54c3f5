package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Performance grids that name a layout (绩效表格版式): the same site as the grid written out in
 * full, keys written in the grid win, an unknown id is an error at its place, and a site layout
 * replaces the bundled one of the same id.
 */
class PerformanceLayoutTest {

    /** A site layout with roles, since its labels alone would not tell budget from executed. */
    static final String SITE_LAYOUTS = """
            name: 测试版式
            layouts:
              - id: test-funds
                title: "预算执行情况 (20分)"
                role: funds
                columns: ["资金", "执行", "预算", "执行率", "得分"]
                roles: [text, executed, budget, rate, score]
              - id: test-indicators
                title: 年度绩效指标
                role: indicators
                columns: ["一级指标", "二级指标", "指标", "得分"]
                groups: 2
            """;

    static final String FULL_GRIDS = """
                      - grid:
                          title: "预算执行情况 (20分)"
                          role: funds
                          columns: ["资金", "执行", "预算", "执行率", "得分"]
                          roles: [text, executed, budget, rate, score]
                          rows:
                            - ["年度财政资金总额", "40", "50", "80%", "16"]
                      - grid:
                          title: 年度绩效指标
                          role: indicators
                          columns: ["一级指标", "二级指标", "指标", "得分"]
                          groups: 2
                          rows:
                            - ["产出指标", "数量指标", "运行次数", "10"]
                            - ["产出指标", "质量指标", "运行率", "10"]
            """;

    static final String LAYOUT_GRIDS = """
                      - grid:
                          layout: test-funds
                          rows:
                            - ["年度财政资金总额", "40", "50", "80%", "16"]
                      - grid:
                          layout: test-indicators
                          rows:
                            - ["产出指标", "数量指标", "运行次数", "10"]
                            - ["产出指标", "质量指标", "运行率", "10"]
            """;

    @TempDir
    Path tmp;

    private Fixture site(String name, String grids) throws IOException {
        Fixture fx = new Fixture(tmp.resolve(name));
        fx.write("performance/test.yaml", SITE_LAYOUTS);
        fx.write("testdept/2021-final.yaml", Fixture.DISCLOSURE_WITH_FINDINGS + """
                  - type: performance
                    title: 第六部分 附件
                    forms:
                      - kind: project-self-evaluation
                        title: 2021年度项目支出绩效自评表
                        project: 甲项目
                        blocks:
                """ + grids + Fixture.ACKNOWLEDGEMENTS);
        return fx;
    }

    /** The grids with {@code keys} written after {@code layout: id}, at the grid's key indent. */
    private static String withKeys(String grids, String id, String... keys) {
        String indent = " ".repeat(14);
        return grids.replace(indent + "layout: " + id + "\n",
                indent + "layout: " + id + "\n" + indent + String.join("\n" + indent, keys) + "\n");
    }

    private static String json(Fixture fx) throws IOException {
        return Files.readString(fx.out.resolve("data/testdept/2021-final.json"));
    }

    @Test
    void aGridNamingItsLayoutBuildsTheSameSiteAsTheGridWrittenOut() throws IOException {
        Fixture full = site("full", FULL_GRIDS);
        Fixture.Run a = full.build();
        assertEquals(0, a.exit(), a.err());
        Fixture byLayout = site("layout", LAYOUT_GRIDS);
        Fixture.Run b = byLayout.build();
        assertEquals(0, b.exit(), b.err());
        assertEquals(Fixture.digest(full.out), Fixture.digest(byLayout.out));
        assertTrue(json(byLayout).contains("\"label\": \"执行\",\n"), "sanity: the grid is in the JSON");
    }

    @Test
    void keysWrittenInTheGridOverrideTheLayout() throws IOException {
        String grids = withKeys(LAYOUT_GRIDS, "test-funds", "title: \"预算执行情况 （20分）\"",
                "columns: [\"资金\", \"执行数（B）\", \"预算\", \"执行率\", \"得分\"]");
        Fixture fx = site("override", grids);
        Fixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        String json = json(fx);
        assertTrue(json.contains("\"title\": \"预算执行情况 （20分）\""), json);
        assertFalse(json.contains("预算执行情况 (20分)"), json);
        // The printed label is the grid's; its meaning still comes from the layout's roles.
        assertTrue(json.replaceAll("\\s", "").contains("{\"label\":\"执行数（B）\",\"role\":\"executed\"}"), json);
        assertTrue(json.replaceAll("\\s", "").contains("{\"label\":\"预算\",\"role\":\"budget\"}"), json);
        assertTrue(json.contains("\"groups\": 2"), "the other grid keeps its layout's tree columns");
    }

    @Test
    void anUnknownLayoutIsAnErrorAtItsPlaceListingTheKnownOnes() throws IOException {
        Fixture fx = site("unknown", LAYOUT_GRIDS.replace("layout: test-indicators", "layout: test-indicator"));
        Fixture.Run run = fx.build();
        assertEquals(1, run.exit(), run.err());
        String disclosure = Files.readString(fx.content.resolve("testdept/2021-final.yaml"));
        int line = (int) disclosure.lines().takeWhile(l -> !l.contains("layout: test-indicator")).count() + 1;
        int column = disclosure.lines().skip(line - 1).findFirst().orElseThrow().indexOf("test-indicator") + 1;
        assertTrue(run.err().contains("testdept/2021-final.yaml:" + line + ":" + column
                + ": 错误：找不到表格版式“test-indicator”"), run.err());
        assertTrue(run.err().contains("可用的版式：") && run.err().contains("test-funds、test-indicators"), run.err());
        assertTrue(run.err().contains("self-evaluation-2021-goals"), "bundled layouts are listed too: " + run.err());
        assertFalse(run.err().contains("这一行有"), "no row errors after the unknown layout: " + run.err());
    }

    @Test
    void aSiteLayoutReplacesTheBundledOneWithTheSameId() throws IOException {
        String grid = """
                      - grid:
                          layout: key-work
                          rows:
                            - ["1", "网站管理", "完成"]
            """;
        Fixture bundled = site("bundled", grid);
        Fixture.Run before = bundled.build();
        assertEquals(1, before.exit(), "the bundled key-work layout has four columns");
        assertTrue(before.err().contains("这一行有 3 格，而版式“key-work”有 4 列"), before.err());

        Fixture fx = site("replaced", grid);
        fx.write("performance/mine.yaml", """
                layouts:
                  - id: key-work
                    title: 重点工作
                    role: key-work
                    columns: ["序号", "事项", "完成情况"]
                """);
        Fixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        String json = json(fx);
        assertTrue(json.contains("\"title\": \"重点工作\""), json);
        assertTrue(json.contains("\"label\": \"事项\""), json);
    }

    @Test
    void aLayoutDefinedTwiceInTheSiteIsAnError() throws IOException {
        Fixture fx = site("twice", LAYOUT_GRIDS);
        fx.write("performance/again.yaml", """
                layouts:
                  - id: test-funds
                    columns: ["资金"]
                """);
        Fixture.Run run = fx.build();
        assertEquals(1, run.exit(), run.err());
        // Files are read in name order, so the later definition is the one in test.yaml.
        assertTrue(run.err().contains("performance/test.yaml:3:5: 错误：表格版式“test-funds”重复定义（第一次在 "), run.err());
        assertTrue(run.err().contains("performance/again.yaml:2:5）"), run.err());
    }

    @Test
    void layoutRolesMustFitColumnsWrittenInTheGrid() throws IOException {
        String grids = withKeys(LAYOUT_GRIDS, "test-funds", "columns: [\"资金\", \"执行\", \"预算\", \"执行率\"]").replace("\"80%\", \"16\"]", "\"80%\"]");
        Fixture.Run run = site("roles", grids).build();
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("错误：版式“test-funds”的 roles 有 5 项，而本表格的 columns 有 4 列"), run.err());
    }

    @Test
    void anUnknownBlockUseInALayoutIsAnErrorAtItsPlace() throws IOException {
        Fixture fx = site("use", LAYOUT_GRIDS);
        fx.write("performance/test.yaml", SITE_LAYOUTS.replace("role: funds", "role: fund"));
        Fixture.Run run = fx.build();
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("performance/test.yaml:5:11: 错误：未知的表格块用途“fund”"), run.err());
        assertTrue(run.err().contains("可用：funds、sources、goals、indicators、key-work、other"), run.err());
    }
}

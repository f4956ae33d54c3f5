package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A province's own form set, written from the docs alone (docs/examples/province-forms.yaml): other
 * form ids, titles, order and row names than the bundled sets, one table in 元. It gets the same
 * features: cross-table checks across units, key figures, every chart, and comparison entries.
 */
class ProvinceFormSetTest {

    @TempDir
    Path tmp;
    Fixture fx;

    /**
     * A consistent 决算: the 支出明细表 prints 元 (6,842,130.00 元 = 684.213 万元), every other table
     * 万元. {@code summaryExpense} is the 支出共计 of the 收支总览表 (684.21 when consistent).
     */
    static String disclosure(String year, String scale, String summaryExpense) {
        String e = scale.equals("1") ? "6,842,130.00" : "5,000,000.00";
        String b = scale.equals("1") ? "2,000,000.00" : "1,500,000.00";
        String p = scale.equals("1") ? "4,842,130.00" : "3,500,000.00";
        String total = scale.equals("1") ? "684.21" : "500.00";
        String fiscal = scale.equals("1") ? "600.00" : "450.00";
        String own = scale.equals("1") ? "84.21" : "50.00";
        String grand = scale.equals("1") ? "694.21" : "510.00";
        return """
                year: %1$s
                kind: 决算
                title: %1$s 年度测试中心部门决算公开
                published: %1$s-10-01
                forms: sheng-final-2024
                parts:
                  - type: tables
                    title: 第二部分 决算表
                    tables:
                      - form: shouzhi-zonglan
                        number: 附表一
                        title: %1$s 年度收支总览表
                        rows:
                          - [财政拨款, "%6$s", 一般公共服务支出, "%5$s"]
                          - [单位自有收入, "%7$s", "", ""]
                          - [收入共计, "%5$s", 支出共计, "%9$s"]
                          - [上年结余, "10.00", 年末结余, "10.00"]
                          - [全部总额, "%8$s", 全部总额, "%8$s"]
                      - form: zhichu-mingxi
                        number: 附表二
                        title: %1$s 年度支出明细表
                        unit: 元
                        rows:
                          - ["", 支出共计, "%2$s", "%3$s", "%4$s"]
                          - ["201", 一般公共服务支出, "%2$s", "%3$s", "%4$s"]
                          - ["20101", 人大事务, "%2$s", "%3$s", "%4$s"]
                          - ["2010101", 行政运行, "%2$s", "%3$s", "%4$s"]
                      - form: shouru-laiyuan
                        number: 附表三
                        title: %1$s 年度收入来源表
                        rows:
                          - [收入共计, "%5$s", "%6$s", "%7$s"]
                      - form: caizheng-shouzhi
                        number: 附表四
                        title: %1$s 年度财政拨款收支表
                        rows:
                          - [财政拨款收入, "%6$s", 一般公共服务支出, "%6$s"]
                          - [收入共计, "%6$s", 支出共计, "%6$s"]
                          - [全部总额, "%6$s", 全部总额, "%6$s"]
                      - form: yiban-zhichu
                        number: 附表五
                        title: %1$s 年度一般公共预算支出表
                        rows:
                          - ["", 共计, "%6$s", "200.00", "%10$s"]
                          - ["201", 一般公共服务支出, "%6$s", "200.00", "%10$s"]
                      - form: sangong
                        number: 附表六
                        title: %1$s 年度三公经费表
                        rows:
                          - ["12.00", "2.00", "6.00", "4.00"]
                """.formatted(year, e, b, p, total, fiscal, own, grand, summaryExpense,
                scale.equals("1") ? "400.00" : "250.00");
    }

    @BeforeEach
    void write() throws IOException {
        fx = new Fixture(tmp);
        Files.delete(fx.content.resolve("testdept/2021-final.yaml"));
        Files.delete(fx.content.resolve("testdept/department.yaml"));
        Files.delete(fx.content.resolve("testdept"));
        Files.delete(fx.content.resolve("forms/test-final.yaml"));
        Files.copy(Path.of("docs/examples/province-forms.yaml"), fx.content.resolve("forms/province-forms.yaml"));
        fx.write("jia/department.yaml", "name: 甲测试中心\nregion: 甲区\npeer_group: 测试中心\n");
        fx.write("yi/department.yaml", "name: 乙测试中心\nregion: 乙区\npeer_group: 测试中心\n");
        fx.write("jia/2023-final.yaml", disclosure("2023", "2", "500.00"));
        fx.write("jia/2024-final.yaml", disclosure("2024", "1", "684.21"));
        fx.write("yi/2024-final.yaml", disclosure("2024", "1", "684.21"));
    }

    @Test
    void consistentFiguresAcrossUnitsGiveNoFinding() {
        Fixture.Run check = fx.run("check", "--content", fx.content.toString());
        assertEquals(0, check.exit(), check.err());
        assertTrue((check.out() + check.err()).contains("校验完成：0 个错误，0 个警告。"), check.out() + check.err());
    }

    @Test
    void oneChangedFigureGivesExactlyThatFinding() throws IOException {
        fx.write("yi/2024-final.yaml", disclosure("2024", "1", "684.31"));
        Fixture.Run check = fx.run("check", "--content", fx.content.toString());
        assertEquals(1, check.exit());
        String file = fx.content.resolve("yi/2024-final.yaml").toString();
        assertTrue(check.err().contains(file + ":24:24: 错误：附表二 “支出共计”（支出共计） 6,842,130.00 ≠ 附表一 “支出共计”（金额） "
                + "684.31，相差 0.10 万元（前者单位元，后者单位万元，已折算） [cross.same-figure]"), check.err());
        assertTrue((check.out() + check.err()).contains("校验完成：1 个错误，0 个警告。"), check.out() + check.err());
    }

    @Test
    void theProvinceGetsEveryFeature() throws IOException {
        Fixture.Run build = fx.build();
        assertEquals(0, build.exit(), build.err());
        Document overview = Jsoup.parse(fx.page("jia/2024-final/index.html"));
        // Key figures in 万元, converted exactly from the table in 元, each linked to its table row.
        assertEquals("本年收入合计 684.21 | 本年支出合计 684.21 | 基本支出 200.00 | 项目支出 484.213 | 财政拨款收入 600.00 | “三公”经费 12.00",
                String.join(" | ", overview.select(".key-figures li").stream()
                        .map(li -> li.selectFirst(".figure-label").text() + " " + li.selectFirst(".figure-value").text()).toList()));
        assertEquals("tables/zhichu-mingxi.html#t-zhichu-mingxi-r1",
                overview.select(".key-figures li").get(2).selectFirst("a.figure-value").attr("href"));
        for (String chart : new String[] {"expense-split", "income-sources", "expense-functional"}) {
            assertTrue(Files.exists(fx.out.resolve("jia/2024-final/charts/" + chart + ".svg")), chart);
        }
        String split = Files.readString(fx.out.resolve("jia/2024-final/charts/expense-split.svg"), StandardCharsets.UTF_8);
        assertTrue(split.contains("基本性支出 200.00 万元"), split);
        // The year before is in the portal: the department has a trend, the overview a change.
        assertTrue(Files.exists(fx.out.resolve("jia/charts/trend-final.svg")));
        Document compare = Jsoup.parse(fx.page(org.gongkai.render.site.Addresses.compareGroup(
                org.gongkai.render.site.Addresses.groupSlug("测试中心"))));
        assertTrue(compare.text().contains("甲测试中心") && compare.text().contains("乙测试中心"), compare.text());
        assertTrue(compare.select("td").eachText().contains("684.21"), compare.text());
    }
}

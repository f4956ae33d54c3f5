package org.gongkai.render.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.gongkai.diag.Diagnostics;
import org.gongkai.facts.FactIndex;
import org.gongkai.facts.FactSet;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Metric;
import org.gongkai.model.Part;
import org.gongkai.model.Portal;
import org.gongkai.model.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What each seed disclosure in content/ gives the charts: exact values, sources, placements. */
class ChartDataTest {

    static Portal portal;
    static KeyFigures figures;

    @BeforeAll
    static void load() {
        Diagnostics diagnostics = new Diagnostics();
        var content = new org.gongkai.load.ContentReader(Path.of("content"), diagnostics).read().orElseThrow();
        portal = content.portal();
        figures = new KeyFigures(portal, FactIndex.of(portal, content.catalogue()));
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
    }

    static Disclosure disclosure(String path) {
        return portal.disclosures().stream().filter(d -> d.path().equals(path)).findFirst().orElseThrow();
    }

    static FactSet facts(String path) {
        return figures.facts().of(disclosure(path));
    }

    static FactSet facts(Disclosure d) {
        return figures.facts().of(d);
    }

    static List<String> labels(ChartSpec s) {
        return s.items().stream().map(ChartSpec.Item::label).toList();
    }

    static List<BigDecimal> values(ChartSpec s) {
        return s.items().stream().map(ChartSpec.Item::value).toList();
    }

    static List<BigDecimal> amounts(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void wuchangSplitIsBasicAndProjectFromTable3() {
        ChartSpec s = ChartData.expenseSplit(facts("wuchang-dsj/2019-final")).orElseThrow();
        assertEquals(List.of("基本支出", "项目支出"), labels(s));
        assertEquals(amounts("329.25", "2204.00"), values(s));
        assertEquals("329.25 万元（13.00%）", s.valueLine(0));
        assertEquals("2,204.00 万元（87.00%）", s.valueLine(1));
        assertEquals(new BigDecimal("2533.25"), s.total().value());
        assertEquals("本年支出合计", s.total().label());
        assertEquals("表3 2019年度支出决算表（合计行）", s.source());
        assertEquals("支出决算结构：基本支出与项目支出", s.title());
        assertTrue(s.note().contains("上缴上级支出"), "blank parts are named as left out: " + s.note());
    }

    @Test
    void dongxihuUsesTheNarrativesStatedFigures() {
        Disclosure d = disclosure("dongxihu-dsj/2021-final");
        ChartSpec split = ChartData.expenseSplit(facts(d)).orElseThrow();
        assertEquals(amounts("484.64", "634.14"), values(split));
        assertEquals(new BigDecimal("1118.78"), split.total().value());
        // Computed by the one rule, not copied from the narrative (which prints 43.3% and 52.7%).
        assertEquals(new BigDecimal("43.32"), split.share(0).orElseThrow());
        assertEquals(new BigDecimal("56.68"), split.share(1).orElseThrow());
        assertTrue(split.source().startsWith("情况说明：“2021 年度支出合计 1118.78 万元”"), split.source());

        ChartSpec income = ChartData.incomeSources(facts(d)).orElseThrow();
        assertEquals(List.of("财政拨款收入", "其他收入"), labels(income));
        assertEquals(amounts("1118.65", "0.13"), values(income));
        assertEquals(new BigDecimal("0.01"), income.share(1).orElseThrow());
        assertTrue(ChartData.functionalClasses(facts(d)).isEmpty(), "no table, no functional classes");
    }

    @Test
    void everySeedHasItsSplitChart() {
        assertEquals(5, portal.disclosures().size());
        for (Disclosure d : portal.disclosures()) {
            ChartSpec s = ChartData.expenseSplit(facts(d)).orElseThrow(() -> new AssertionError(d.path()));
            assertTrue(labels(s).contains("基本支出") && labels(s).contains("项目支出"), d.path() + " " + labels(s));
        }
    }

    @Test
    void budgetsFallBackToTheGeneralBudgetTableOnlyWhenTheWholeTableHasNoTotalRow() {
        ChartSpec hanyang = ChartData.expenseSplit(facts("hanyang-dsj/2021-budget")).orElseThrow();
        assertEquals(amounts("366.85", "1963.43"), values(hanyang));
        assertEquals("支出预算结构：基本支出与项目支出", hanyang.title());

        // 新洲's 支出总表 has an unnamed first row: not taken for a total; 附表4-5 is used and named.
        ChartSpec xinzhou = ChartData.expenseSplit(facts("xinzhou-dsj/2023-budget")).orElseThrow();
        assertEquals(amounts("197.25", "109.99"), values(xinzhou));
        assertEquals(new BigDecimal("307.24"), xinzhou.total().value());
        assertTrue(xinzhou.title().startsWith("一般公共预算财政拨款"), xinzhou.title());
        assertTrue(xinzhou.source().startsWith("附表4-5"), xinzhou.source());
    }

    @Test
    void incomeBySourceFromTheIncomeTable() {
        ChartSpec jianghan = ChartData.incomeSources(facts("jianghan-dsj/2021-final")).orElseThrow();
        assertEquals(List.of("财政拨款收入"), labels(jianghan));
        assertEquals(amounts("2484.74"), values(jianghan));
        assertEquals("本年收入合计", jianghan.total().label());

        // A group (本年收入 / 上年结转结余) counts by its members; zero members are left out.
        ChartSpec xinzhou = ChartData.incomeSources(facts("xinzhou-dsj/2023-budget")).orElseThrow();
        assertEquals(List.of("本年收入·一般公共预算"), labels(xinzhou));
        assertEquals(amounts("307.24"), values(xinzhou));

        // 汉阳's 收入总表 prints one unnamed row under 总计: with no names, that one row is the total.
        ChartSpec hanyang = ChartData.incomeSources(facts("hanyang-dsj/2021-budget")).orElseThrow();
        assertEquals(amounts("2320.28", "10.00"), values(hanyang));
        assertEquals("总计", hanyang.total().label());
    }

    @Test
    void functionalClassesAreTheThreeDigitRows() {
        ChartSpec wuchang = ChartData.functionalClasses(facts("wuchang-dsj/2019-final")).orElseThrow();
        assertEquals(List.of("一般公共服务支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"), labels(wuchang));
        assertEquals(amounts("2455.10", "23.32", "23.47", "31.36"), values(wuchang));
        assertEquals(new BigDecimal("96.92"), wuchang.share(0).orElseThrow());

        ChartSpec xinzhou = ChartData.functionalClasses(facts("xinzhou-dsj/2023-budget")).orElseThrow();
        assertEquals(amounts("262.40", "18.93", "10.65", "15.27"), values(xinzhou));
    }

    @Test
    void yearOnYearNeedsLastYearsFigure() {
        // The seeds give only the change from last year, not last year's total: nothing is derived.
        for (Disclosure d : portal.disclosures()) {
            assertTrue(ChartData.totalChange(figures, d, Metric.INCOME_EXPENSE_TOTAL).isEmpty(), d.path());
            assertTrue(ChartData.trends(figures, d.department()).isEmpty(), "one year each: no trend");
        }
        assertEquals(new BigDecimal("2533.25"),
                Figures.of(facts("wuchang-dsj/2019-final"), Metric.INCOME_EXPENSE_TOTAL).orElseThrow().value());
        assertEquals(new BigDecimal("1118.65"),
                Figures.of(facts("dongxihu-dsj/2021-final"), Metric.FISCAL_TOTAL).orElseThrow().value());
    }

    @Test
    void narrativeFiguresArePlacedWhereTheTextNamesThem() {
        Disclosure d = disclosure("wuchang-dsj/2019-final");
        DisclosureCharts charts = DisclosureCharts.of(figures, d, new ChartCache());
        List<DisclosureCharts.Placement> all = new java.util.ArrayList<>();
        for (Part p : d.parts()) {
            if (p instanceof Part.SectionsPart s && p.type() == Part.PartType.NARRATIVE) {
                for (Section sec : s.sections()) {
                    all.addAll(charts.at(sec));
                }
            }
        }
        assertEquals(List.of("图 1", "图 2", "图 3", "图 4"), all.stream().map(DisclosureCharts.Placement::figure).toList());
        assertNull(all.get(0).chart());
        assertTrue(all.get(0).missing().contains("2018 年度"), all.get(0).missing());
        assertEquals(ChartData.INCOME, all.get(1).chart().spec().slug());
        assertEquals(ChartData.SPLIT, all.get(2).chart().spec().slug());
        assertNull(all.get(3).chart());
        assertEquals(3, charts.all().size());
    }

    @Test
    void captionsNameTheirCharts() {
        assertEquals(ChartData.TOTAL_CHANGE, DisclosureCharts.slugFor("收、支决算总计变动情况").orElseThrow());
        assertEquals(ChartData.FISCAL_CHANGE, DisclosureCharts.slugFor("财政拨款收、支决算总计变动情况").orElseThrow());
        assertEquals(ChartData.INCOME, DisclosureCharts.slugFor("收入决算结构").orElseThrow());
        assertEquals(ChartData.SPLIT, DisclosureCharts.slugFor("支出决算结构").orElseThrow());
        assertTrue(DisclosureCharts.slugFor("组织机构图").isEmpty());
    }
}

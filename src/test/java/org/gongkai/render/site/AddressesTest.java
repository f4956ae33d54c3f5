package org.gongkai.render.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Optional;
import org.gongkai.diag.Position;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Form;
import org.gongkai.model.FormSet;
import org.gongkai.model.Kind;
import org.gongkai.model.Part;
import org.gongkai.model.Scheme;
import org.gongkai.model.Table;
import org.junit.jupiter.api.Test;

/** The portal's address scheme, as readers' bookmarks and the search index already hold it. */
class AddressesTest {

    private static final Position AT = Position.startOf("t.yaml");
    private static final Form FORM = new Form("f", "表样", "", "", List.of(), List.of(), 1, "", List.of());
    private static final Table TABLE = new Table("expense", FORM, "表3", "支出表", "", "万元", List.of(), "", "", "", AT);
    private static final Part OVERVIEW = new Part.SectionsPart(Part.PartType.OVERVIEW, "概况", "overview", List.of());
    private static final Part.GlossaryPart GLOSSARY = new Part.GlossaryPart("名词解释", "glossary", "", List.of());
    private static final Part PERFORMANCE = new Part.PerformancePart("绩效", "performance-2", List.of());
    private static final Department DEPARTMENT = new Department("jianghan-dsj", "江汉区大数据中心", "", "", "");
    private static final Disclosure D = new Disclosure(DEPARTMENT, "2021", Kind.FINAL, "", "",
            new FormSet("s", "决算", "s", List.of(FORM), "", List.of(), List.of()), List.of(),
            List.of(OVERVIEW, new Part.TablesPart("表格", "tables", List.of(TABLE)), GLOSSARY, PERFORMANCE),
            List.of(), List.of(), Optional.empty(), "t.yaml");

    @Test
    void pages() {
        assertEquals("jianghan-dsj/index.html", Addresses.department(DEPARTMENT));
        assertEquals("jianghan-dsj/2021-final/index.html", Addresses.disclosure(D));
        assertEquals("jianghan-dsj/2021-final/index.html", Addresses.part(D, OVERVIEW));
        assertEquals("jianghan-dsj/2021-final/glossary.html", Addresses.part(D, GLOSSARY));
        assertEquals("jianghan-dsj/2021-final/full.html", Addresses.full(D));
        assertEquals("jianghan-dsj/2021-final/tables/expense.html", Addresses.table(D, TABLE));
        assertEquals("jianghan-dsj/2021-final/codes.html", Addresses.codes(D));
        assertEquals("jianghan-dsj/2021-final/projects.html", Addresses.projects(D));
        assertEquals("years/2021.html", Addresses.year("2021"));
    }

    @Test
    void linksIntoPages() {
        assertEquals("jianghan-dsj/2021-final/tables/expense.html#t-expense-r3", Addresses.row(D, TABLE, 2));
        assertEquals("jianghan-dsj/2021-final/glossary.html#glossary-term-1", Addresses.term(D, GLOSSARY, 0));
        assertEquals("jianghan-dsj/2021-final/performance-2.html#performance-2-2", Addresses.form(D, PERFORMANCE, 1));
        assertEquals("jianghan-dsj/2021-final/codes.html#f-20103", Addresses.code(D, Scheme.FUNCTIONAL, "20103"));
        assertEquals("jianghan-dsj/2021-final/codes.html#e-30101", Addresses.code(D, Scheme.ECONOMIC, "30101"));
        assertEquals("glossary/j.html#term-基本支出", Addresses.portalTerm("J", Addresses.portalTermId("“基本支出”")));
        assertEquals("glossary/other.html#term-x", Addresses.portalTerm("#", "term-x"));
        assertEquals("search.html?q=%E4%B8%89%E5%85%AC+%E7%BB%8F%E8%B4%B9", Addresses.search("三公 经费"));
    }

    @Test
    void dataAndChartFiles() {
        assertEquals("data/jianghan-dsj/2021-final/expense.csv", Addresses.csv(D, TABLE));
        assertEquals("data/jianghan-dsj/2021-final/expense.xlsx", Addresses.xlsx(D, TABLE));
        assertEquals("data/jianghan-dsj/2021-final.xlsx", Addresses.workbook(D));
        assertEquals("data/jianghan-dsj/2021-final.json", Addresses.json(D));
        assertEquals("2021-final/expense.csv", Addresses.csvFromJson(D, TABLE));
        assertEquals("jianghan-dsj/2021-final/charts/split.svg", Addresses.chart(Addresses.folder(D), "split"));
        assertEquals("jianghan-dsj/charts/trend.svg", Addresses.chart(Addresses.folder(DEPARTMENT), "trend"));
        assertEquals("compare/charts/compare-g-1-latest.svg", Addresses.chart(Addresses.COMPARE_FOLDER, "compare-g-1-latest"));
        assertEquals("charts/split.svg", Addresses.chartHref("split"));
    }

    @Test
    void anchors() {
        String table = Addresses.tableId(TABLE);
        assertEquals("t-expense", table);
        assertEquals("t-expense-r1", Addresses.rowId(table, 0));
        assertEquals("t-expense-r1-p0", Addresses.rowHeaderId(Addresses.rowId(table, 0), 0));
        assertEquals("t-expense-h4", Addresses.headerId(table, 4));
        assertEquals("t-expense-n1", Addresses.columnNumberId(table, 0));
        assertEquals("t-expense-m2", Addresses.markId(table, 2));
        assertEquals("overview-s2", Addresses.sectionId(OVERVIEW, 1));
        assertEquals("overview-s2-1", Addresses.subsectionId(Addresses.sectionId(OVERVIEW, 1), 0));
        assertEquals("performance-2-1-h", Addresses.formHeadingId(PERFORMANCE, 0));
        assertEquals("letter-B", Addresses.letterId("B"));
        assertEquals("letter-other", Addresses.letterId("#"));
        assertEquals("jianghan-dsj-final", Addresses.yearEntryId(D));
        assertEquals("g-1-2021-final", Addresses.comparisonId("g-1", "2021", Kind.FINAL));
        assertEquals("t-g-1-latest", Addresses.comparisonTableId(Addresses.latestComparisonId("g-1")));
        assertEquals("chart-split", Addresses.chartId("split"));
    }

    /** Long portal-wide pages are split with addresses that stay as the portal grows. */
    @Test
    void splitPortalPages() {
        assertEquals("g-", Addresses.groupSlug("大数据中心").substring(0, 2));
        assertEquals(12, Addresses.groupSlug("大数据中心").length());
        assertEquals(Addresses.groupSlug("大数据中心"), Addresses.groupSlug("大数据中心"));
        assertNotEquals(Addresses.groupSlug("大数据中心"), Addresses.groupSlug("统计局"));
        String g = Addresses.groupSlug("大数据中心");
        assertEquals("compare/" + g + ".html", Addresses.compareGroup(g));
        assertEquals("compare/" + g + "/2021-final.html", Addresses.comparison(g, "2021", Kind.FINAL));
        assertEquals("glossary/b.html", Addresses.glossaryLetter("B"));
        assertEquals("downloads/jianghan-dsj.html", Addresses.downloads(DEPARTMENT));
        assertEquals("assets/search/g12.js", Addresses.searchShard("g12"));
        assertEquals("assets/search/index.js", Addresses.SEARCH_INDEX);
    }

    @Test
    void urlPathsArePercentEncoded() {
        assertEquals("%E9%83%A8%E9%97%A8/a%20b%26c.html", Addresses.encode("部门/a b&c.html"));
        assertEquals("a-b_c.d~e/f.html", Addresses.encode("a-b_c.d~e/f.html"));
    }
}

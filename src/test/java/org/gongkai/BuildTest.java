package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build of a small fixture: what the pages hold, values as written, and determinism. */
class BuildTest {

    @TempDir
    Path tmp;
    Fixture fx;

    @BeforeEach
    void build() throws IOException {
        fx = new Fixture(tmp);
        Fixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("已生成 "), run.out());
    }

    @Test
    void homeLinksToTheDisclosureWithRelativeLinks() throws IOException {
        Document home = Jsoup.parse(fx.page("index.html"));
        assertEquals("zh-CN", home.selectFirst("html").attr("lang"));
        Element link = home.selectFirst("a[href=testdept/2021-final/index.html]");
        assertTrue(link != null && link.text().contains("测试区大数据中心"), home.html());
        for (Element a : home.select("a[href], link[href]")) {
            String href = a.attr("href");
            assertFalse(href.startsWith("/") || href.contains("//"), "not relative: " + href);
        }
    }

    @Test
    void valuesStayAsWritten() throws IOException {
        Document table = Jsoup.parse(fx.page("testdept/2021-final/tables/expense.html"));
        var cells = table.select("tbody tr").get(0).select("td.num");
        assertEquals("2,812.11", cells.get(0).text());
        assertEquals("1.10", cells.get(1).text());
        assertEquals("-", cells.get(2).text());
        var second = table.select("tbody tr").get(1).select("td.num");
        assertEquals("0.00", second.get(1).text());
        assertEquals("", second.get(2).text());
        String overview = fx.page("testdept/2021-final/index.html");
        assertTrue(overview.contains("编号 0123 与 NO 照原文"), "0123 and NO stay text");
        assertTrue(overview.contains("发布：2022-10-27"), "an unquoted date stays as written");
    }

    @Test
    void footerShowsTheGovernmentSiteItemsThatAreSet() throws IOException {
        Element footer = Jsoup.parse(fx.page("index.html")).selectFirst("footer");
        assertTrue(footer.text().contains("网站标识码：4201000001"));
        assertTrue(footer.text().contains("鄂ICP备00000001号"));
        assertFalse(footer.text().contains("公安机关备案号"), "unset items are not shown");
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        var first = Fixture.digest(fx.out);
        assertEquals(0, fx.build().exit());
        assertEquals(first, Fixture.digest(fx.out));
    }

    @Test
    void checkWritesNothing() throws IOException {
        var before = Fixture.snapshot(tmp);
        Fixture.Run run = fx.run("check", "--content", fx.content.toString());
        assertTrue(run.out().contains("校验完成："), run.out());
        assertEquals(before, Fixture.snapshot(tmp), "content and the built site stay byte-identical, nothing is added");
    }

    @Test
    void checkReportsFindingsAsJsonForTools() throws Exception {
        fx.write("testdept/2021-final.yaml", Fixture.DISCLOSURE_WITH_FINDINGS);
        Fixture.Run run = fx.run("check", "--content", fx.content.toString(), "--format", "json");
        assertEquals(1, run.exit(), run.err());
        var findings = (java.util.List<?>) org.gongkai.json.JsonReader.parse(run.out());
        assertEquals(4, findings.size(), run.out());
        var first = (java.util.Map<?, ?>) findings.get(0);
        assertEquals("hierarchy.sum", first.get("rule"), run.out());
        assertEquals("错误", first.get("severity"));
        assertEquals(false, first.get("acknowledged"));
        assertTrue(((java.util.Map<?, ?>) first.get("at")).get("file").toString().endsWith("2021-final.yaml"));
    }

    @Test
    void acknowledgedFindingsAreListedOnlyOnRequestAndMarked() throws Exception {
        Fixture.Run plain = fx.run("check", "--content", fx.content.toString(), "--format", "json");
        assertEquals(0, plain.exit(), plain.err());
        assertEquals("[]\n", plain.out());
        Fixture.Run json = fx.run("check", "--content", fx.content.toString(), "--format", "json", "--include-acknowledged");
        assertEquals(0, json.exit(), "acknowledged findings do not change the exit code: " + json.err());
        var findings = (java.util.List<?>) org.gongkai.json.JsonReader.parse(json.out());
        assertEquals(4, findings.size(), json.out());
        var first = (java.util.Map<?, ?>) findings.get(0);
        assertEquals(true, first.get("acknowledged"));
        assertEquals("原文合计含未列出的科目，照原文公布。", first.get("note"));
        Fixture.Run text = fx.run("check", "--content", fx.content.toString(), "--include-acknowledged");
        assertEquals(0, text.exit(), text.err());
        assertTrue(text.err().contains(": 错误（已说明）：表3 “合计”：1 栏 2,812.11 ≠ （2+3） 栏之和 1.10"), text.err());
        assertTrue(text.err().contains("  说明：原文合计栏含上年结转，照原文公布。"), text.err());
        assertTrue(text.out().contains("校验完成：0 个错误，0 个警告，另有 4 条已在内容中说明的发现。"), text.out());
    }

    @Test
    void anOpenErrorBlocksTheBuildAsItFailsTheCheck() throws IOException {
        var before = Fixture.digest(fx.out);
        fx.write("testdept/2021-final.yaml", Fixture.DISCLOSURE_WITH_FINDINGS);
        Fixture.Run check = fx.run("check", "--content", fx.content.toString());
        Fixture.Run build = fx.build();
        assertEquals(1, check.exit(), check.err());
        assertEquals(1, build.exit(), build.err());
        assertTrue(build.err().contains("[identity.column]"), build.err());
        assertTrue(build.err().contains("生成失败：4 个错误，0 个警告；输出目录 " + fx.out + " 保持不变。"), build.err());
        assertEquals(before, Fixture.digest(fx.out), "the published site is untouched");
    }

    @Test
    void acknowledgedFindingIsExplainedOnThePageAndNotReported() throws IOException {
        String oneAcknowledged = Fixture.DISCLOSURE_WITH_FINDINGS + """
                acknowledgements:
                  - rule: identity.column
                    subject: "表3 “合计” C1 = C2 + C3"
                    note: 原文合计栏含上年结转，照原文公布。
                """;
        fx.write("testdept/2021-final.yaml", oneAcknowledged);
        Fixture.Run partly = fx.build();
        assertEquals(1, partly.exit(), "three findings are still open: " + partly.err());
        assertFalse(partly.err().contains("表3 “合计”：1 栏"), partly.err());
        assertTrue(partly.err().contains("表3 “201 一般公共服务支出”：1 栏"), "others still reported: " + partly.err());

        fx.write("testdept/2021-final.yaml", Fixture.DISCLOSURE + """
                  - rule: cross.same-figure
                    subject: "表9 不存在"
                    note: 无对应发现。
                """);
        Fixture.Run after = fx.build();
        assertEquals(0, after.exit(), after.err());
        assertTrue(after.err().contains("这条说明没有对应的校验发现（规则 cross.same-figure，“表9 不存在”） [acknowledgement.unused]"), after.err());
        assertTrue(after.out().contains("（0 个错误，1 个警告，另有 4 条已在内容中说明的发现）。"), after.out());
        String page = fx.page("testdept/2021-final/index.html");
        assertTrue(page.contains("<h2 id=\"data-notes\">数据说明</h2>"), page);
        assertTrue(page.contains("说明：原文合计栏含上年结转，照原文公布。"), page);
        Fixture.Run strict = fx.run("build", "--content", fx.content.toString(), "--out", fx.out.toString(), "--strict");
        assertEquals(1, strict.exit(), "--strict blocks on the open warning: " + strict.err());
    }
}

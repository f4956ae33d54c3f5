package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 名词解释: per-disclosure anchors, the portal glossary page, 科目说明 and term links, on a fixture. */
class GlossaryTest {

    /** A second department whose glossary shares, rewords and adds terms. */
    static final String OTHER = """
            year: 2022
            kind: 决算
            title: 2022 年度另一区大数据中心部门决算公开
            forms: test-final
            parts:
              - type: narrative
                title: 第三部分 情况说明
                sections:
                  - title: 一、基本支出情况
                    text: |
                      一般公共预算财政拨款支出 10 万元，其中基本支出 8 万元；财政拨款另有项目支出。基本支出比上年增加。

                      | 项目 | 基本支出 |
                      |---|---|
                      | 财政拨款 | 8.00 |
                  - title: 二、项目支出
                    text: 项目支出 2 万元，见[基本支出说明](glossary.html)。
              - type: glossary
                title: 第四部分 名词解释
                terms:
                  - number: "(一)"
                    term: 基本支出
                    text: "指为保障机构正常运转的支出。  "
                  - number: "(二)"
                    term: 项目支出
                    text: 指在基本支出之外为完成特定任务的支出。
                  - number: "(三)"
                    term: 一般公共预算财政拨款
                    text: 指财政一般公共预算当年拨付的资金。
                  - number: "(四)"
                    term: 财政拨款
                    text: 指财政当年拨付的资金。
                  - number: "(五)"
                    term: “三公”经费
                    text: 指因公出国（境）费、公务用车购置及运行费和公务接待费。
            """;

    @TempDir
    Path tmp;
    Fixture fx;

    @BeforeEach
    void build() throws IOException {
        fx = new Fixture(tmp);
        fx.write("other/department.yaml", "name: 另一区大数据中心\nregion: 另一区\npeer_group: 大数据中心\n");
        fx.write("other/2022-final.yaml", OTHER);
        Fixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
    }

    private Document page(String path) throws IOException {
        return Jsoup.parse(fx.page(path));
    }

    @Test
    void eachGlossaryEntryHasItsOwnAnchorAndPrintedNumber() throws IOException {
        Document g = page("other/2022-final/glossary.html");
        List<String> ids = g.select("dl.glossary dt").eachAttr("id");
        assertEquals(List.of("glossary-term-1", "glossary-term-2", "glossary-term-3", "glossary-term-4",
                "glossary-term-5"), ids);
        assertEquals("(一)", g.selectFirst("dt .term-no").text());
    }

    @Test
    void identicalWordingsMergeAndDifferentOnesAreListedWithTheirDisclosures() throws IOException {
        Document g = GlossaryPages.all(fx.out);
        Element basic = g.getElementById("term-基本支出");
        assertNotNull(basic, g.html());
        Element dd = basic.nextElementSibling();
        // "…的支出。" and "…的支出。  " differ only in whitespace: one wording, two disclosures.
        assertEquals(1, dd.select(".wording").size());
        assertEquals(2, dd.select(".uses a").size());

        Element project = g.getElementById("term-项目支出").nextElementSibling();
        assertEquals(1, project.select(".wording").size(), "only one disclosure defines 项目支出");
        assertTrue(project.text().contains("另一区大数据中心"));

        fx.write("testdept/2021-final.yaml", Fixture.DISCLOSURE_WITH_FINDINGS
                + "      - number: \"2\"\n        term: 项目支出\n        text: 指在基本支出之外的支出。\n"
                + Fixture.ACKNOWLEDGEMENTS);
        assertEquals(0, fx.build().exit());
        Element reworded = GlossaryPages.all(fx.out).getElementById("term-项目支出").nextElementSibling();
        assertEquals(2, reworded.select(".wording").size());
        assertTrue(reworded.selectFirst(".wording-count").text().contains("2 种"));
        for (Element w : reworded.select(".wording")) {
            assertEquals(1, w.select(".uses a").size(), w.outerHtml());
        }
    }

    @Test
    void termsArePinyinOrderedWithAnIndexWhoseAnchorsResolve() throws IOException {
        Document g = page("glossary.html");
        List<String> terms = GlossaryPages.all(fx.out).select("dl.portal-glossary dt dfn").eachText();
        // cai, ji, san (leading quote ignored), xiang, yi
        assertEquals(List.of("财政拨款", "基本支出", "“三公”经费", "项目支出", "一般公共预算财政拨款"), terms);
        assertEquals(List.of("C", "J", "S", "X", "Y"), g.select(".glossary-letter h2").eachText());
        assertEquals(26, g.select(".letter-index li").size());
        for (Element a : g.select("a[href^=#]")) {
            assertNotNull(g.getElementById(a.attr("href").substring(1)), a.attr("href"));
        }
        assertEquals(g.select("[id]").size(), g.select("[id]").eachAttr("id").stream().distinct().count());
        assertEquals(1, g.select("h1").size());
        // The index lists every term, linking its entry on the letter's page.
        assertEquals(terms, g.select(".term-index a").eachText());
        assertEquals("glossary/s.html#term-三公经费", g.select(".term-index a").get(2).attr("href"));
        Document s = page("glossary/s.html");
        assertNotNull(s.getElementById("term-三公经费"));
        assertEquals(List.of("C", "J", "S", "X", "Y"), s.select(".letter-index li").eachText());
        assertEquals("S", s.selectFirst(".letter-index [aria-current=page]").text());
    }

    @Test
    void usesLinkToTheDefinitionInTheDisclosure() throws IOException {
        Document g = GlossaryPages.all(fx.out);
        for (Element a : g.select(".uses a")) {
            String[] target = a.attr("href").split("#");
            Document d = page(target[0]);
            assertNotNull(d.getElementById(target[1]), a.attr("href"));
        }
    }

    @Test
    void narrativeLinksFirstOccurrencesLongestFirstButNotInHeadingsTablesOrLinks() throws IOException {
        Document n = page("other/2022-final/narrative.html");
        Element first = n.select("section.text-section").get(0);
        assertEquals(List.of("一般公共预算财政拨款", "基本支出", "财政拨款", "项目支出"), first.select("a.term").eachText());
        assertEquals("glossary.html#glossary-term-3", first.selectFirst("a.term").attr("href").replace("../../other/2022-final/", ""));
        assertTrue(n.select("h1 a, h2 a, h3 a, table a").isEmpty());
        Element second = n.select("section.text-section").get(1);
        assertEquals(List.of("项目支出"), second.select("a.term").eachText(), "each section links its own first use");
        assertEquals(1, second.select("a:not(.term)").size());
    }

    @Test
    void termsTheDisclosureDoesNotDefineLinkToThePortalGlossary() throws IOException {
        fx.write("testdept/2021-final.yaml", Files.readString(fx.content.resolve("testdept/2021-final.yaml"))
                .replace("负责全区电子政务。", "负责全区电子政务，管理“三公”经费。"));
        assertEquals(0, fx.build().exit());
        Element a = page("testdept/2021-final/index.html").selectFirst("a.term");
        assertEquals("../../glossary/s.html#term-三公经费", a.attr("href"));
        assertEquals("“三公”经费", a.text());
        assertFalse(a.hasAttr("title"));
    }

    @Test
    void codesPageExplainsEachCodeWithItsSourceAndTheGlossaryLinksToIt() throws IOException {
        Document codes = page("testdept/2021-final/codes.html");
        Element dt = codes.getElementById("f-201");
        assertTrue(dt.text().contains("一般公共服务支出"));
        assertTrue(dt.nextElementSibling().text().contains("来自《政府收支分类科目》"), dt.nextElementSibling().text());
        Document glossary = page("testdept/2021-final/glossary.html");
        assertNotNull(glossary.selectFirst(".code-links a[href=codes.html#f-201]"), glossary.html());
        assertNotNull(page("testdept/2021-final/index.html").selectFirst(".toc a[href=codes.html]"));
        assertFalse(Files.exists(fx.out.resolve("other/2022-final/codes.html")), "no tables, no codes page");
    }

    @Test
    void codesWithoutAnExplanationSaySoInsteadOfInventingOne() throws IOException {
        fx.write("testdept/2021-final.yaml", Files.readString(fx.content.resolve("testdept/2021-final.yaml"))
                .replace("[\"201\", 一般公共服务支出, \"2,697.42\", 0.00, \"\"]\n",
                        "[\"201\", 一般公共服务支出, \"2,697.42\", 0.00, \"\"]\n"
                                + "          - [\"20101\", 人大事务, \"2,697.42\", 0.00, \"\"]\n")
                + "  - rule: identity.column\n    subject: \"表3 “20101 人大事务” C1 = C2 + C3\"\n    note: 原文如此。\n");
        Fixture.Run run = fx.build();
        assertEquals(0, run.exit(), run.err());
        Element dd = page("testdept/2021-final/codes.html").getElementById("f-20101").nextElementSibling();
        assertEquals("科目表未收录说明。", dd.text());
    }

    @Test
    void footerLinksTheGlossaryFromEveryPage() throws IOException {
        assertNotNull(page("index.html").selectFirst("footer a[href=glossary.html]"));
        assertNotNull(page("other/2022-final/narrative.html").selectFirst("footer a[href=../../glossary.html]"));
    }
}

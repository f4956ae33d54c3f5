package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 名词解释 on the repository's own content/ (the five seed disclosures). */
class SeedGlossaryTest {

    /** Entries of each seed's 名词解释 as published (sub-items such as "1 …（项）" included). */
    static final Map<String, Integer> TERMS = Map.of(
            "hanyang-dsj/2021-budget", 13,
            "wuchang-dsj/2019-final", 18,
            "dongxihu-dsj/2021-final", 18,
            "xinzhou-dsj/2023-budget", 8,
            "jianghan-dsj/2021-final", 21);

    static Path out;

    @BeforeAll
    static void buildPortal() {
        out = SeedSite.get();
    }

    private static Document page(String path) throws IOException {
        return Jsoup.parse(Files.readString(out.resolve(path)));
    }

    @Test
    void theGlossaryPageHoldsEveryTermOfEverySeed() throws IOException {
        Document portal = GlossaryPages.all(out);
        for (var e : TERMS.entrySet()) {
            Document own = page(e.getKey() + "/glossary.html");
            var dts = own.select("dl.glossary > dt");
            assertEquals(e.getValue(), dts.size(), e.getKey());
            for (Element dt : dts) {
                String target = e.getKey() + "/glossary.html#" + dt.id();
                assertNotNull(portal.selectFirst(".uses a[href=\"" + target + "\"]"), target + " " + dt.text());
            }
        }
        assertEquals(41, portal.select("dl.portal-glossary > dt").size(), "merged terms");
        assertEquals(15, portal.select(".wording-count").size(), "terms with more than one wording");
    }

    @Test
    void theGlossaryIsInPinyinOrderAndItsAnchorsResolve() throws IOException {
        Document portal = page("glossary.html");
        var terms = GlossaryPages.all(out).select("dl.portal-glossary dt dfn").eachText();
        String[] ordered = {"本部门使用的支出功能分类科目(到项级)", "财政拨款收入", "基本支出", "机关运行经费", "年初结转和结余",
            "其他收入", "“三公”经费", "事业收入", "项目支出", "一般公共预算财政拨款收入", "政府性基金预算财政拨款收入"};
        for (int i = 1; i < ordered.length; i++) {
            assertTrue(terms.indexOf(ordered[i - 1]) < terms.indexOf(ordered[i]), ordered[i - 1] + " before " + ordered[i]);
            assertTrue(terms.indexOf(ordered[i]) >= 0, ordered[i]);
        }
        var letters = portal.select(".glossary-letter h2").eachText();
        assertEquals(letters.stream().sorted().toList(), letters);
        for (Element a : portal.select("a[href^=#]")) {
            assertNotNull(portal.getElementById(a.attr("href").substring(1)), a.attr("href"));
        }
    }

    @Test
    void seed001LinksToACatalogueExplanationForEachCodeItUses() throws IOException {
        String d = "wuchang-dsj/2019-final/";
        Set<String> used = new TreeSet<>();
        try (Stream<Path> tables = Files.list(out.resolve(d + "tables"))) {
            for (Path t : tables.toList()) {
                for (Element td : Jsoup.parse(Files.readString(t)).select("td.code")) {
                    if (td.text().matches("\\d{3}|\\d{5}|\\d{7}")) {
                        used.add(td.text());
                    }
                }
            }
        }
        assertFalse(used.isEmpty());
        Document glossary = page(d + "glossary.html");
        Document codes = page(d + "codes.html");
        Set<String> linked = new TreeSet<>();
        for (Element a : glossary.select(".code-links a")) {
            String fragment = a.attr("href").substring(a.attr("href").indexOf('#') + 1);
            assertTrue(a.attr("href").startsWith("codes.html#"), a.attr("href"));
            Element dt = codes.getElementById(fragment);
            assertNotNull(dt, fragment);
            String explanation = dt.nextElementSibling().text();
            assertTrue(explanation.contains("（来自") || explanation.equals("科目表未收录说明。"), explanation);
            linked.add(a.selectFirst(".code").text());
        }
        assertEquals(used, linked);
        // 2010350 is explained by two seeds in different words: both are shown with their sources.
        var sources = codes.getElementById("f-2010350").nextElementSibling().select(".source").eachText();
        assertEquals(2, sources.size(), sources.toString());
        assertTrue(codes.selectFirst(".notice").text().contains("不是本公开文件的原文"));
    }

    @Test
    void narrativePagesLinkTermsButNotInHeadingsOrTables() throws IOException {
        for (String d : TERMS.keySet()) {
            Path narrative = out.resolve(d + "/narrative.html");
            if (!Files.exists(narrative)) {
                continue;
            }
            Document n = Jsoup.parse(Files.readString(narrative));
            assertFalse(n.select("a.term").isEmpty(), d);
            assertTrue(n.select("h1 a.term, h2 a.term, h3 a.term, h4 a.term, table a.term").isEmpty(), d);
        }
        Document full = page("jianghan-dsj/2021-final/full.html");
        for (Element a : full.select("a.term")) {
            String href = a.attr("href");
            if (href.startsWith("#")) {
                assertNotNull(full.getElementById(href.substring(1)), href);
            }
        }
    }
}

package org.gongkai.render.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.render.Markdown;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TermLinkerTest {

    private final Markdown md = new Markdown();
    private final TermLinks links = new TermLinks(Map.of(
            "财政拨款", "glossary.html#g-1",
            "一般公共预算财政拨款", "glossary.html#g-2",
            "基本支出", "glossary.html#g-3",
            "支出功能分类", "../glossary.html#term-zhichu",
            "支", "glossary.html#never"));

    private Document render(String text) {
        return Jsoup.parseBodyFragment(md.render(text, 3, links));
    }

    private static List<String> linked(Document doc) {
        return doc.select("a.term").eachText();
    }

    @Test
    void longestMatchWinsAndTheShorterTermStillLinksOnItsOwn() {
        Document doc = render("一般公共预算财政拨款支出增加，主要是财政拨款增加。");
        assertEquals(List.of("一般公共预算财政拨款", "财政拨款"), linked(doc));
        assertEquals("glossary.html#g-2", doc.selectFirst("a.term").attr("href"));
    }

    @Test
    void aLinkedLongTermStillConsumesItsSpanLater() {
        Document doc = render("一般公共预算财政拨款 100 万元；其中一般公共预算财政拨款基本支出 80 万元。");
        assertEquals(List.of("一般公共预算财政拨款", "基本支出"), linked(doc));
    }

    @Test
    void onlyTheFirstOccurrenceInASectionIsLinked() {
        Document doc = render("基本支出 10 万元。\n\n基本支出比上年减少。**基本支出**主要是人员经费。");
        assertEquals(List.of("基本支出"), linked(doc));
        assertEquals(1, doc.select("p").first().select("a.term").size());
    }

    @Test
    void overlappingTermsAreResolvedLeftmostLongest() {
        Document doc = render("基本支出功能分类。然后是支出功能分类。");
        assertEquals(List.of("基本支出", "支出功能分类"), linked(doc));
        assertTrue(doc.text().contains("基本支出功能分类"));
    }

    @Test
    void noLinksInHeadingsTablesLinksOrCode() {
        String text = """
                # 基本支出

                | 项目 | 财政拨款 |
                |---|---|
                | 基本支出 | 1.00 |

                见[基本支出说明](notes.html)和`财政拨款`。
                """;
        Document doc = render(text);
        assertTrue(doc.select("h3 a, table a, code a").isEmpty(), doc.html());
        assertEquals(List.of("基本支出说明"), doc.select("a").eachText());
        assertTrue(linked(doc).isEmpty());
    }

    @Test
    void termsExcludedInHeadingsStillLinkInTheFollowingParagraph() {
        Document doc = render("## 基本支出情况\n\n本年基本支出 5 万元。");
        Element a = doc.selectFirst("a.term");
        assertEquals("基本支出", a.text());
        assertEquals("p", a.parent().tagName());
    }

    @Test
    void singleCharacterTermsAreNeverLinked() {
        assertTrue(linked(render("支付")).isEmpty());
    }

    @Test
    void outputIsDeterministicWhateverTheMapOrder() {
        Map<String, String> reversed = new LinkedHashMap<>();
        reversed.put("基本支出", "glossary.html#g-3");
        reversed.put("财政拨款", "glossary.html#g-1");
        reversed.put("一般公共预算财政拨款", "glossary.html#g-2");
        Map<String, String> forward = new LinkedHashMap<>();
        forward.put("一般公共预算财政拨款", "glossary.html#g-2");
        forward.put("财政拨款", "glossary.html#g-1");
        forward.put("基本支出", "glossary.html#g-3");
        String text = "一般公共预算财政拨款中基本支出和财政拨款。";
        assertEquals(md.render(text, 3, new TermLinks(forward)), md.render(text, 3, new TermLinks(reversed)));
        assertEquals(md.render(text, 3, links), md.render(text, 3, links));
    }

    @Test
    void hrefAndTextAreEscapedAndNoTitleIsAdded() {
        TermLinks odd = new TermLinks(Map.of("A<B", "x.html#a&b"));
        String html = md.render("见 A<B。", 3, odd);
        assertTrue(html.contains("<a class=\"term\" href=\"x.html#a&amp;b\">A&lt;B</a>"), html);
        assertTrue(!html.contains("title="));
    }
}

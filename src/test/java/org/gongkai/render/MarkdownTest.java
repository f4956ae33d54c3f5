package org.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.gongkai.SeedSite;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Part;
import org.gongkai.model.PerformanceForm;
import org.gongkai.model.Section;
import org.gongkai.model.Table;
import org.gongkai.model.Term;
import org.gongkai.render.terms.TermLinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The link and image allowlist and the second wall, one Markdown construct at a time. */
class MarkdownTest {

    private final Markdown md = new Markdown();

    @ParameterizedTest
    @ValueSource(strings = {
        "[x][r]\n\n[r]: JAVASCRIPT:alert(1)",
        "[x][r]\n\n[r]: JaVaScRiPt:alert(1)",
        "[x][r]\n\n[r]: VbScript:msgbox(1)",
        "[x][r]\n\n[r]: DATA:text/html,<script>alert(1)</script>",
        "[x][r]\n\n[r]: &#106;avascript:alert(1)",
        "[x][r]\n\n[r]: &#X6A;avascript:alert(1)",
        "[x][r]\n\n[r]: &amp;#106;avascript:alert(1)",
        "[x][r]\n\n[r]: %6Aavascript:alert(1)",
        "[x][r]\n\n[r]: %256Aavascript:alert(1)",
        "[x][r]\n\n[r]: java%09script:alert(1)",
        "[x][r]\n\n[r]: <java\tscript:alert(1)>",
        "[x][r]\n\n[r]: \\javascript:alert(1)",
        "[x][r]\n\n[r]: file:///etc/passwd",
        "[x]\n\n[x]: JAVASCRIPT:alert(1)",
        "[x][]\n\n[x]: JAVASCRIPT:alert(1)",
        "<JAVASCRIPT:alert(1)>",
        "<VbScript:msgbox(1)>",
        "<data:text/html,x>",
        "[x](JAVASCRIPT:alert(1))",
        "[x](&#74;avascript:alert(1))",
        "[x](javascript&colon;alert(1))",
        "[x](%6A%61%76%61%73%63%72%69%70%74:alert(1))",
    })
    void linksWithOtherSchemesPointNowhere(String text) {
        String html = md.render(text, 2);
        // Blocked by the allowlist, or left as text by flexmark (which drops some of these itself).
        assertEquals(count(html, "href=\"#\" class=\"blocked-link\""), count(html, "href="), html);
        assertFalse(html.contains("<a href=\"#\">"), html);
        assertTrue(html.contains("blocked-link") || !html.contains("<a"), html);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "![x][i]\n\n[i]: https://evil.example/x.png",
        "![x][i]\n\n[i]: HTTP://evil.example/x.png",
        "![x][i]\n\n[i]: //evil.example/x.png",
        "![x][i]\n\n[i]: /\\evil.example/x.png",
        "![x][i]\n\n[i]: \\\\evil.example/x.png",
        "![x][i]\n\n[i]: %2F%2Fevil.example/x.png",
        "![x][i]\n\n[i]: /assets/logo.png",
        "![x][i]\n\n[i]: data:image/svg+xml,<svg onload=alert(1)>",
        "![x](https://evil.example/x.png)",
        "![x](//evil.example/x.png)",
        "![x](/abs.png)",
        "![x](JAVASCRIPT:alert(1))",
        "![x]\n\n[x]: https://evil.example/x.png",
    })
    void imagesOutsideTheSiteAreNotLoaded(String text) {
        String html = md.render(text, 2);
        assertEquals(count(html, "<img src=\"\" alt=\"x\" class=\"blocked-image\" />"), count(html, "src="), html);
    }

    @Test
    void allowedTargetsAreKept() {
        String html = md.render("""
                [外部](https://www.gov.cn/) [引用][r] <https://www.gov.cn/a> [邮件](mailto:ok@example.org) <ok@example.org>
                [相对](../index.html) [片段](#t-1) [查询](search.html?q=a:b) [相对冒号](a/b:c.html)

                ![图](img/a.png "标题") ![引用图][i]

                [r]: https://www.gov.cn/r
                [i]: ../../assets/logo.png
                """, 2);
        assertEquals("""
                <p><a href="https://www.gov.cn/" rel="external noopener noreferrer" class="external">外部</a> \
                <a href="https://www.gov.cn/r" rel="external noopener noreferrer" class="external">引用</a> \
                <a href="https://www.gov.cn/a" rel="external noopener noreferrer" class="external">https://www.gov.cn/a</a> \
                <a href="mailto:ok@example.org">邮件</a> <a href="mailto:ok@example.org">ok@example.org</a>\
                <a href="../index.html">相对</a> <a href="#t-1">片段</a> <a href="search.html?q=a:b">查询</a> \
                <a href="a/b:c.html">相对冒号</a></p>
                <p><img src="img/a.png" alt="图" title="标题" /> <img src="../../assets/logo.png" alt="引用图" /></p>
                """, html);
    }

    @Test
    void protocolRelativeLinksWrittenWithABackslashAreMarkedExternal() {
        String html = md.render("[x](/\\evil.example/) [y](//evil.example/)", 2);
        assertEquals(2, count(html, "class=\"external\""), html);
    }

    @Test
    void titlesWithQuotesStayInsideTheAttribute() {
        String html = md.render("[x](https://www.gov.cn/ \"\\\" onmouseover=alert(1) x=\\\"\")", 2);
        assertTrue(html.contains("title=\"&quot; onmouseover=alert(1) x=&quot;\""), html);
    }

    /** Everything our renderer emits passes the wall untouched, whitespace included. */
    @Test
    void theWallKeepsEveryConstructTheRendererEmits() {
        String text = """
                # 标题
                ## 二级 *强调*

                段落 **加粗** `代码` [链接](https://www.gov.cn/) [坏链接](vbscript:x) ![图](a.png) ![坏图](//x/y.png)
                行尾两个空格换行\s\s
                下一行 <b>原始 HTML</b> &amp; &copy; "引号" 'x'

                1. 一
                2. 二

                3) 从三开始
                4) 四

                - 甲
                  - 乙

                > 引用

                ---

                | 左 | 中 | 右 |
                |:--|:-:|--:|
                | 1 | 2 | 3 |

                ```js
                x < 1 && "q"
                ```

                    缩进代码

                <div onclick="x">原始块</div>

                基本支出和项目支出
                """;
        TermLinks terms = new TermLinks(Map.of("基本支出", "glossary.html#term-1", "项目支出", "../glossary.html#项目支出"));
        String raw = md.flexmark(text, 2, terms);
        assertEquals(List.of(), HtmlWall.removed(raw), raw);
        assertEquals(raw, md.render(text, 2, terms));
        assertTrue(raw.contains("<ol start=\"3\">") && raw.contains("class=\"term\"") && raw.contains("<th align=\"left\">"), raw);
    }

    /** The seed's own texts come out of the wall byte for byte. */
    @Test
    void theWallChangesNoSeedText() {
        List<String> texts = new ArrayList<>();
        for (Disclosure d : SeedSite.portal().disclosures()) {
            for (Part part : d.parts()) {
                if (part instanceof Part.SectionsPart s) {
                    s.sections().forEach(section -> sectionTexts(section, texts));
                } else if (part instanceof Part.TablesPart t) {
                    t.tables().stream().map(Table::notes).forEach(texts::add);
                } else if (part instanceof Part.GlossaryPart g) {
                    texts.add(g.intro());
                    g.terms().stream().map(Term::text).forEach(texts::add);
                } else if (part instanceof Part.PerformancePart p) {
                    for (PerformanceForm f : p.forms()) {
                        texts.add(f.intro());
                        f.blocks().stream().filter(b -> b instanceof PerformanceForm.Text)
                                .map(b -> ((PerformanceForm.Text) b).body()).forEach(texts::add);
                    }
                }
            }
        }
        assertTrue(texts.size() > 100, "texts: " + texts.size());
        for (String t : texts) {
            String raw = md.flexmark(t, 3, TermLinks.NONE);
            assertEquals(List.of(), HtmlWall.removed(raw), t);
            assertEquals(raw, md.render(t, 3));
        }
    }

    private static void sectionTexts(Section s, List<String> texts) {
        texts.add(s.text());
        s.sections().forEach(sub -> sectionTexts(sub, texts));
    }

    @Test
    void theWallDropsWhatTheRendererNeverEmits() {
        String html = HtmlWall.clean("<p onclick=\"x\" style=\"background:url(https://evil.example/)\">a"
                + "<script>alert(1)</script><iframe src=\"https://evil.example/\"></iframe>"
                + "<a href=\"JAVASCRIPT:alert(1)\">b</a><a href=\"&#106;avascript:alert(1)\">c</a>"
                + "<img src=\"//evil.example/x.png\" onerror=\"alert(1)\" alt=\"d\" />"
                + "<a href=\"https://www.gov.cn/\" class=\"external\" rel=\"external noopener noreferrer\" target=\"_blank\">e</a>"
                + "<form action=\"https://evil.example/\"><input formaction=\"x\"></form><span class=\"x\">f</span></p>");
        assertEquals("<p>abc<img alt=\"d\" />"
                + "<a href=\"https://www.gov.cn/\" class=\"external\" rel=\"external noopener noreferrer\">e</a></p>f", html);
    }

    @Test
    void renderingInParallelGivesTheSameResult() {
        List<String> texts = IntStream.range(0, 400)
                .mapToObj(i -> "## 第" + i + "节\n\n基本支出 " + i + " [x" + i + "][r]\n\n[r]: " + (i % 2 == 0 ? "JAVASCRIPT:x" : "https://www.gov.cn/" + i))
                .toList();
        TermLinks terms = new TermLinks(Map.of("基本支出", "glossary.html#b"));
        List<String> sequential = texts.stream().map(t -> md.render(t, 2, terms)).toList();
        List<String> parallel = texts.parallelStream().map(t -> md.render(t, 2, terms)).toList();
        assertEquals(sequential, parallel);
        assertFalse(sequential.get(0).contains("JAVASCRIPT"));
    }

    private static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}

package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds a disclosure whose every text field carries an XSS payload (src/test/resources/xss) and
 * inspects every page and SVG written: nothing can run a script, nothing loads from another host,
 * and the payloads stay visible as text rather than silently disappearing.
 */
class XssTest {

    private static final Pattern SAFE_SCHEME = Pattern.compile("^(https?|mailto):.*");
    private static final Pattern ANY_SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:.*");

    @TempDir
    static Path tmp;
    static Fixture fixture;

    @BeforeAll
    static void build() throws IOException {
        fixture = new Fixture(tmp);
        try (InputStream in = XssTest.class.getResourceAsStream("/xss/2021-final.yaml")) {
            fixture.write("testdept/2021-final.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Fixture.Run run = fixture.build();
        assertEquals(0, run.exit(), run.err());
    }

    private static List<Path> files(String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(fixture.out)) {
            return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void noPageCanRunScriptOrLoadFromAnotherHost() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Path> pages = files(".html");
        assertTrue(pages.size() >= 5, "pages: " + pages);
        for (Path page : pages) {
            inspect(fixture.out.relativize(page).toString(), Jsoup.parse(Files.readString(page)), problems);
        }
        for (Path svg : files(".svg")) {
            inspect(fixture.out.relativize(svg).toString(),
                    Jsoup.parse(Files.readString(svg), "", Parser.xmlParser()), problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void inspect(String file, Document doc, List<String> problems) {
        for (Element e : doc.getAllElements()) {
            String tag = e.tagName().toLowerCase(Locale.ROOT);
            if (List.of("iframe", "object", "embed", "frame", "base", "style").contains(tag)) {
                problems.add(file + ": <" + tag + "> element");
            }
            if (tag.equals("form") && !relative(e.attr("action"))) {
                problems.add(file + ": form sending elsewhere " + e.outerHtml());
            }
            if (tag.equals("meta") && e.hasAttr("http-equiv")) {
                problems.add(file + ": <meta http-equiv>");
            }
            if (tag.equals("script") && (!e.hasAttr("src") || !relative(e.attr("src")) || !e.data().isBlank())) {
                problems.add(file + ": script that is not a relative file: " + e.outerHtml());
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = normalise(a.getValue());
                if (name.startsWith("on")) {
                    problems.add(file + ": event handler " + e.outerHtml());
                }
                if ((name.equals("href") || name.endsWith(":href")) && !value.isEmpty()
                        && ANY_SCHEME.matcher(value).matches() && !SAFE_SCHEME.matcher(value).matches()) {
                    problems.add(file + ": unsafe link " + e.outerHtml());
                }
                if ((name.equals("src") || name.equals("srcset") || name.equals("poster") || name.equals("data"))
                        && !value.isEmpty() && !relative(value)) {
                    problems.add(file + ": loads from elsewhere " + e.outerHtml());
                }
                if (tag.equals("link") && name.equals("href") && !relative(value)) {
                    problems.add(file + ": stylesheet or icon from elsewhere " + e.outerHtml());
                }
                if (name.equals("style") && value.contains("url(")) {
                    problems.add(file + ": style loading a URL " + e.outerHtml());
                }
            }
        }
    }

    /** The payloads are shown as the text the author wrote, not dropped. */
    @Test
    void payloadsStayVisibleAsText() throws IOException {
        Document section = Jsoup.parse(fixture.page("testdept/2021-final/full.html"));
        String text = section.text();
        assertTrue(text.contains("<script>alert(1)</script>"), text);
        assertTrue(text.contains("合计<script>alert(25)</script>"), text);
        assertTrue(text.contains("基本支出<img src=x onerror=alert(28)>"), text);
        // Blocked links keep their text and point nowhere; allowed ones are kept, the external one marked.
        // (flexmark itself drops some of these links to plain text; the rest are blocked by the allowlist.)
        assertTrue(section.select("a.blocked-link").size() >= 9, section.select("a.blocked-link").toString());
        assertTrue(text.contains("小写") && text.contains("反斜杠") && text.contains("引用式"), text);
        assertEquals("https://www.gov.cn/", section.selectFirst("a:contains(外部网站)").attr("href"));
        assertTrue(section.selectFirst("a:contains(外部网站)").hasClass("external"));
        assertEquals("mailto:ok@example.org", section.selectFirst("a:contains(邮件)").attr("href"));
        assertEquals("../index.html", section.selectFirst("a:contains(相对)").attr("href"));
        assertTrue(section.select("img[src*=evil]").isEmpty());
    }

    private static boolean relative(String url) {
        String u = normalise(url);
        return !u.startsWith("//") && !u.startsWith("\\") && !ANY_SCHEME.matcher(u).matches();
    }

    /** As a browser reads a URL: without whitespace and control characters, case-insensitive. */
    private static String normalise(String url) {
        return url.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
    }
}

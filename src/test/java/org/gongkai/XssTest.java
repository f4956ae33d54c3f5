package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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
 * Builds a portal whose every text field carries XSS payloads (src/test/resources/xss: site,
 * department, form set, performance layout, catalogue and a disclosure with every part type) and
 * inspects every page and SVG written: nothing can run a script, nothing loads from another host,
 * and the payloads stay visible as text rather than silently disappearing.
 */
public class XssTest {

    private static final Pattern SAFE_SCHEME = Pattern.compile("^(https?|mailto):.*");
    private static final Pattern ANY_SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:.*");
    /** Attributes that make a browser follow, load or submit to a URL. */
    private static final Set<String> LINK_ATTRIBUTES = Set.of("href", "xlink:href", "action", "formaction", "cite", "ping");
    private static final Set<String> LOAD_ATTRIBUTES = Set.of("src", "srcset", "poster", "data", "background", "srcdoc");
    /** The portal's own scripts, on the search page only. */
    private static final Set<String> OWN_SCRIPTS = Set.of("assets/search/index.js", "assets/search-core.js", "assets/search.js");

    @TempDir
    static Path tmp;
    static Fixture fixture;

    /** Writes the corpus into a fresh content folder; the site is built into {@code fixture.out}. */
    public static Fixture writeCorpus(Path root) throws IOException {
        Fixture f = new Fixture(root);
        f.write("site.yaml", corpus("site.yaml"));
        f.write("forms/xss.yaml", corpus("forms.yaml"));
        f.write("performance/xss.yaml", corpus("layouts.yaml"));
        f.write("catalogue/xss.yaml", corpus("catalogue.yaml"));
        f.write("testdept/department.yaml", corpus("department.yaml"));
        f.write("testdept/2021-final.yaml", corpus("2021-final.yaml"));
        f.write("otherdept/department.yaml", corpus("department-2.yaml"));
        f.write("otherdept/2021-final.yaml", Fixture.DISCLOSURE);
        return f;
    }

    /** A corpus file, with each line %MARKDOWN% replaced by markdown.md at that line's indentation. */
    static String corpus(String name) {
        String markdown = resource("markdown.md");
        return resource(name).lines().map(line -> {
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            return line.strip().equals("%MARKDOWN%")
                    ? markdown.lines().map(l -> l.isEmpty() ? "" : indent + l).collect(Collectors.joining("\n"))
                    : line;
        }).collect(Collectors.joining("\n", "", "\n"));
    }

    private static String resource(String name) {
        try (InputStream in = XssTest.class.getResourceAsStream("/xss/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeAll
    static void build() throws IOException {
        fixture = writeCorpus(tmp);
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
        assertTrue(pages.size() >= 15, "pages: " + pages);
        for (Path page : pages) {
            String rel = fixture.out.relativize(page).toString().replace('\\', '/');
            inspect(rel, Jsoup.parse(Files.readString(page)), problems);
        }
        for (Path svg : files(".svg")) {
            String rel = fixture.out.relativize(svg).toString().replace('\\', '/');
            inspect(rel, Jsoup.parse(Files.readString(svg), "", Parser.xmlParser()), problems);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The checks, usable on any built page; {@code file} is the page's path in the site. */
    public static void inspect(String file, Document doc, List<String> problems) {
        for (Element e : doc.getAllElements()) {
            String tag = e.tagName().toLowerCase(Locale.ROOT);
            if (List.of("iframe", "object", "embed", "frame", "frameset", "base", "style", "applet", "portal").contains(tag)) {
                problems.add(file + ": <" + tag + "> element");
            }
            if (tag.equals("form") && !(e.hasClass("search-form") && inSite(file, e.attr("action"))
                    && e.attr("action").endsWith("search.html"))) {
                problems.add(file + ": form that is not the portal's search box " + e.outerHtml());
            }
            if (tag.equals("meta") && e.hasAttr("http-equiv")) {
                problems.add(file + ": <meta http-equiv>");
            }
            if (tag.equals("script") && !(file.equals("search.html") && OWN_SCRIPTS.contains(e.attr("src")) && e.data().isBlank())) {
                problems.add(file + ": script that is not one of the portal's own files: " + e.outerHtml());
            }
            if (tag.equals("link") && !inSite(file, e.attr("href"))) {
                problems.add(file + ": stylesheet or icon from elsewhere " + e.outerHtml());
            }
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                String value = normalise(a.getValue());
                if (name.startsWith("on")) {
                    problems.add(file + ": event handler " + e.outerHtml());
                }
                if (LINK_ATTRIBUTES.contains(name) && !value.isEmpty() && ANY_SCHEME.matcher(value).matches()
                        && !SAFE_SCHEME.matcher(value).matches()) {
                    problems.add(file + ": unsafe link " + e.outerHtml());
                }
                if (LOAD_ATTRIBUTES.contains(name) && !value.isEmpty() && !inSite(file, a.getValue())) {
                    problems.add(file + ": loads from outside the site " + e.outerHtml());
                }
                if (name.equals("style") && value.contains("url(")) {
                    problems.add(file + ": style loading a URL " + e.outerHtml());
                }
            }
        }
    }

    /**
     * Whether {@code url}, written on page {@code file}, is a relative path that stays inside the
     * site: no scheme, no leading slash (or backslash), and no climbing above the site root.
     */
    static boolean inSite(String file, String url) {
        String u = normalise(url).replace('\\', '/');
        if (u.startsWith("/") || ANY_SCHEME.matcher(u).matches() || u.contains(":")) {
            return false;
        }
        URI root = URI.create("file:///site/");
        URI resolved = root.resolve(file).resolve(URI.create(u.replaceAll("[^\\x21-\\x7e]|[\"<>^`{|}\\[\\]]", "_")));
        return resolved.getPath().startsWith("/site/");
    }

    /** The payloads are shown as the text the author wrote, not dropped. */
    @Test
    void payloadsStayVisibleAsText() throws IOException {
        Document section = Jsoup.parse(fixture.page("testdept/2021-final/full.html"));
        String text = section.text();
        assertTrue(text.contains("<script>alert(1)</script>"), text);
        assertTrue(text.contains("合计<script>alert(25)</script>"), text);
        assertTrue(text.contains("基本支出<img src=x onerror=alert(28)>"), text);
        assertTrue(text.contains("<JAVASCRIPT:alert(101)>") || text.contains("JAVASCRIPT:alert(101)"), text);
        assertTrue(text.contains("偏差原因<script>alert(427)</script>"), text);
        // Blocked links keep their text and point nowhere; allowed ones are kept, the external one marked.
        // (flexmark itself drops some of these links to plain text; the rest are blocked by the allowlist.)
        assertTrue(section.select("a.blocked-link").size() >= 9, section.select("a.blocked-link").toString());
        assertTrue(text.contains("小写") && text.contains("反斜杠") && text.contains("引用式"), text);
        for (String name : List.of("大写", "大小写", "VbScript", "DATA", "实体", "十六进制实体", "百分号", "折叠引用", "快捷引用", "大写内联")) {
            assertTrue(section.select("a.blocked-link:containsOwn(" + name + ")").size() >= 1, name);
        }
        assertEquals("https://www.gov.cn/", section.selectFirst("a:contains(外部网站)").attr("href"));
        assertTrue(section.selectFirst("a:contains(外部网站)").hasClass("external"));
        assertEquals("mailto:ok@example.org", section.selectFirst("a:contains(邮件)").attr("href"));
        assertEquals("../index.html", section.selectFirst("a:contains(相对)").attr("href"));
        assertTrue(section.select("img[src*=evil]").isEmpty());
        assertEquals("\" onmouseover=alert(107) x=\"", section.selectFirst("a:containsOwn(双引号)").attr("title"));

        Document home = Jsoup.parse(fixture.page("index.html"));
        assertTrue(home.title().contains("测试门户<script>alert(201)</script>"), home.title());
        assertEquals("https://beian.miit.gov.cn/?q=\"><script>alert(208)</script>",
                home.selectFirst("footer a:containsOwn(鄂ICP备)").attr("href"));
    }

    @Test
    void footerLinksMustBeWebAddresses(@TempDir Path dir) throws IOException {
        Fixture f = new Fixture(dir);
        f.write("site.yaml", Fixture.SITE + "icp_url: JAVASCRIPT:alert(1)\npolice_record: 公安备案\npolice_record_url: \"//evil.example/\"\n");
        Fixture.Run run = f.build();
        assertEquals(1, run.exit(), run.err());
        String site = f.content.resolve("site.yaml").toString().replace('\\', '/');
        assertTrue(run.err().contains(site + ":5:10: 错误：icp_url 应为以 http:// 或 https:// 开头的网址"), run.err());
        assertTrue(run.err().contains(site + ":7:20: 错误：police_record_url 应为以 http:// 或 https:// 开头的网址"), run.err());
        assertTrue(!Files.exists(f.out), "nothing written");
    }

    /** As a browser reads a URL: without whitespace and control characters, case-insensitive. */
    private static String normalise(String url) {
        return url.replaceAll("[\\x00-\\x20\\x7f]", "").toLowerCase(Locale.ROOT);
    }
}

package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sitemap.xml only with base_url, robots.txt always, and a 404 page that works at any depth. */
class WebFilesTest {

    @TempDir
    Path tmp;

    @Test
    void withoutBaseUrlThereIsNoSitemapAndThe404LinksToTheHostRoot() throws IOException {
        Fixture fx = new Fixture(tmp);
        assertEquals(0, fx.build().exit());
        assertFalse(Files.exists(fx.out.resolve("sitemap.xml")));
        assertEquals("User-agent: *\nDisallow:\n", fx.page("robots.txt"));
        Document notFound = Jsoup.parse(fx.page("404.html"));
        assertEquals(List.of("/"), notFound.select("a[href]").eachAttr("href"), "one link, to the root");
        assertTrue(notFound.select("link[rel=stylesheet]").isEmpty(), "no stylesheet it could not locate");
        assertEquals("noindex", notFound.selectFirst("meta[name=robots]").attr("content"));
        assertTrue(notFound.selectFirst("h1").text().contains("页面不存在"));
    }

    @Test
    void withBaseUrlTheSitemapListsEveryPageAbsolutely() throws IOException {
        Fixture fx = new Fixture(tmp);
        fx.write("site.yaml", Fixture.SITE + "base_url: https://www.example.gov.cn/yjsgk\n");
        assertEquals(0, fx.build().exit());
        String base = "https://www.example.gov.cn/yjsgk/";
        Document sitemap = Jsoup.parse(fx.page("sitemap.xml"), "", Parser.xmlParser());
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", sitemap.selectFirst("urlset").attr("xmlns"));
        List<String> locs = sitemap.select("url > loc").eachText();
        TreeSet<String> pages = new TreeSet<>();
        try (Stream<Path> files = Files.walk(fx.out)) {
            files.filter(p -> p.toString().endsWith(".html") && !p.endsWith("404.html"))
                    .forEach(p -> pages.add(base + fx.out.relativize(p).toString().replace('\\', '/')));
        }
        assertEquals(List.copyOf(pages), locs, "every page but 404.html, sorted, absolute");
        assertTrue(locs.contains(base + "index.html") && locs.contains(base + "data.html"));
        assertEquals("User-agent: *\nDisallow:\n\nSitemap: " + base + "sitemap.xml\n", fx.page("robots.txt"));

        Document notFound = Jsoup.parse(fx.page("404.html"));
        assertEquals(base + "assets/gongkai.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"));
        assertEquals(List.of(base + "index.html", base + "data.html"), notFound.select("a[href]").eachAttr("href"));
        assertFalse(Jsoup.parse(fx.page("index.html")).select("a[href^=https]").hasText(), "other pages stay relative");
        // On paper the page carries its full address, at the top and at the end.
        assertEquals(List.of("本页地址：" + base + "data.html", "本页地址：" + base + "data.html"),
                Jsoup.parse(fx.page("data.html")).select("p.print-address").eachText());
    }

    @Test
    void aBaseUrlThatIsNotAWebAddressIsAnError() throws IOException {
        Fixture fx = new Fixture(tmp);
        fx.write("site.yaml", Fixture.SITE + "base_url: www.example.gov.cn/yjsgk\n");
        Fixture.Run run = fx.build();
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("site.yaml:5:11: 错误：base_url 应为完整的网址"), run.err());
        assertFalse(Files.exists(fx.out));
    }
}

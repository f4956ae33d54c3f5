package org.gongkai.render.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SitemapTest {

    @Test
    void urlsAreEncodedAndEscaped() {
        String xml = new String(Sitemap.files("https://x.gov.cn/a&b/", List.of("部门/index.html")).get("sitemap.xml"),
                StandardCharsets.UTF_8);
        assertTrue(xml.contains("<loc>https://x.gov.cn/a&amp;b/%E9%83%A8%E9%97%A8/index.html</loc>"), xml);
    }

    @Test
    void moreThanFiftyThousandPagesGetASitemapIndex() {
        List<String> pages = new ArrayList<>();
        for (int i = 0; i < Sitemap.MAX_URLS + 1; i++) {
            pages.add(String.format("p%06d.html", i));
        }
        Map<String, byte[]> files = Sitemap.files("https://x.gov.cn/", pages);
        assertEquals(List.of("sitemap.xml", "sitemap-1.xml", "sitemap-2.xml"), List.copyOf(files.keySet()));
        String index = new String(files.get("sitemap.xml"), StandardCharsets.UTF_8);
        assertTrue(index.contains("<sitemapindex") && index.contains("<loc>https://x.gov.cn/sitemap-2.xml</loc>"), index);
        assertTrue(new String(files.get("sitemap-2.xml"), StandardCharsets.UTF_8).contains("p050000.html"));
    }
}

package org.gongkai.render.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.render.site.Addresses;

/**
 * sitemap.xml (sitemaps.org protocol 0.9): one absolute URL per page, sorted, no dates (the build
 * is the same bytes whenever the content is the same). One file holds at most 50,000 URLs; a larger
 * portal gets sitemap-1.xml, sitemap-2.xml … and sitemap.xml becomes the index of those files.
 */
public final class Sitemap {

    static final int MAX_URLS = 50_000;
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NS = " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"";

    private Sitemap() {
    }

    /** File name → contents, sitemap.xml first. */
    static Map<String, byte[]> files(String base, List<String> pages) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        if (pages.size() <= MAX_URLS) {
            files.put(Addresses.SITEMAP, urlset(base, pages));
            return files;
        }
        StringBuilder index = new StringBuilder(HEAD).append("<sitemapindex").append(NS).append(">\n");
        for (int from = 0, n = 1; from < pages.size(); from += MAX_URLS, n++) {
            String name = Addresses.sitemapPart(n);
            files.put(name, urlset(base, pages.subList(from, Math.min(pages.size(), from + MAX_URLS))));
            index.append("  <sitemap><loc>").append(escape(base + name)).append("</loc></sitemap>\n");
        }
        index.append("</sitemapindex>\n");
        Map<String, byte[]> ordered = new LinkedHashMap<>();
        ordered.put(Addresses.SITEMAP, index.toString().getBytes(StandardCharsets.UTF_8));
        ordered.putAll(files);
        return ordered;
    }

    private static byte[] urlset(String base, List<String> pages) {
        StringBuilder b = new StringBuilder(HEAD).append("<urlset").append(NS).append(">\n");
        for (String page : pages) {
            b.append("  <url><loc>").append(escape(base + Addresses.encode(page))).append("</loc></url>\n");
        }
        b.append("</urlset>\n");
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The five characters XML reserves; sitemaps.org requires entity-escaping them in URLs. */
    static String escape(String s) {
        return s.replace("&", "&amp;").replace("'", "&apos;").replace("\"", "&quot;").replace(">", "&gt;").replace("<", "&lt;");
    }
}

package org.gongkai.render.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gongkai.model.Site;
import org.gongkai.render.site.Addresses;
import org.gongkai.write.SiteWriter;

/**
 * The files web servers and crawlers look for: robots.txt always, and sitemap.xml when site.yaml
 * gives the published address (base_url), since a sitemap must list absolute URLs. Runs after every
 * page is written, so the sitemap lists exactly the pages the build produced.
 */
public final class WebFiles {

    public void write(Site site, SiteWriter out) {
        site.base().ifPresent(base -> Sitemap.files(base, pages(out.paths())).forEach(out::write));
        out.write(Addresses.ROBOTS, robots(site).getBytes(StandardCharsets.UTF_8));
    }

    /** The pages a reader can arrive at: every HTML file but the error page. */
    static List<String> pages(List<String> paths) {
        return paths.stream().filter(p -> p.endsWith(".html") && !p.equals(Addresses.NOT_FOUND)).sorted().toList();
    }

    /**
     * Everything may be crawled. Crawlers only read robots.txt at the root of a host, so this file
     * takes effect when the portal is published at the root, and is harmless below it.
     */
    static String robots(Site site) {
        StringBuilder b = new StringBuilder("User-agent: *\nDisallow:\n");
        site.base().ifPresent(base -> b.append("\nSitemap: ").append(base).append(Addresses.SITEMAP).append('\n'));
        return b.toString();
    }
}

package org.gongkai.render;

import java.util.List;
import org.gongkai.model.Site;

/**
 * What every page template needs: the page's own address, links relative to it (so the site works
 * from file:// and under any sub-path), the site settings and the breadcrumbs.
 */
public record PageContext(String path, Site site, List<Crumb> crumbs) {

    public record Crumb(String label, String path) {
    }

    public PageContext {
        crumbs = List.copyOf(crumbs);
    }

    /** A link from this page to {@code target}, a path below the site root. */
    public String rel(String target) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth) + target;
    }

    /** Where the printed page says it came from: absolute when the site has a base URL. */
    public String printAddress() {
        String base = site.baseUrl();
        if (base.isEmpty()) {
            return path;
        }
        return (base.endsWith("/") ? base : base + "/") + path;
    }
}

package org.gongkai.render;

import java.util.Arrays;
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

    /**
     * A link from this page to {@code target}, a path below the site root (with an optional
     * {@code #fragment} or {@code ?query}): up to the folder both share, then down, so a page links
     * to its neighbours as {@code glossary.html} rather than through the root.
     */
    public String rel(String target) {
        int cut = Chars.indexOfAny(target, "#?");
        String targetPath = cut < 0 ? target : target.substring(0, cut);
        String suffix = cut < 0 ? "" : target.substring(cut);
        String[] from = path.split("/", -1);
        String[] to = targetPath.split("/", -1);
        int shared = 0;
        while (shared < from.length - 1 && shared < to.length - 1 && from[shared].equals(to[shared])) {
            shared++;
        }
        StringBuilder link = new StringBuilder("../".repeat(from.length - 1 - shared));
        link.append(String.join("/", Arrays.copyOfRange(to, shared, to.length)));
        if (link.isEmpty()) {
            link.append("./"); // the folder itself
        }
        return link + suffix;
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

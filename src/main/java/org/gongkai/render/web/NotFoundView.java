package org.gongkai.render.web;

import java.util.Optional;
import org.gongkai.model.Site;
import org.gongkai.render.site.Addresses;

/**
 * What the 404 page links to. A server sends 404.html in answer to a missing address at any depth,
 * so links relative to the page's own place would point anywhere. With base_url the page links to
 * the portal's home, its stylesheet and the open data page by absolute address. Without it there is
 * no way to know where the portal lives (no script is used: the pages carry none, and none is
 * needed for the common case), so the page is unstyled and its one link goes to "/", the root of the
 * web site, which is the portal when it is published at the root and otherwise the host's home page.
 */
public record NotFoundView(Site site, String home, Optional<String> stylesheet, Optional<String> dataPage) {

    public static NotFoundView of(Site site) {
        return site.base()
                .map(base -> new NotFoundView(site, base + Addresses.HOME, Optional.of(base + Addresses.STYLESHEET),
                        Optional.of(base + Addresses.DATA)))
                .orElseGet(() -> new NotFoundView(site, "/", Optional.empty(), Optional.empty()));
    }

    /** Whether the home link is the portal's own (base_url set) or only the web site's root. */
    public boolean knowsPortal() {
        return stylesheet.isPresent();
    }
}

package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.render.site.Addresses;

/** Departments of a peer group side by side, with their charts; none when no group has two departments. */
final class ComparisonPage implements PageFamily {

    @Override
    public List<Page> pages(SiteContext site) {
        if (site.groups().isEmpty()) {
            return List.of();
        }
        List<Page> pages = new ArrayList<>(SiteContext.chartFiles(site.groups().stream()
                .flatMap(g -> g.comparisons().stream()).flatMap(c -> c.chart().stream()).toList()));
        pages.add(site.page(site.portalPage(Addresses.COMPARE), "compare", Map.of("groups", site.groups())));
        return pages;
    }
}

package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.render.PageContext.Crumb;
import org.gongkai.render.portal.PeerComparison;
import org.gongkai.render.site.Addresses;

/**
 * Departments of a peer group side by side, with their charts; none when no group has two
 * departments. compare.html lists the groups; each group has a page (its departments' newest
 * disclosures) and a page per year and kind, so no page grows with the number of groups or years.
 */
final class ComparisonPage implements PageFamily {

    static final String TITLE = "同类部门比较";

    @Override
    public List<Page> pages(SiteContext site) {
        if (site.groups().isEmpty()) {
            return List.of();
        }
        List<Page> pages = new ArrayList<>(SiteContext.chartFiles(site.groups().stream()
                .flatMap(g -> g.comparisons().stream()).flatMap(c -> c.chart().stream()).toList()));
        pages.add(site.page(site.portalPage(Addresses.COMPARE), "compare", Map.of("groups", site.groups())));
        Crumb index = new Crumb(TITLE, Addresses.COMPARE);
        for (PeerComparison.Group g : site.groups()) {
            pages.add(site.page(site.portalPage(g.path(), index), "compare-group", Map.of("group", g)));
            Crumb group = new Crumb(g.name(), g.path());
            for (PeerComparison c : g.byYear()) {
                pages.add(site.page(site.portalPage(c.path(), index, group), "comparison",
                        Map.of("group", g, "comparison", c)));
            }
        }
        return pages;
    }
}

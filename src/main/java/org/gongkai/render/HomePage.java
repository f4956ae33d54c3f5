package org.gongkai.render;

import java.util.List;
import java.util.Map;
import org.gongkai.render.site.Addresses;

/** The portal's home page: totals by year, the newest disclosures, departments and years. */
final class HomePage implements PageFamily {

    @Override
    public List<Page> pages(SiteContext site) {
        PageContext ctx = new PageContext(Addresses.HOME, site.portal().site(), List.of());
        return List.of(site.page(ctx, "index",
                Map.of("index", site.index(), "hasComparison", !site.groups().isEmpty())));
    }
}

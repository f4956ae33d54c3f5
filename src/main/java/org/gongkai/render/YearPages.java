package org.gongkai.render;

import java.util.List;
import java.util.Map;
import org.gongkai.render.site.Addresses;

/** A page per year: that year's disclosures of every department. */
final class YearPages implements PageFamily {

    @Override
    public List<Page> pages(SiteContext site) {
        return site.index().years().stream()
                .map(year -> site.page(site.portalPage(Addresses.year(year)), "year",
                        Map.<String, Object>of("year", year, "disclosures", site.index().ofYear(year))))
                .toList();
    }
}

package org.gongkai.render;

import java.util.List;
import java.util.Map;
import org.gongkai.render.search.SearchIndex;
import org.gongkai.render.site.Addresses;

/** The search page and the index script it loads. */
final class SearchPages implements PageFamily {

    @Override
    public List<Page> pages(SiteContext site) {
        return List.of(site.page(site.portalPage(Addresses.SEARCH), "search", Map.of("index", site.index())),
                new Page(Addresses.SEARCH_INDEX, () -> SearchIndex.of(site.portal()).script()));
    }
}

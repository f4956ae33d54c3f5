package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.render.search.SearchIndex;
import org.gongkai.render.search.SearchShards;
import org.gongkai.render.site.Addresses;

/** The search page and the files of the index it loads (the index file, then what a query needs). */
final class SearchPages implements PageFamily {

    @Override
    public List<Page> pages(SiteContext site) {
        List<Page> pages = new ArrayList<>();
        pages.add(site.page(site.portalPage(Addresses.SEARCH), "search", Map.of("index", site.index())));
        for (SearchShards.Shard s : SearchShards.of(SearchIndex.of(site.portal()))) {
            pages.add(new Page(Addresses.searchShard(s.name()), s.script()));
        }
        return pages;
    }
}

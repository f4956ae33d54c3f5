package org.gongkai.render;

import java.util.List;
import java.util.Map;
import org.gongkai.render.site.Addresses;

/** What the open data files are and where to download each. */
final class DataPage implements PageFamily {

    @Override
    public List<Page> pages(SiteContext site) {
        return List.of(site.page(site.portalPage(Addresses.DATA), "data", Map.of("portal", site.portal())));
    }
}

package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Department;
import org.gongkai.render.PageContext.Crumb;
import org.gongkai.render.site.Addresses;

/** What the open data files are (data.html), and where to download each: a page per department. */
final class DataPage implements PageFamily {

    @Override
    public List<Page> pages(SiteContext site) {
        List<Page> pages = new ArrayList<>();
        pages.add(site.page(site.portalPage(Addresses.DATA), "data", Map.of("portal", site.portal())));
        Crumb data = new Crumb("开放数据", Addresses.DATA);
        for (Department d : site.portal().departments()) {
            pages.add(site.page(site.portalPage(Addresses.downloads(d), data), "downloads",
                    Map.of("department", d, "disclosures", site.index().ofDepartment(d))));
        }
        return pages;
    }
}

package org.gongkai.render;

import java.util.List;
import java.util.Map;
import org.gongkai.render.site.Addresses;
import org.gongkai.render.web.NotFoundView;

/** The page servers send for a missing address. */
final class NotFoundPage implements PageFamily {

    @Override
    public List<Page> pages(SiteContext site) {
        return List.of(site.page(Addresses.NOT_FOUND, "not-found", Map.of("view", NotFoundView.of(site.portal().site()))));
    }
}

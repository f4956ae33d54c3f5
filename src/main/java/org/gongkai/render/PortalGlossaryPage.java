package org.gongkai.render;

import java.util.List;
import java.util.Map;
import org.gongkai.render.site.Addresses;

/** Every disclosure's glossary terms on one page, in pinyin order. */
final class PortalGlossaryPage implements PageFamily {

    @Override
    public List<Page> pages(SiteContext site) {
        return List.of(site.page(site.portalPage(Addresses.GLOSSARY), "portal-glossary",
                Map.of("glossary", site.glossary(), "md", site.markdown())));
    }
}

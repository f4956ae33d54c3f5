package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.render.PageContext.Crumb;
import org.gongkai.render.site.Addresses;
import org.gongkai.render.terms.PortalGlossary;

/**
 * Every disclosure's glossary terms, in pinyin order: glossary.html is the index (letters and
 * terms), each letter has a page with the terms' wordings and the disclosures that use them.
 */
final class PortalGlossaryPage implements PageFamily {

    @Override
    public List<Page> pages(SiteContext site) {
        List<Page> pages = new ArrayList<>();
        pages.add(site.page(site.portalPage(Addresses.GLOSSARY), "portal-glossary", Map.of("glossary", site.glossary())));
        Crumb index = new Crumb("名词解释", Addresses.GLOSSARY);
        for (PortalGlossary.Letter letter : site.glossary().letters()) {
            pages.add(site.page(site.portalPage(letter.path(), index), "portal-glossary-letter",
                    Map.of("glossary", site.glossary(), "letter", letter, "md", site.markdown())));
        }
        return pages;
    }
}

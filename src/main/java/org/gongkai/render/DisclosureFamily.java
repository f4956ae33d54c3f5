package org.gongkai.render;

import java.util.List;
import org.gongkai.model.Disclosure;

/**
 * A kind of page that one disclosure has: its pages read that disclosure, its department's other
 * disclosures (links between years, last year's figures), and the portal glossary's defined terms
 * (narrative links). A preview re-renders them when one of these changes; every other family's
 * pages ({@link PageFamily}) may read the whole portal.
 */
interface DisclosureFamily {

    List<Page> pages(SiteContext site, Disclosure d);
}

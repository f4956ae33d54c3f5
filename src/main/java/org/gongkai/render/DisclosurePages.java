package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Part;
import org.gongkai.render.site.Addresses;

/**
 * A disclosure's own pages: the overview with its charts, the full text for printing, 科目说明 and the
 * project list when there is something to list, and a page per part (tables have their own family).
 */
final class DisclosurePages implements DisclosureFamily {

    @Override
    public List<Page> pages(SiteContext site, Disclosure d) {
        List<Page> pages = new ArrayList<>();
        DisclosureView view = site.view(d);
        pages.addAll(SiteContext.chartFiles(view.charts().all()));
        pages.addAll(SiteContext.chartFiles(view.projects().charts()));
        pages.add(site.page(site.disclosurePage(Addresses.disclosure(d), d, false), "disclosure", view, Map.of()));
        pages.add(site.page(site.disclosurePage(Addresses.full(d), d, true), "full", view, Map.of()));
        if (!view.codes().isEmpty()) {
            pages.add(site.page(site.disclosurePage(Addresses.codes(d), d, true), "codes", view, Map.of()));
        }
        if (!view.projects().isEmpty()) {
            pages.add(site.page(site.disclosurePage(Addresses.projects(d), d, true), "projects", view, Map.of()));
        }
        for (Part part : d.parts()) {
            if (part.type() != Part.PartType.OVERVIEW) {
                pages.add(site.page(site.disclosurePage(Addresses.part(d, part), d, true), "part", view,
                        Map.of("part", part)));
            }
        }
        return pages;
    }
}

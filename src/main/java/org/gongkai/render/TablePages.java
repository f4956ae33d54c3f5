package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Part;
import org.gongkai.model.Table;
import org.gongkai.render.PageContext.Crumb;
import org.gongkai.render.site.Addresses;

/** A page per table, below its part's page. */
final class TablePages implements DisclosureFamily {

    @Override
    public List<Page> pages(SiteContext site, Disclosure d) {
        List<Page> pages = new ArrayList<>();
        for (Part part : d.parts()) {
            if (part instanceof Part.TablesPart tables) {
                List<Crumb> toPart = new ArrayList<>(site.disclosurePage(Addresses.part(d, part), d, true).crumbs());
                toPart.add(new Crumb(part.title().isEmpty() ? "表格" : part.title(), Addresses.part(d, part)));
                for (Table t : tables.tables()) {
                    PageContext ctx = new PageContext(Addresses.table(d, t), site.portal().site(), toPart);
                    pages.add(site.page(ctx, "table-page", site.view(d),
                            Map.of("view", TableView.of(t, Addresses.tableId(t)))));
                }
            }
        }
        return pages;
    }
}

package org.gongkai.render;

import java.util.List;

/**
 * One kind of page and every page of that kind the portal has, with the chart files they show.
 * A new kind of page is a new family (listed in {@link Renderer}) and its template; its address
 * comes from {@code Addresses}.
 */
interface PageFamily {

    List<Page> pages(SiteContext site);
}

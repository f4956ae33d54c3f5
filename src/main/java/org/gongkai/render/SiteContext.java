package org.gongkai.render;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.check.Findings;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Portal;
import org.gongkai.render.PageContext.Crumb;
import org.gongkai.render.chart.Chart;
import org.gongkai.render.chart.ChartCache;
import org.gongkai.render.chart.ChartData;
import org.gongkai.render.chart.DisclosureCharts;
import org.gongkai.render.chart.KeyFigures;
import org.gongkai.render.portal.PeerComparison;
import org.gongkai.render.portal.PortalIndex;
import org.gongkai.render.site.Addresses;
import org.gongkai.render.terms.CodeNotes;
import org.gongkai.render.terms.Glossing;
import org.gongkai.render.terms.PortalGlossary;

/**
 * What page families share in one build: the portal and its findings, what several families read
 * (the portal index, the peer groups, the portal glossary, each disclosure's view), the chart cache,
 * the breadcrumbs and the template engine. Everything is computed once, before any page renders.
 */
final class SiteContext {

    private static final Crumb HOME = new Crumb("首页", Addresses.HOME);

    private final Portal portal;
    private final KeyFigures figures;
    private final TemplateEngine engine;
    private final Markdown markdown;
    private final ChartCache charts;
    private final PortalIndex index;
    private final List<PeerComparison.Group> groups;
    private final PortalGlossary glossary;
    private final Map<Disclosure, DisclosureView> views;

    SiteContext(KeyFigures figures, Findings findings, Catalogue catalogue, TemplateEngine engine, Markdown markdown,
            ChartCache charts) {
        this.portal = figures.portal();
        this.figures = figures;
        this.engine = engine;
        this.markdown = markdown;
        this.charts = charts;
        this.index = new PortalIndex(portal, figures);
        this.groups = PeerComparison.groups(figures, charts);
        this.glossary = PortalGlossary.of(portal.disclosures());
        // By identity: a disclosure record's equals and hashCode would walk all its tables.
        Map<Disclosure, DisclosureView> byDisclosure = new IdentityHashMap<>();
        for (Disclosure d : portal.disclosures()) {
            byDisclosure.put(d, view(d, findings, catalogue));
        }
        this.views = Collections.unmodifiableMap(byDisclosure);
    }

    private DisclosureView view(Disclosure d, Findings findings, Catalogue catalogue) {
        List<Disclosure> siblings = portal.disclosuresOf(d.department()).stream().filter(o -> o != d).toList();
        Glossing glossing = new Glossing(glossary.anchors(), CodeNotes.of(d, catalogue));
        return new DisclosureView(d, siblings, DisclosureCharts.of(figures, d, charts),
                ProjectList.of(d, ChartData.subject(d), charts), findings.of(d.path()), portal.site().showFindings(),
                glossing, Headline.of(figures, d));
    }

    Portal portal() {
        return portal;
    }

    /** The key figures every page family reads, from the build's one figure layer. */
    KeyFigures figures() {
        return figures;
    }

    Markdown markdown() {
        return markdown;
    }

    ChartCache charts() {
        return charts;
    }

    PortalIndex index() {
        return index;
    }

    List<PeerComparison.Group> groups() {
        return groups;
    }

    PortalGlossary glossary() {
        return glossary;
    }

    DisclosureView view(Disclosure d) {
        return views.get(d);
    }

    /** A page of the whole portal, below the home page (and below {@code above}, in order). */
    PageContext portalPage(String path, Crumb... above) {
        List<Crumb> crumbs = new ArrayList<>(List.of(HOME));
        crumbs.addAll(List.of(above));
        return new PageContext(path, portal.site(), crumbs);
    }

    /** A page of a disclosure: below the department, or below the disclosure's overview. */
    PageContext disclosurePage(String path, Disclosure d, boolean belowOverview) {
        Department dep = d.department();
        List<Crumb> crumbs = new ArrayList<>(List.of(HOME, new Crumb(dep.name(), Addresses.department(dep))));
        if (belowOverview) {
            crumbs.add(new Crumb(d.label(), Addresses.disclosure(d)));
        }
        return new PageContext(path, portal.site(), crumbs);
    }

    /** A page from {@code template}, given {@code ctx} and {@code params}. */
    Page page(PageContext ctx, String template, Map<String, Object> params) {
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.put("ctx", ctx);
        return new Page(ctx.path(), () -> render(template, all));
    }

    /** A page of a disclosure: its templates also take the view ("d") and the Markdown renderer ("md"). */
    Page page(PageContext ctx, String template, DisclosureView view, Map<String, Object> params) {
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.put("d", view);
        all.put("md", markdown);
        return page(ctx, template, all);
    }

    /** The chart files, one per chart. */
    static List<Page> chartFiles(List<Chart> list) {
        return list.stream().map(c -> new Page(c.path(), c::svgDocument)).toList();
    }

    /** A page that needs no PageContext (the 404 page links by absolute address). */
    Page page(String path, String template, Map<String, Object> params) {
        return new Page(path, () -> render(template, params));
    }

    private String render(String name, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        engine.render(name + ".jte", params, output);
        return output.toString();
    }
}

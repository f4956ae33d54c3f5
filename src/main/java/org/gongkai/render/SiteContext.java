package org.gongkai.render;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 * the breadcrumbs and the template engine. Each shared value is made once, when first read: a build
 * reads them all, a preview server only what the pages it is asked for need.
 */
final class SiteContext {

    private static final Crumb HOME = new Crumb("首页", Addresses.HOME);

    private final Portal portal;
    private final KeyFigures figures;
    private final Findings findings;
    private final Catalogue catalogue;
    private final TemplateEngine engine;
    private final Markdown markdown;
    private final ChartCache charts;
    private final PortalIndex index;
    private final Once<List<PeerComparison.Group>> groups;
    private final Once<PortalGlossary> glossary;
    private final Once<List<String>> definedTerms;
    private final Once<Map<String, String>> anchors;
    private final boolean anchorsKept;
    /** By address: a disclosure record's equals and hashCode would walk all its tables. */
    private final Map<String, DisclosureView> views = new ConcurrentHashMap<>();

    SiteContext(KeyFigures figures, Findings findings, Catalogue catalogue, TemplateEngine engine, Markdown markdown,
            ChartCache charts) {
        this(figures, findings, catalogue, engine, markdown, charts, Optional.empty());
    }

    /**
     * As the other constructor; the glossary anchors of {@code previous} (a context of the same portal
     * before an edit) are kept when every disclosure defines the same terms as then, so that one
     * disclosure's pages render without building the whole portal glossary again.
     */
    SiteContext(KeyFigures figures, Findings findings, Catalogue catalogue, TemplateEngine engine, Markdown markdown,
            ChartCache charts, Optional<SiteContext> previous) {
        this.portal = figures.portal();
        this.figures = figures;
        this.findings = findings;
        this.catalogue = catalogue;
        this.engine = engine;
        this.markdown = markdown;
        this.charts = charts;
        this.index = new PortalIndex(portal, figures);
        this.groups = new Once<>(() -> PeerComparison.groups(figures, charts));
        this.glossary = new Once<>(() -> PortalGlossary.of(portal.disclosures()));
        this.definedTerms = new Once<>(() -> definedTerms(portal));
        Optional<SiteContext> same = previous.filter(p -> p.definedTerms.get().equals(definedTerms.get()));
        this.anchorsKept = same.isPresent();
        this.anchors = same.map(p -> p.anchors).orElseGet(() -> new Once<>(() -> glossary().anchors()));
    }

    /**
     * Everything the glossary's anchors are made of: each term as written and whether it is defined,
     * in portal order (the first wording of a term names its entry).
     */
    private static List<String> definedTerms(Portal portal) {
        List<String> terms = new ArrayList<>();
        portal.disclosures().forEach(d -> d.terms().forEach(t -> terms.add(t.term() + (t.text().isBlank() ? "\n0" : "\n1"))));
        return terms;
    }

    private DisclosureView makeView(Disclosure d) {
        List<Disclosure> siblings = portal.disclosuresOf(d.department()).stream().filter(o -> o != d).toList();
        Glossing glossing = new Glossing(anchors.get(), CodeNotes.of(d, catalogue));
        return new DisclosureView(d, siblings, DisclosureCharts.of(figures, d, charts),
                ProjectList.of(d, ChartData.subject(d), charts), findings.of(d.path()), portal.site().showFindings(),
                glossing, Headline.of(figures, d));
    }

    Portal portal() {
        return portal;
    }

    /** Whether the glossary anchors are those of the previous context (no defined term changed). */
    boolean anchorsKept() {
        return anchorsKept;
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
        return groups.get();
    }

    PortalGlossary glossary() {
        return glossary.get();
    }

    DisclosureView view(Disclosure d) {
        return views.computeIfAbsent(d.path(), p -> makeView(d));
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

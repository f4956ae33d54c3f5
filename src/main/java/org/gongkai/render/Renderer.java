package org.gongkai.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.gongkai.check.Findings;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Part;
import org.gongkai.model.Portal;
import org.gongkai.model.Table;
import org.gongkai.render.PageContext.Crumb;
import org.gongkai.render.terms.CodeNotes;
import org.gongkai.render.terms.Glossing;
import org.gongkai.render.terms.PortalGlossary;
import org.gongkai.render.portal.PeerComparison;
import org.gongkai.render.portal.PortalIndex;
import org.gongkai.render.search.SearchIndex;
import org.gongkai.render.site.Addresses;
import org.gongkai.render.web.NotFoundView;
import org.gongkai.render.chart.Chart;
import org.gongkai.render.chart.ChartCache;
import org.gongkai.render.chart.ChartData;
import org.gongkai.render.chart.DisclosureCharts;
import org.gongkai.write.SiteWriter;

/**
 * The render stage: lists every page of the portal, then renders them in parallel. Each page is
 * rendered once, from immutable model objects, straight into the writer, so memory does not grow
 * with the number of pages kept. Chart files are pages of the same list: a chart is drawn once per
 * build, by the first page or file that needs it (see {@link ChartCache}).
 */
public final class Renderer {

    /** One output page (or chart file): where it goes and how to make it. */
    record Page(String path, Supplier<String> html) {
    }

    private static final Crumb HOME = new Crumb("首页", Addresses.HOME);

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Markdown markdown = new Markdown();
    private final ChartCache charts = new ChartCache();
    private final Catalogue catalogue;

    /** A renderer without a catalogue: 科目说明 pages then only list codes and their printed names. */
    public Renderer() {
        this(new Catalogue(Map.of()));
    }

    public Renderer(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Charts drawn so far by this renderer (each distinct chart once). */
    public int chartsDrawn() {
        return charts.draws();
    }

    public void render(Portal portal, Findings findings, SiteWriter out) {
        pages(portal, findings).parallelStream()
                .forEach(p -> out.write(p.path(), p.html().get().getBytes(StandardCharsets.UTF_8)));
    }

    List<Page> pages(Portal portal, Findings findings) {
        List<Page> pages = new ArrayList<>();
        PortalIndex index = new PortalIndex(portal);
        List<PeerComparison.Group> groups = PeerComparison.groups(portal, charts);
        List<Crumb> toHome = List.of(HOME);
        PageContext home = new PageContext(Addresses.HOME, portal.site(), List.of());
        pages.add(new Page(home.path(), () -> template("index",
                Map.of("ctx", home, "index", index, "hasComparison", !groups.isEmpty()))));
        for (Department d : portal.departments()) {
            String path = Addresses.department(d);
            PageContext ctx = new PageContext(path, portal.site(), toHome);
            List<Chart> trends = ChartData.trends(portal, d).stream().map(s -> new Chart(s, Addresses.folder(d), charts)).toList();
            addChartFiles(pages, trends);
            pages.add(new Page(path, () -> template("department", Map.of("ctx", ctx, "department", d,
                    "disclosures", index.ofDepartment(d), "years", index.yearsTable(d), "charts", trends))));
        }
        PortalGlossary glossary = PortalGlossary.of(portal.disclosures());
        PageContext terms = new PageContext(Addresses.GLOSSARY, portal.site(), toHome);
        pages.add(new Page(terms.path(), () -> template("portal-glossary",
                Map.of("ctx", terms, "glossary", glossary, "md", markdown))));
        for (String year : index.years()) {
            PageContext ctx = new PageContext(Addresses.year(year), portal.site(), toHome);
            pages.add(new Page(ctx.path(), () -> template("year",
                    Map.of("ctx", ctx, "year", year, "disclosures", index.ofYear(year)))));
        }
        if (!groups.isEmpty()) {
            PageContext ctx = new PageContext(Addresses.COMPARE, portal.site(), toHome);
            addChartFiles(pages, groups.stream().flatMap(g -> g.comparisons().stream())
                    .flatMap(c -> c.chart().stream()).toList());
            pages.add(new Page(ctx.path(), () -> template("compare", Map.of("ctx", ctx, "groups", groups))));
        }
        PageContext search = new PageContext(Addresses.SEARCH, portal.site(), toHome);
        pages.add(new Page(search.path(), () -> template("search", Map.of("ctx", search, "index", index))));
        pages.add(new Page(Addresses.SEARCH_INDEX, () -> SearchIndex.of(portal).script()));
        for (Disclosure d : portal.disclosures()) {
            Glossing glossing = new Glossing(glossary.anchors(), CodeNotes.of(d, catalogue));
            addDisclosure(pages, portal, d, findings.of(d.path()), glossing);
        }
        PageContext data = new PageContext(Addresses.DATA, portal.site(), toHome);
        pages.add(new Page(data.path(), () -> template("data", Map.of("ctx", data, "portal", portal))));
        NotFoundView notFound = NotFoundView.of(portal.site());
        pages.add(new Page(Addresses.NOT_FOUND, () -> template("not-found", Map.of("view", notFound))));
        return pages;
    }

    private void addDisclosure(List<Page> pages, Portal portal, Disclosure d, Findings.OfDisclosure findings,
            Glossing glossing) {
        List<Disclosure> siblings = portal.disclosuresOf(d.department()).stream().filter(o -> o != d).toList();
        DisclosureCharts chartSet = DisclosureCharts.of(portal, d, charts);
        addChartFiles(pages, chartSet.all());
        ProjectList projects = ProjectList.of(d, ChartData.subject(d), charts);
        addChartFiles(pages, projects.charts());
        DisclosureView view = new DisclosureView(d, siblings, chartSet, projects, findings, portal.site().showFindings(),
                glossing, Headline.of(portal, d));
        List<Crumb> toDepartment = List.of(HOME,
                new Crumb(d.department().name(), Addresses.department(d.department())));
        List<Crumb> toDisclosure = new ArrayList<>(toDepartment);
        toDisclosure.add(new Crumb(view.label(), Addresses.disclosure(d)));

        PageContext overview = new PageContext(Addresses.disclosure(d), portal.site(), toDepartment);
        pages.add(page(overview, "disclosure", view, Map.of()));
        PageContext full = new PageContext(Addresses.full(d), portal.site(), toDisclosure);
        pages.add(page(full, "full", view, Map.of()));
        if (!view.codes().isEmpty()) {
            PageContext codes = new PageContext(Addresses.codes(d), portal.site(), toDisclosure);
            pages.add(page(codes, "codes", view, Map.of()));
        }
        if (!projects.isEmpty()) {
            PageContext list = new PageContext(Addresses.projects(d), portal.site(), toDisclosure);
            pages.add(page(list, "projects", view, Map.of()));
        }
        for (Part part : d.parts()) {
            if (part.type() == Part.PartType.OVERVIEW) {
                continue;
            }
            PageContext ctx = new PageContext(Addresses.part(d, part), portal.site(), toDisclosure);
            pages.add(page(ctx, "part", view, Map.of("part", part)));
            if (part instanceof Part.TablesPart tables) {
                List<Crumb> toPart = new ArrayList<>(toDisclosure);
                toPart.add(new Crumb(part.title().isEmpty() ? "表格" : part.title(), ctx.path()));
                for (Table t : tables.tables()) {
                    PageContext tctx = new PageContext(Addresses.table(d, t), portal.site(), toPart);
                    pages.add(page(tctx, "table-page", view, Map.of("view", TableView.of(t, Addresses.tableId(t)))));
                }
            }
        }
    }

    private static void addChartFiles(List<Page> pages, List<Chart> list) {
        for (Chart c : list) {
            pages.add(new Page(c.path(), c::svgDocument));
        }
    }

    private Page page(PageContext ctx, String template, DisclosureView view, Map<String, Object> extra) {
        Map<String, Object> params = new LinkedHashMap<>(extra);
        params.put("ctx", ctx);
        params.put("d", view);
        params.put("md", markdown);
        return new Page(ctx.path(), () -> template(template, params));
    }

    private String template(String name, Map<String, Object> params) {
        StringOutput output = new StringOutput();
        engine.render(name + ".jte", params, output);
        return output.toString();
    }
}

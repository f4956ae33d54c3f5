package org.gongkai.render;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import org.gongkai.check.Findings;
import org.gongkai.facts.FactIndex;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Portal;
import org.gongkai.render.chart.ChartCache;
import org.gongkai.render.chart.KeyFigures;
import org.gongkai.write.SiteWriter;

/**
 * The render stage: asks every page family for its pages, then renders them in parallel. Each page
 * is rendered once, from immutable model objects, straight into the writer, so memory does not grow
 * with the number of pages kept. Chart files are pages of the same list: a chart is drawn once per
 * build, by the first page or file that needs it (see {@link ChartCache}).
 */
public final class Renderer {

    /** Every kind of page of the whole portal. */
    private static final List<PageFamily> SITE_FAMILIES = List.of(new HomePage(), new DepartmentPages(),
            new PortalGlossaryPage(), new YearPages(), new ComparisonPage(), new SearchPages(), new DataPage(),
            new NotFoundPage());
    /** Every kind of page each disclosure has. */
    private static final List<DisclosureFamily> DISCLOSURE_FAMILIES = List.of(new DisclosurePages(), new TablePages());

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

    /**
     * Renders every page in parallel, in a pool of its own: when one page fails, the others stop
     * taking work and the call returns (or throws) only once none is still writing, so the writer
     * can remove its staging folder without racing a page still being written.
     */
    public void render(Portal portal, FactIndex facts, Findings findings, SiteWriter out) {
        List<Page> pages = pages(new KeyFigures(portal, facts), findings);
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            pool.submit(() -> pages.parallelStream()
                    .forEach(p -> out.write(p.path(), p.content().get().getBytes(StandardCharsets.UTF_8)))).get();
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("rendering interrupted", e);
        } finally {
            pool.shutdownNow();
            awaitQuietly(pool);
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }

    private static void awaitQuietly(ForkJoinPool pool) {
        try {
            pool.awaitTermination(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<Page> pages(KeyFigures figures, Findings findings) {
        SiteContext site = new SiteContext(figures, findings, catalogue, engine, markdown, charts);
        List<Page> pages = new ArrayList<>(sitePages(site));
        site.portal().disclosures().forEach(d -> pages.addAll(pagesOf(site, d)));
        Set<String> seen = new HashSet<>();
        for (Page p : pages) {
            if (!seen.add(p.path())) {
                // Two families (or one twice) claim an address: one page would silently replace the other.
                throw new IllegalStateException("two pages at " + p.path());
            }
        }
        return pages;
    }

    /**
     * The portal's pages listed, none rendered yet, for a preview server; {@code previous}, the plan
     * of the same portal before an edit, lends what is still valid (see {@link PagePlan}).
     */
    public PagePlan plan(KeyFigures figures, Findings findings, Optional<PagePlan> previous) {
        // A cache of its own: a plan's lazily rendered pages may outlive the next plan.
        SiteContext site = new SiteContext(figures, findings, catalogue, engine, markdown, new ChartCache(),
                previous.map(PagePlan::site));
        return new PagePlan(site);
    }

    static List<Page> sitePages(SiteContext site) {
        return SITE_FAMILIES.stream().flatMap(f -> f.pages(site).stream()).toList();
    }

    static List<Page> pagesOf(SiteContext site, Disclosure d) {
        return DISCLOSURE_FAMILIES.stream().flatMap(f -> f.pages(site, d).stream()).toList();
    }
}

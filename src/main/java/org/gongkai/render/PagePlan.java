package org.gongkai.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import org.gongkai.model.Disclosure;

/**
 * The portal's pages (and chart files) listed but not rendered, for the preview server: it renders
 * a page when a browser asks for it and, after an edit, asks a new plan only for the pages that read
 * what changed. What a page reads follows from its kind: a disclosure's pages read that disclosure,
 * its department's other disclosures and the glossary's defined terms ({@link DisclosureFamily});
 * the portal's pages read every disclosure.
 */
public final class PagePlan {

    /** One output file: its path and how to make its bytes. */
    public record File(String path, Supplier<byte[]> bytes) {
    }

    private final SiteContext site;

    PagePlan(SiteContext site) {
        this.site = site;
    }

    SiteContext site() {
        return site;
    }

    /**
     * Whether the glossary's defined terms are those of the previous plan, so that pages of disclosures
     * that did not change link the same terms; false without a previous plan.
     */
    public boolean keptGlossaryTerms() {
        return site.anchorsKept();
    }

    /** Home, department, year, comparison, search, glossary, data and 404 pages, with their charts and script. */
    public List<File> sitePages() {
        return files(Renderer.sitePages(site));
    }

    /** The pages and chart files of {@code d}, one of the plan's disclosures. */
    public List<File> pagesOf(Disclosure d) {
        return files(Renderer.pagesOf(site, d));
    }

    private static List<File> files(List<Page> pages) {
        return pages.stream().map(p -> new File(p.path(), () -> p.content().get().getBytes(StandardCharsets.UTF_8))).toList();
    }
}

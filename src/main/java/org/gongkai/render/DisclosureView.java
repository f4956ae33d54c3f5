package org.gongkai.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.check.Finding;
import org.gongkai.check.Findings;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Part;
import org.gongkai.model.Term;
import org.gongkai.render.chart.DisclosureCharts;
import org.gongkai.render.terms.CodeNotes;
import org.gongkai.render.terms.Glossing;
import org.gongkai.render.terms.TermAnchors;
import org.gongkai.render.site.Addresses;
import org.gongkai.render.terms.TermLinks;

/**
 * A disclosure as its pages show it: the model, the same department's other disclosures, the
 * charts drawn from its data, and the validator's findings (acknowledged ones always; open ones
 * when the site chooses to show them).
 */
public record DisclosureView(Disclosure disclosure, List<Disclosure> siblings, DisclosureCharts charts,
        ProjectList projects, Findings.OfDisclosure findings, boolean showOpenFindings, Glossing glossing,
        List<Headline> headlines) {

    /** How many findings the overview's summary quotes before linking to the full list. */
    public static final int NOTES_IN_SUMMARY = 2;

    public DisclosureView {
        siblings = List.copyOf(siblings);
        headlines = List.copyOf(headlines);
    }

    /** 科目说明 of the codes this disclosure's tables use (empty when they use none). */
    public List<CodeNotes.Note> codes() {
        return glossing.codes();
    }

    public String codesPath() {
        return Addresses.codes(disclosure);
    }

    /**
     * Where each glossary term links from the page {@code ctx}: the disclosure's own definition
     * when it has one (same-page anchor on the page that shows it), else the portal glossary.
     */
    public TermLinks termLinks(PageContext ctx) {
        Map<String, String> hrefs = new HashMap<>();
        String fullPath = Addresses.full(disclosure);
        for (Part p : disclosure.parts()) {
            if (p instanceof Part.GlossaryPart g) {
                boolean shown = ctx.path().equals(partPath(g)) || ctx.path().equals(fullPath);
                for (int i = 0; i < g.terms().size(); i++) {
                    Term t = g.terms().get(i);
                    if (!t.text().isBlank()) {
                        hrefs.putIfAbsent(TermAnchors.normalise(t.term()),
                                shown ? "#" + Addresses.termId(g, i) : ctx.rel(Addresses.term(disclosure, g, i)));
                    }
                }
            }
        }
        glossing.portalAnchors().forEach((term, address) -> hrefs.putIfAbsent(term, ctx.rel(address)));
        return new TermLinks(hrefs);
    }

    /** Findings readers see: open ones only when the site shows them. */
    public List<Finding> openFindings() {
        return showOpenFindings ? findings.open() : List.of();
    }

    public boolean hasDataNotes() {
        return !findings.acknowledged().isEmpty() || !openFindings().isEmpty();
    }

    /** Every finding readers see, as one line each: acknowledged ones first. */
    public List<String> dataNoteLines() {
        List<String> lines = new java.util.ArrayList<>();
        findings.acknowledged().forEach(a -> lines.add(a.finding().message()));
        openFindings().forEach(f -> lines.add(f.rule().what() + "：" + f.message()));
        return lines;
    }

    /** Short label, e.g. "2021 年度决算". */
    public String label() {
        return disclosure.label();
    }

    /** Address of a part's page, relative to the site root. */
    public String partPath(Part part) {
        return Addresses.part(disclosure, part);
    }

    /** Address of the project list page, relative to the site root. */
    public String projectsPath() {
        return Addresses.projects(disclosure);
    }

    /** Address of a project's form on its part's page. */
    public String formPath(ProjectList.Entry e) {
        return Addresses.form(disclosure, e.part(), e.index());
    }

    public String tablePath(org.gongkai.model.Table table) {
        return Addresses.table(disclosure, table);
    }

    public List<TableView> tableViews(Part.TablesPart part) {
        return part.tables().stream().map(t -> TableView.of(t, Addresses.tableId(t))).toList();
    }
}

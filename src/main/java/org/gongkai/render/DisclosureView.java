package org.gongkai.render;

import java.util.List;
import org.gongkai.check.Finding;
import org.gongkai.check.Findings;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Part;
import org.gongkai.render.chart.DisclosureCharts;

/**
 * A disclosure as its pages show it: the model, the same department's other disclosures, the
 * charts drawn from its data, and the validator's findings (acknowledged ones always; open ones
 * when the site chooses to show them).
 */
public record DisclosureView(Disclosure disclosure, List<Disclosure> siblings, DisclosureCharts charts,
        ProjectList projects, Findings.OfDisclosure findings, boolean showOpenFindings) {

    public DisclosureView {
        siblings = List.copyOf(siblings);
    }

    /** Findings readers see: open ones only when the site shows them. */
    public List<Finding> openFindings() {
        return showOpenFindings ? findings.open() : List.of();
    }

    public boolean hasDataNotes() {
        return !findings.acknowledged().isEmpty() || !openFindings().isEmpty();
    }

    /** Short label, e.g. "2021 年度决算". */
    public String label() {
        return label(disclosure);
    }

    public static String label(Disclosure d) {
        return d.year() + " 年度" + d.kind().label();
    }

    /** Address of a part's page, relative to the site root. */
    public String partPath(Part part) {
        return disclosure.path() + "/" + (part.type() == Part.PartType.OVERVIEW ? "index" : part.slug()) + ".html";
    }

    /** Address of the project list page, relative to the site root. */
    public String projectsPath() {
        return disclosure.path() + "/" + ProjectList.PAGE;
    }

    /** Address of a project's form on its part's page. */
    public String formPath(ProjectList.Entry e) {
        return partPath(e.part()) + "#" + e.anchor();
    }

    public String tablePath(org.gongkai.model.Table table) {
        return disclosure.path() + "/tables/" + table.slug() + ".html";
    }

    public List<TableView> tableViews(Part.TablesPart part) {
        return part.tables().stream().map(t -> TableView.of(t, "t-" + t.slug())).toList();
    }
}

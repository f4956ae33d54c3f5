package org.gongkai.render.chart;

import java.math.BigDecimal;
import java.util.Optional;
import org.gongkai.facts.Fact;
import org.gongkai.facts.FactIndex;
import org.gongkai.facts.FactSet;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Metric;
import org.gongkai.model.Portal;

/**
 * Key figures of a disclosure, from its figure layer: first from its tables, where the forms
 * print them, else from the figures its narrative states (stated_figures), which is all a
 * disclosure whose tables were published as images has.
 */
final class Figures {

    /**
     * A figure in 万元 and where it was read, for the chart's 数据来源; {@code place} is the table row
     * it was read from, empty when it comes from the narrative.
     */
    record Figure(BigDecimal value, String source, Optional<KeyFigures.Place> place) {
    }

    private Figures() {
    }

    /** {@code metric} for the disclosure's own year: tables first, then stated figures. */
    static Optional<Figure> of(FactSet facts, Metric metric) {
        return facts.of(metric).map(Figures::figure);
    }

    /**
     * {@code metric} for the year before {@code d}'s: from the portal's own disclosure of that year
     * (same department and kind), else from a figure {@code d}'s narrative states for it.
     */
    static Optional<Figure> previous(Portal portal, FactIndex index, Disclosure d, Metric metric) {
        String before = ChartData.previousYear(d);
        Optional<Disclosure> earlier = portal.disclosuresOf(d.department()).stream()
                .filter(o -> o.kind() == d.kind() && o.year().equals(before))
                .findFirst();
        return earlier.flatMap(e -> of(index.of(e), metric)).or(() -> stated(index.of(d), metric, before));
    }

    /** A figure the narrative states for {@code year} (e.g. last year's total, "与上年相比"). */
    static Optional<Figure> stated(FactSet facts, Metric metric, String year) {
        return facts.stated(metric, year).map(Figures::figure);
    }

    static Figure figure(Fact f) {
        return new Figure(f.amount(), f.source(), f.place().map(p -> new KeyFigures.Place(p.table(), p.row())));
    }
}

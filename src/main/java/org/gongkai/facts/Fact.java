package org.gongkai.facts;

import java.math.BigDecimal;
import java.util.Optional;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Measure;
import org.gongkai.model.Metric;
import org.gongkai.model.Scope;
import org.gongkai.model.Table;

/**
 * One named figure of a disclosure: which funds ({@code scope}), what kind of amount
 * ({@code measure}), of what ({@code key}: a classification code such as "f201" or "e30101",
 * {@link #TOTAL} or {@link #GRAND} for 总计), its amount in 万元, the cell as printed, and where:
 * a table cell ({@code place}), or the narrative (stated_figures) when {@code place} is empty.
 * {@code year} is the year the figure is for: a narrative may state last year's too.
 * {@code metric} is what the narrative called a figure it states (null for table figures); its
 * {@code measure} is null when the metric has no table counterpart (政府采购支出总额).
 * {@code label} names the figure in messages ("表3 “合计”（本年支出合计）"), {@code source} on pages.
 */
public record Fact(Scope scope, Measure measure, String key, BigDecimal amount, Unit unit, Cell cell, String year,
        Optional<Place> place, Metric metric, String label, String source) {

    public static final String TOTAL = "total";
    public static final String GRAND = "grand";

    /** The table cell a figure was printed in: the table, the 0-based row index and the column. */
    public record Place(Table table, int row, Column column, String rowName) {
    }

    /** Figures with the same identity are the same number, wherever printed. */
    public record Identity(Scope scope, Measure measure, String key) {
    }

    public Identity identity() {
        return new Identity(scope, measure, key);
    }

    public boolean narrative() {
        return place.isEmpty();
    }

    /** The table, or null for a narrative figure. */
    public Table table() {
        return place.map(Place::table).orElse(null);
    }

    /** The classification code of a code-keyed figure ("201"), else empty. */
    public String code() {
        return key.equals(TOTAL) || key.equals(GRAND) ? "" : key.substring(1);
    }

    /**
     * Half of the last printed digit, in 万元: how far the printed figure may be from the exact one.
     * Figures printed in different units agree when they differ by no more than the coarser one's.
     */
    public BigDecimal rounding() {
        return unit.toWan(BigDecimal.ONE.movePointLeft(Math.max(cell.value().scale(), 0)).multiply(new BigDecimal("0.5")));
    }
}

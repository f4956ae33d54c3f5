package org.gongkai.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Measure;
import org.gongkai.model.Metric;
import org.gongkai.model.Role;
import org.gongkai.model.Scope;
import org.gongkai.model.TotalRow;

/**
 * Every named figure of one disclosure, read once: what the validator compares and what charts,
 * key figures, comparisons, search and the data exports show. Nothing else reads table cells to
 * find a figure. Table figures come in print order, before the narrative's.
 */
public final class FactSet {

    /** How pages cite a figure the narrative states: "情况说明：“…”". */
    public static final String NARRATIVE = "情况说明：";

    private final Disclosure disclosure;
    private final List<Fact> facts;
    private final Map<Fact.Identity, List<Fact>> byIdentity = new LinkedHashMap<>();

    private FactSet(Disclosure disclosure, List<Fact> facts) {
        this.disclosure = disclosure;
        this.facts = List.copyOf(facts);
        for (Fact f : this.facts) {
            byIdentity.computeIfAbsent(f.identity(), k -> new ArrayList<>()).add(f);
        }
    }

    public static FactSet of(Disclosure d, Catalogue catalogue) {
        return new FactSet(d, new FactReader(d, catalogue).read());
    }

    public Disclosure disclosure() {
        return disclosure;
    }

    public List<Fact> all() {
        return facts;
    }

    /** Every figure with this identity for the disclosure's own year: table figures first. */
    public List<Fact> of(Fact.Identity id) {
        return byIdentity.getOrDefault(id, List.of()).stream().filter(f -> f.year().equals(disclosure.year())).toList();
    }

    /** The figure as the disclosure first states it for its own year: in a table, else in its narrative. */
    public Optional<Fact> first(Fact.Identity id) {
        return of(id).stream().findFirst();
    }

    /**
     * The figure where a column says it holds it (基本支出 in the 基本支出 column's 合计 row) before a
     * row that names it (the row 基本支出 of a 收支总表); for headlines that link to their source.
     */
    public Optional<Fact> preferred(Fact.Identity id) {
        List<Fact> all = of(id);
        return all.stream().filter(f -> f.place().map(p -> p.column().measure() == f.measure()).orElse(false)).findFirst()
                .or(() -> all.stream().findFirst());
    }

    public Optional<Fact> total(Scope scope, Measure measure) {
        return first(new Fact.Identity(scope, measure, Fact.TOTAL));
    }

    /** A key figure for the disclosure's year: the figure the metric names in a table, else in the narrative. */
    public Optional<Fact> of(Metric metric) {
        return FactReader.identity(metric, disclosure.kind()).flatMap(this::preferred)
                .filter(f -> !f.narrative())
                .or(() -> stated(metric, disclosure.year()));
    }

    /** A figure the narrative states for {@code year} (last year's total, "与上年相比"). */
    public Optional<Fact> stated(Metric metric, String year) {
        return facts.stream().filter(f -> f.metric() == metric && f.year().equals(year)).findFirst();
    }

    /**
     * The 类 figures (3-digit functional codes) of {@code measure} and {@code scope}, as the first table
     * that prints them in a code column has them, in its row order.
     */
    public List<Fact> classes(Scope scope, Measure measure) {
        List<Fact> out = new ArrayList<>();
        for (Fact f : facts) {
            // Only tables that print codes in a code column (a 支出表): a 总表 names its 类 rows only.
            if (!f.place().map(p -> TableText.column(p.table(), p.column().panel(), Role.CODE).isPresent()).orElse(false)) {
                continue;
            }
            if (f.narrative() || f.scope() != scope || f.measure() != measure || !f.key().startsWith("f")
                    || f.code().length() != 3) {
                continue;
            }
            if (!out.isEmpty() && out.get(0).table() != f.table()) {
                break;
            }
            out.add(f);
        }
        return out;
    }

    /**
     * The amounts the row of a total figure splits into, as its form's header tree shows them:
     * the columns after the total at its own level; a group counts by its own declared part
     * (基本支出 → its 小计, {@code measure: basic}) unless {@code deep}, else by its members.
     */
    public List<Part> parts(Fact total, boolean deep) {
        return total.place().map(p -> Parts.of(p, total.unit(), deep)).orElse(List.of());
    }

    /**
     * A total's name as the narrative writes it, reduced to what it measures: 本年支出合计, 本年支出
     * and 支出合计 are one figure. The suffixes (合计) are the form set's declared total rows.
     */
    public String totalName(String label) {
        String n = label.startsWith(THIS_YEAR) ? label.substring(THIS_YEAR.length()) : label;
        for (TotalRow t : disclosure.forms().totalRows()) {
            String suffix = t.name().substring(1);
            if (t.name().startsWith("*") && !t.grand() && t.measure() == null && n.endsWith(suffix)
                    && n.length() > suffix.length()) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return n;
    }

    /** The whole-department total a narrative names ("本年收入合计", "支出", "收入总计"), if it names one. */
    public Optional<Fact.Identity> totalNamed(String label) {
        String n = totalName(label);
        for (Measure m : List.of(Measure.INCOME, Measure.EXPENSE)) {
            if (n.equals(m.label())) {
                return Optional.of(new Fact.Identity(Scope.ALL, m, Fact.TOTAL));
            }
            for (TotalRow t : disclosure.forms().totalRows()) {
                if (t.grand() && t.measure() == null && n.startsWith(m.label()) && t.matches(n.substring(m.label().length()))) {
                    return Optional.of(new Fact.Identity(Scope.ALL, m, Fact.GRAND));
                }
            }
        }
        return Optional.empty();
    }

    private static final String THIS_YEAR = "本年";

    /** A part of a total: the column's label as the header prints it, its measure if declared, its amount. */
    public record Part(String label, Measure measure, Optional<BigDecimal> amount) {
    }
}

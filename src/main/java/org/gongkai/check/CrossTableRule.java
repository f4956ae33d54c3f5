package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.diag.Position;
import org.gongkai.facts.Fact;
import org.gongkai.facts.FactSet;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Measure;
import org.gongkai.model.Scope;
import org.gongkai.model.Table;

/**
 * The same figure in several tables agrees: facts with the same scope, measure and key are
 * compared table by table against the first table that states them, in 万元 whatever unit each
 * table prints. And 基本支出 = 人员经费 + 公用经费 within a scope.
 */
final class CrossTableRule {

    private CrossTableRule() {
    }

    static List<Finding> check(RuleContext c) {
        Disclosure d = c.disclosure();
        FactSet facts = c.facts();
        List<Finding> out = new ArrayList<>();
        Map<Fact.Identity, Map<Table, Fact>> groups = new LinkedHashMap<>();
        for (Fact f : facts.all()) {
            if (f.year().equals(d.year())) {
                groups.computeIfAbsent(f.identity(), k -> new LinkedHashMap<>()).putIfAbsent(f.table(), f);
            }
        }
        for (Map<Table, Fact> group : groups.values()) {
            List<Fact> inTables = List.copyOf(group.values());
            Fact first = inTables.get(0);
            for (Fact other : inTables.subList(1, inTables.size())) {
                if (!same(first, other)) {
                    out.add(new Finding(Rule.SAME_FIGURE, d.path(), first.label() + " / " + other.label(),
                            other.label() + " " + other.cell().raw() + " ≠ " + first.label() + " " + first.cell().raw()
                                    + "，相差 " + Amounts.format(other.amount().subtract(first.amount()).abs()) + unitNote(first, other),
                            other.cell().position(), List.of(first.cell().position())));
                }
            }
        }
        basicSplit(d, facts, out);
        return out;
    }

    /**
     * Figures printed in one unit are the same number only when equal; printed in different units,
     * when they differ by no more than the coarser figure's rounding (684,213 元 is 68.42 万元).
     */
    static boolean same(Fact a, Fact b) {
        BigDecimal diff = a.amount().subtract(b.amount()).abs();
        return a.unit() == b.unit() ? diff.signum() == 0 : diff.compareTo(a.rounding().max(b.rounding())) <= 0;
    }

    private static String unitNote(Fact a, Fact b) {
        return a.unit() == b.unit() ? "" : " 万元（前者单位" + b.unit().printed() + "，后者单位" + a.unit().printed() + "，已折算）";
    }

    private static void basicSplit(Disclosure d, FactSet facts, List<Finding> out) {
        for (Fact basic : firstPerScope(facts, Measure.BASIC)) {
            Optional<Fact> personnel = facts.total(basic.scope(), Measure.PERSONNEL);
            Optional<Fact> pub = facts.total(basic.scope(), Measure.PUBLIC);
            if (personnel.isEmpty() || pub.isEmpty()) {
                continue;
            }
            BigDecimal sum = personnel.get().amount().add(pub.get().amount());
            BigDecimal diff = basic.amount().subtract(sum).abs();
            String parts = personnel.get().label() + " " + personnel.get().cell().raw() + " ＋ " + pub.get().label() + " "
                    + pub.get().cell().raw() + " ＝ " + Amounts.format(sum);
            List<Position> related = List.of(personnel.get().cell().position(), pub.get().cell().position());
            if (Amounts.beyond(basic.amount(), sum, Amounts.tolerance(2))) {
                out.add(new Finding(Rule.BASIC_SPLIT, d.path(), basic.label(),
                        basic.label() + " " + basic.cell().raw() + " ≠ " + parts + "，相差 " + Amounts.format(diff),
                        basic.cell().position(), related));
            } else if (diff.signum() != 0) {
                out.add(new Finding(Rule.ROUNDING_SUM, d.path(), basic.label(),
                        basic.label() + " " + basic.cell().raw() + " 与 " + parts + " 相差 " + Amounts.format(diff)
                                + Rounding.withinSum(2),
                        basic.cell().position(), related));
            }
        }
    }

    /** The first total of {@code measure} in each scope that states one, in scope order of first mention. */
    private static List<Fact> firstPerScope(FactSet facts, Measure measure) {
        Map<Scope, Fact> first = new LinkedHashMap<>();
        for (Fact f : facts.all()) {
            if (f.measure() == measure && f.key().equals(Fact.TOTAL) && f.year().equals(facts.disclosure().year())) {
                first.putIfAbsent(f.scope(), f);
            }
        }
        return List.copyOf(first.values());
    }
}

package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Table;

/**
 * The same figure in several tables agrees: facts with the same scope, measure and key are
 * compared table by table against the first table that states them. And 基本支出 = 人员经费 +
 * 公用经费 within a scope.
 */
final class CrossTableRule {

    private CrossTableRule() {
    }

    static List<Finding> check(Disclosure d, List<Fact> facts) {
        List<Finding> out = new ArrayList<>();
        Map<Fact.Identity, Map<Table, Fact>> groups = new LinkedHashMap<>();
        for (Fact f : facts) {
            groups.computeIfAbsent(f.identity(), k -> new LinkedHashMap<>()).putIfAbsent(f.table(), f);
        }
        for (Map<Table, Fact> group : groups.values()) {
            List<Fact> inTables = List.copyOf(group.values());
            Fact first = inTables.get(0);
            for (Fact other : inTables.subList(1, inTables.size())) {
                if (other.value().compareTo(first.value()) != 0) {
                    out.add(new Finding(Rule.SAME_FIGURE, d.path(), first.label() + " / " + other.label(),
                            other.label() + " " + other.cell().raw() + " ≠ " + first.label() + " " + first.cell().raw()
                                    + "，相差 " + Amounts.format(other.value().subtract(first.value()).abs()),
                            other.cell().position(), List.of(first.cell().position())));
                }
            }
        }
        basicSplit(d, groups, out);
        return out;
    }

    private static void basicSplit(Disclosure d, Map<Fact.Identity, Map<Table, Fact>> groups, List<Finding> out) {
        for (Fact.Identity id : groups.keySet()) {
            if (!id.measure().equals("basic") || !id.key().equals("total")) {
                continue;
            }
            Optional<Fact> personnel = first(groups, new Fact.Identity(id.scope(), "personnel", "total"));
            Optional<Fact> pub = first(groups, new Fact.Identity(id.scope(), "public", "total"));
            if (personnel.isEmpty() || pub.isEmpty()) {
                continue;
            }
            Fact basic = first(groups, id).orElseThrow();
            BigDecimal sum = personnel.get().value().add(pub.get().value());
            if (Amounts.beyond(basic.value(), sum, Amounts.tolerance(2))) {
                out.add(new Finding(Rule.BASIC_SPLIT, d.path(), basic.label(),
                        basic.label() + " " + basic.cell().raw() + " ≠ " + personnel.get().label() + " " + personnel.get().cell().raw()
                                + " ＋ " + pub.get().label() + " " + pub.get().cell().raw() + " ＝ " + Amounts.format(sum)
                                + "，相差 " + Amounts.format(basic.value().subtract(sum).abs()),
                        basic.cell().position(), List.of(personnel.get().cell().position(), pub.get().cell().position())));
            }
        }
    }

    private static Optional<Fact> first(Map<Fact.Identity, Map<Table, Fact>> groups, Fact.Identity id) {
        return Optional.ofNullable(groups.get(id)).flatMap(m -> m.values().stream().findFirst());
    }
}

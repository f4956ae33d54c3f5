package org.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gongkai.facts.Fact;
import org.gongkai.facts.FactSet;
import org.gongkai.facts.TableText;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Identity;
import org.gongkai.model.Measure;
import org.gongkai.model.Role;
import org.gongkai.model.Scope;

/**
 * What the summary tables promise without printing it as an identity: a balanced table's 收入总计
 * equals its 支出总计 (within each scope of funds), and the 财政拨款 summary's 本年收入 is the
 * 财政拨款收入 the all-funds tables give. Both figures are found in the figure layer by their
 * declarations (scope, measure, total or grand total), never by a table or row name.
 */
final class SummaryRule {

    private SummaryRule() {
    }

    static List<Finding> check(RuleContext c) {
        List<Finding> out = new ArrayList<>();
        balance(c.disclosure(), c.facts(), out);
        fiscalIncome(c.disclosure(), c.facts(), out);
        return out;
    }

    private static void balance(Disclosure d, FactSet facts, List<Finding> out) {
        for (Scope scope : Scope.values()) {
            Optional<Fact> income = facts.first(new Fact.Identity(scope, Measure.INCOME, Fact.GRAND));
            Optional<Fact> expense = facts.first(new Fact.Identity(scope, Measure.EXPENSE, Fact.GRAND));
            if (income.isEmpty() || expense.isEmpty() || CrossTableRule.same(income.get(), expense.get())
                    || printedAsIdentity(income.get(), expense.get())) {
                continue;
            }
            Fact in = income.get();
            Fact ex = expense.get();
            String funds = scope == Scope.ALL ? "" : scope.label();
            out.add(new Finding(Rule.BALANCE, d.path(), in.label() + " / " + ex.label(),
                    "收入方 " + in.label() + " " + in.cell().raw() + " ≠ 支出方 " + ex.label() + " " + ex.cell().raw()
                            + "，相差 " + Amounts.format(in.amount().subtract(ex.amount()).abs())
                            + "（" + funds + "收入总计应等于支出总计）",
                    ex.cell().position(), List.of(in.cell().position())));
        }
    }

    private static void fiscalIncome(Disclosure d, FactSet facts, List<Finding> out) {
        Optional<Fact> fiscal = facts.first(new Fact.Identity(Scope.FISCAL, Measure.INCOME, Fact.TOTAL));
        Optional<Fact> all = facts.first(new Fact.Identity(Scope.ALL, Measure.FISCAL_INCOME, Fact.TOTAL));
        if (fiscal.isEmpty() || all.isEmpty() || CrossTableRule.same(fiscal.get(), all.get())) {
            return;
        }
        Fact f = fiscal.get();
        Fact a = all.get();
        out.add(new Finding(Rule.FISCAL_INCOME, d.path(), f.label() + " / " + a.label(),
                Scope.FISCAL.label() + "的本年收入 " + f.label() + " " + f.cell().raw() + " ≠ 全部资金中的"
                        + Measure.FISCAL_INCOME.label() + " " + a.label() + " " + a.cell().raw() + "，相差 "
                        + Amounts.format(f.amount().subtract(a.amount()).abs()),
                f.cell().position(), List.of(a.cell().position())));
    }

    /**
     * Whether the table itself prints the equality as a row identity between the two 行次
     * ("60 行 = 30 行"): then identity.row already reports it.
     */
    private static boolean printedAsIdentity(Fact a, Fact b) {
        if (a.narrative() || b.narrative() || a.table() != b.table()) {
            return false;
        }
        String la = line(a);
        String lb = line(b);
        return !la.isEmpty() && !lb.isEmpty() && a.table().form().identities().stream()
                .anyMatch(i -> i.axis() == Identity.Axis.ROW && i.terms().size() == 1 && !i.terms().get(0).negative()
                        && (i.target().equals(la) && i.terms().get(0).ref().equals(lb)
                                || i.target().equals(lb) && i.terms().get(0).ref().equals(la)));
    }

    private static String line(Fact f) {
        Fact.Place p = f.place().orElseThrow();
        return TableText.column(p.table(), p.column().panel(), Role.LINE)
                .map(c -> p.table().rows().get(p.row()).cell(c).raw()).orElse("");
    }
}

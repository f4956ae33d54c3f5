package org.gongkai.check;

import org.gongkai.facts.TableText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.diag.Position;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Identity;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Table;

/** The identities a form prints under its table, evaluated on every row (栏) or column (行). */
final class IdentityRule {

    /** A row with the panel its 行次 belongs to. */
    private record Placed(Row row, int panel) {
    }

    private static final Cell NOTHING = new Cell("", Cell.CellKind.BLANK, null, null);

    private IdentityRule() {
    }

    static List<Finding> check(RuleContext c) {
        Disclosure d = c.disclosure();
        List<Finding> out = new ArrayList<>();
        d.tables().forEach(t -> {
            for (Identity identity : t.form().identities()) {
                if (identity.axis() == Identity.Axis.COLUMN) {
                    columns(d, t, identity, out);
                } else {
                    rows(d, t, identity, out);
                }
            }
        });
        return out;
    }

    private static void columns(Disclosure d, Table t, Identity identity, List<Finding> out) {
        Column target = t.form().columnByNumber(identity.target()).orElseThrow();
        for (Row row : t.rows()) {
            List<Cell> terms = new ArrayList<>();
            identity.terms().forEach(term -> terms.add(row.cell(t.form().columnByNumber(term.ref()).orElseThrow())));
            String subject = TableText.label(t) + " " + TableText.rowLabel(t, row, target.panel()) + " " + identity.rule();
            evaluate(d, identity, row.cell(target), terms, subject,
                    TableText.label(t) + " " + TableText.rowLabel(t, row, target.panel()) + "：" + target.col() + " 栏", Rule.IDENTITY_COLUMN, out);
        }
    }

    private static void rows(Disclosure d, Table t, Identity identity, List<Finding> out) {
        // 行次 → (row, panel): a panel form numbers the rows of each panel separately.
        Map<String, Placed> lines = new LinkedHashMap<>();
        for (Row row : t.rows()) {
            for (int p = 0; p < t.form().panelCount(); p++) {
                int panel = p;
                TableText.column(t, p, Role.LINE).ifPresent(c -> {
                    if (!row.cell(c).isBlank()) {
                        lines.putIfAbsent(row.cell(c).raw(), new Placed(row, panel));
                    }
                });
            }
        }
        Placed target = lines.get(identity.target());
        if (target == null) {
            return;
        }
        Row targetRow = target.row();
        int panel = target.panel();
        List<Column> amounts = TableText.amountColumns(t, panel);
        for (int k = 0; k < amounts.size(); k++) {
            List<Cell> terms = new ArrayList<>();
            for (Identity.Term term : identity.terms()) {
                // A 行次 the table does not print, or a shorter panel, holds nothing.
                Placed at = lines.get(term.ref());
                List<Column> cols = at == null ? List.of() : TableText.amountColumns(t, at.panel());
                terms.add(k < cols.size() ? at.row().cell(cols.get(k)) : NOTHING);
            }
            String where = TableText.label(t) + " " + amounts.get(k).label() + "：第 " + identity.target() + " 行";
            evaluate(d, identity, targetRow.cell(amounts.get(k)), terms,
                    TableText.label(t) + " " + identity.rule() + " " + amounts.get(k).label(), where, Rule.IDENTITY_ROW, out);
        }
    }

    private static void evaluate(Disclosure d, Identity identity, Cell target, List<Cell> terms, String subject,
            String where, Rule rule, List<Finding> out) {
        BigDecimal expected = Amounts.value(target);
        if (expected == null) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        int printed = 0;
        List<Position> related = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            BigDecimal v = Amounts.value(terms.get(i));
            if (v == null) {
                return;
            }
            if (terms.get(i).isAmount()) {
                printed++;
                related.add(terms.get(i).position());
            }
            sum = identity.terms().get(i).negative() ? sum.subtract(v) : sum.add(v);
        }
        if (target.isBlank() && printed == 0) {
            return;
        }
        BigDecimal diff = expected.subtract(sum).abs();
        if (Amounts.beyond(expected, sum, Amounts.tolerance(printed))) {
            out.add(new Finding(rule, d.path(), subject,
                    where + " " + show(target) + " ≠ " + rhs(identity) + " " + Amounts.format(sum) + "，相差 "
                            + Amounts.format(diff) + "（表样：" + identity.printed() + "）",
                    target.position(), related));
        } else if (diff.signum() != 0) {
            out.add(new Finding(Rule.ROUNDING_SUM, d.path(), subject,
                    where + " " + show(target) + " 与 " + rhs(identity) + " " + Amounts.format(sum) + " 相差 "
                            + Amounts.format(diff) + Rounding.withinSum(printed) + "（表样：" + identity.printed() + "）",
                    target.position(), related));
        }
    }

    private static String show(Cell c) {
        return c.isAmount() ? c.raw() : "（空白）";
    }

    private static String rhs(Identity identity) {
        String axis = identity.axis() == Identity.Axis.COLUMN ? " 栏" : " 行";
        StringBuilder b = new StringBuilder();
        for (Identity.Term term : identity.terms()) {
            b.append(b.length() == 0 ? (term.negative() ? "-" : "") : (term.negative() ? "-" : "+")).append(term.ref());
        }
        String refs = identity.terms().size() > 6
                ? identity.terms().get(0).ref() + "…" + identity.terms().get(identity.terms().size() - 1).ref()
                : b.toString();
        return "（" + refs + "）" + axis + "之和";
    }
}

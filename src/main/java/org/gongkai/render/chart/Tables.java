package org.gongkai.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.HeaderNode;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Table;

/**
 * Finding figures in published tables by what the forms say, not by position: a table by its form
 * id (the ids the bundled form sets share, such as {@code expense}), a column by its header label,
 * a row by its printed name. Nothing here guesses: a row without a name is not a total row.
 */
final class Tables {

    /** Names of the total row of a classification table (合计 row of 收入/支出决算表). */
    static final Set<String> TOTAL_ROW = Set.of("合计", "总计");
    /** Labels of a group's own subtotal column (基本支出 → 小计). */
    static final Set<String> SUBTOTAL = Set.of("小计", "合计");

    private Tables() {
    }

    /** A column of a table together with the header label it is known by. */
    record Labelled(String label, Column column) {
    }

    static Optional<Table> byForm(Disclosure d, String formId) {
        return d.tables().filter(t -> t.form().id().equals(formId)).findFirst();
    }

    /** Whitespace removed, for comparing printed names. */
    static String normal(String s) {
        return s.replaceAll("[\\s\u3000]+", "");
    }

    /** The first amount column of a table: the row total of classification tables (合计, 本年支出合计 …). */
    static Optional<Labelled> firstAmount(Table t) {
        return leaves(t.form().header(), "").stream().filter(l -> l.column().role() == Role.AMOUNT).findFirst();
    }

    /** The total row: no code, and named 合计 or 总计 in its name column. */
    static Optional<Row> totalRow(Table t) {
        Optional<Column> name = t.form().columns().stream().filter(c -> c.role() == Role.NAME).findFirst();
        if (name.isEmpty()) {
            // A form without a name column that prints one row (a department's 收入总表) is its own total.
            return t.rows().size() == 1 ? Optional.of(t.rows().get(0)) : Optional.empty();
        }
        return t.rows().stream()
                .filter(r -> t.form().columns().stream().noneMatch(c -> c.role() == Role.CODE && !r.cell(c).isBlank()))
                .filter(r -> TOTAL_ROW.contains(normal(r.cell(name.get()).raw())))
                .findFirst();
    }

    static Optional<BigDecimal> amount(Row row, Column c) {
        Cell cell = row.cell(c);
        return cell.isAmount() ? Optional.of(cell.value()) : Optional.empty();
    }

    /**
     * The parts the total column of {@code t} splits into: the header nodes after it at its own level.
     * A part that is a group counts by its own 小计 column when it has one ({@code deep} false), or
     * by its member columns ({@code deep} true, e.g. 本年收入 → 一般公共预算, 事业收入 …).
     */
    static List<Labelled> partsOfTotal(Table t, boolean deep) {
        Optional<Labelled> total = firstAmount(t);
        if (total.isEmpty()) {
            return List.of();
        }
        List<HeaderNode> siblings = siblingsOf(t.form().header(), total.get().column());
        List<Labelled> parts = new ArrayList<>();
        boolean after = false;
        for (HeaderNode node : siblings) {
            if (node.isLeaf() && node.leaf().index() == total.get().column().index()) {
                after = true;
            } else if (after) {
                parts.addAll(resolve(node, deep, ""));
            }
        }
        return disambiguate(parts);
    }

    private static List<Labelled> resolve(HeaderNode node, boolean deep, String group) {
        if (node.isLeaf()) {
            return node.leaf().role() == Role.AMOUNT && !SUBTOTAL.contains(normal(node.label()))
                    ? List.of(new Labelled(qualified(group, node.label()), node.leaf()))
                    : List.of();
        }
        Optional<HeaderNode> subtotal = node.children().stream()
                .filter(c -> c.isLeaf() && SUBTOTAL.contains(normal(c.label())) && c.leaf().role() == Role.AMOUNT)
                .findFirst();
        if (!deep && subtotal.isPresent()) {
            return List.of(new Labelled(qualified(group, node.label()), subtotal.get().leaf()));
        }
        List<Labelled> out = new ArrayList<>();
        for (HeaderNode child : node.children()) {
            out.addAll(resolve(child, deep, node.label()));
        }
        return out;
    }

    /** "本年收入\u0000一般公共预算": the group is kept only until we know whether the label is ambiguous. */
    private static String qualified(String group, String label) {
        return group.isEmpty() ? label : group + "\u0000" + label;
    }

    /** A member label keeps its group's name ("上年结转结余·一般公共预算") only when it occurs twice. */
    private static List<Labelled> disambiguate(List<Labelled> parts) {
        List<Labelled> out = new ArrayList<>();
        for (Labelled p : parts) {
            String bare = bare(p.label());
            long same = parts.stream().filter(o -> bare(o.label()).equals(bare)).count();
            out.add(new Labelled(same > 1 ? p.label().replace("\u0000", "·") : bare, p.column()));
        }
        return out;
    }

    private static String bare(String qualified) {
        return qualified.substring(qualified.indexOf('\u0000') + 1);
    }

    private static List<HeaderNode> siblingsOf(List<HeaderNode> level, Column leaf) {
        for (HeaderNode n : level) {
            if (n.isLeaf() && n.leaf().index() == leaf.index()) {
                return level;
            }
        }
        for (HeaderNode n : level) {
            if (!n.isLeaf()) {
                List<HeaderNode> found = siblingsOf(n.children(), leaf);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private static List<Labelled> leaves(List<HeaderNode> nodes, String group) {
        List<Labelled> out = new ArrayList<>();
        for (HeaderNode n : nodes) {
            if (n.isLeaf()) {
                out.add(new Labelled(n.label(), n.leaf()));
            } else {
                out.addAll(leaves(n.children(), n.label()));
            }
        }
        return out;
    }

    /**
     * In a summary table of side-by-side panels (收入 | 支出), the row whose name printed in
     * {@code panel} is one of {@code names}, e.g. 总计 or 本年支出合计.
     */
    static Optional<Row> panelRow(Table t, int panel, Set<String> names) {
        Optional<Column> name = t.form().panel(panel).stream().filter(c -> c.role() == Role.NAME).findFirst();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return t.rows().stream()
                .filter(r -> names.contains(normal(r.cell(name.get()).raw())))
                .findFirst();
    }

    /** The first amount of {@code panel} on {@code row}. */
    static Optional<BigDecimal> panelAmount(Table t, int panel, Row row) {
        return t.form().panel(panel).stream().filter(c -> c.role() == Role.AMOUNT).findFirst()
                .flatMap(c -> amount(row, c));
    }
}

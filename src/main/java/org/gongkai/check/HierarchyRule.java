package org.gongkai.check;

import org.gongkai.facts.TableText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.diag.Position;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Table;

/**
 * 类 = Σ 款 and 款 = Σ 项 wherever a table lists the lower level, and a 合计 row = Σ 类. Panels
 * that continue one list side by side (表6's 公用经费 in two panels) are read as one list.
 */
final class HierarchyRule {

    /** A row of a list with the amount cells it holds, in the order of the panel's amount columns. */
    private record Entry(String code, String name, String label, List<Cell> amounts) {
    }

    /** One list: the headings of its amount columns and its rows. */
    private record Listing(List<String> columns, List<Entry> entries) {
    }

    private HierarchyRule() {
    }

    static List<Finding> check(RuleContext c) {
        Disclosure d = c.disclosure();
        List<Finding> out = new ArrayList<>();
        d.tables().forEach(t -> lists(t).values().forEach(l -> checkList(d, t, l.columns(), l.entries(), out)));
        return out;
    }

    /** The table's classification lists, keyed by the headings of their amount columns. */
    private static Map<List<String>, Listing> lists(Table t) {
        Map<List<String>, Listing> lists = new LinkedHashMap<>();
        for (int p = 0; p < t.form().panelCount(); p++) {
            if (TableText.column(t, p, Role.CODE).isEmpty()) {
                continue;
            }
            List<Column> amounts = TableText.amountColumns(t, p);
            List<String> key = amounts.stream().map(c -> c.hasMeasure() ? c.measure().key() : c.label()).toList();
            List<Entry> entries = lists.computeIfAbsent(key,
                    k -> new Listing(amounts.stream().map(TableText::columnLabel).toList(), new ArrayList<>())).entries();
            for (Row row : t.rows()) {
                String code = TableText.code(t, row, p);
                String name = TableText.name(t, row, p);
                if (code.isEmpty() && name.isEmpty()) {
                    continue;
                }
                entries.add(new Entry(code, name, TableText.rowLabel(t, row, p), amounts.stream().map(row::cell).toList()));
            }
        }
        return lists;
    }

    private static void checkList(Disclosure d, Table t, List<String> columns, List<Entry> entries, List<Finding> out) {
        Map<String, Entry> byCode = new LinkedHashMap<>();
        List<Entry> totals = new ArrayList<>();
        for (Entry e : entries) {
            if (e.code().matches("\\d{3}|\\d{5}|\\d{7}")) {
                byCode.putIfAbsent(e.code(), e);
            } else if (e.code().isEmpty() && t.form().isTotalRow(TableText.bareName(e.name()))) {
                totals.add(e);
            }
        }
        // Children by their parent's code: one pass, however many rows the table has.
        Map<String, List<Entry>> children = new LinkedHashMap<>();
        for (Entry c : byCode.values()) {
            if (c.code().length() > 3) {
                children.computeIfAbsent(c.code().substring(0, c.code().length() - 2), k -> new ArrayList<>()).add(c);
            }
        }
        for (Entry parent : byCode.values()) {
            compare(d, t, columns, parent, children.getOrDefault(parent.code(), List.of()), "其下各" + childLevel(parent.code()), out);
        }
        List<Entry> classes = byCode.values().stream().filter(e -> Catalogue.level(e.code()) == 1).toList();
        if (!classes.isEmpty()) {
            List<Sum> classSums = sums(classes, columns.size());
            for (Entry total : totals) {
                compareSums(d, t, columns, total, classSums, "各类", out);
            }
        }
    }

    /** What the children hold in one amount column: their sum, how many print an amount, where, and whether one is text. */
    private record Sum(BigDecimal value, int printed, List<Position> related, boolean text) {
    }

    /** Column by column, computed once for a list of children however many parents compare with it. */
    private static List<Sum> sums(List<Entry> children, int columns) {
        List<Sum> out = new ArrayList<>();
        for (int k = 0; k < columns; k++) {
            BigDecimal sum = BigDecimal.ZERO;
            int printed = 0;
            List<Position> related = new ArrayList<>();
            boolean text = false;
            for (Entry child : children) {
                Cell c = child.amounts().get(k);
                BigDecimal v = Amounts.value(c);
                text |= v == null;
                if (v != null) {
                    sum = sum.add(v);
                }
                if (c.isAmount()) {
                    printed++;
                    related.add(c.position());
                }
            }
            out.add(new Sum(sum, printed, List.copyOf(related), text));
        }
        return out;
    }

    private static void compare(Disclosure d, Table t, List<String> columns, Entry parent, List<Entry> children,
            String what, List<Finding> out) {
        if (!children.isEmpty()) {
            compareSums(d, t, columns, parent, sums(children, parent.amounts().size()), what, out);
        }
    }

    private static void compareSums(Disclosure d, Table t, List<String> columns, Entry parent, List<Sum> sums,
            String what, List<Finding> out) {
        for (int k = 0; k < parent.amounts().size(); k++) {
            Cell target = parent.amounts().get(k);
            BigDecimal expected = Amounts.value(target);
            Sum s = sums.get(k);
            if (expected == null || s.text() || target.isBlank() && s.printed() == 0) {
                continue;
            }
            String column = columns.get(k);
            String subject = TableText.label(t) + " " + parent.label() + " " + column;
            String figure = TableText.label(t) + " " + parent.label() + "（" + column + "）" + (target.isAmount() ? target.raw() : "（空白）");
            BigDecimal diff = expected.subtract(s.value()).abs();
            if (Amounts.beyond(expected, s.value(), Amounts.tolerance(s.printed()))) {
                out.add(new Finding(Rule.HIERARCHY, d.path(), subject,
                        figure + " ≠ " + what + "之和 " + Amounts.format(s.value()) + "，相差 " + Amounts.format(diff),
                        target.position(), s.related()));
            } else if (diff.signum() != 0) {
                out.add(new Finding(Rule.ROUNDING_SUM, d.path(), subject,
                        figure + " 与" + what + "之和 " + Amounts.format(s.value()) + " 相差 " + Amounts.format(diff)
                                + Rounding.withinSum(s.printed()),
                        target.position(), s.related()));
            }
        }
    }

    private static String childLevel(String code) {
        return code.length() == 3 ? "款" : "项";
    }
}

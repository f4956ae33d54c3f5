package org.gongkai.check;

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

    static List<Finding> check(Disclosure d) {
        List<Finding> out = new ArrayList<>();
        d.tables().forEach(t -> lists(t).values().forEach(l -> checkList(d, t, l.columns(), l.entries(), out)));
        return out;
    }

    /** The table's classification lists, keyed by the headings of their amount columns. */
    private static Map<List<String>, Listing> lists(Table t) {
        Map<List<String>, Listing> lists = new LinkedHashMap<>();
        for (int p = 0; p < t.form().panelCount(); p++) {
            if (Tables.column(t, p, Role.CODE).isEmpty()) {
                continue;
            }
            List<Column> amounts = Tables.amountColumns(t, p);
            List<String> key = amounts.stream().map(c -> c.measure().isEmpty() ? c.label() : c.measure()).toList();
            List<Entry> entries = lists.computeIfAbsent(key,
                    k -> new Listing(amounts.stream().map(Tables::columnLabel).toList(), new ArrayList<>())).entries();
            for (Row row : t.rows()) {
                String code = Tables.code(t, row, p);
                String name = Tables.name(t, row, p);
                if (code.isEmpty() && name.isEmpty()) {
                    continue;
                }
                entries.add(new Entry(code, name, Tables.rowLabel(t, row, p), amounts.stream().map(row::cell).toList()));
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
            } else if (e.code().isEmpty() && isTotal(e.name())) {
                totals.add(e);
            }
        }
        for (Entry parent : byCode.values()) {
            List<Entry> children = byCode.values().stream()
                    .filter(c -> c.code().length() == parent.code().length() + 2 && c.code().startsWith(parent.code()))
                    .toList();
            compare(d, t, columns, parent, children, "其下各" + childLevel(parent.code()), out);
        }
        List<Entry> classes = byCode.values().stream().filter(e -> Catalogue.level(e.code()) == 1).toList();
        for (Entry total : totals) {
            compare(d, t, columns, total, classes, "各类", out);
        }
    }

    private static void compare(Disclosure d, Table t, List<String> columns, Entry parent, List<Entry> children,
            String what, List<Finding> out) {
        if (children.isEmpty()) {
            return;
        }
        for (int k = 0; k < parent.amounts().size(); k++) {
            Cell target = parent.amounts().get(k);
            BigDecimal expected = Amounts.value(target);
            BigDecimal sum = BigDecimal.ZERO;
            int printed = 0;
            List<Position> related = new ArrayList<>();
            boolean text = expected == null;
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
            if (text || target.isBlank() && printed == 0) {
                continue;
            }
            if (Amounts.beyond(expected, sum, Amounts.tolerance(printed))) {
                String column = columns.get(k);
                out.add(new Finding(Rule.HIERARCHY, d.path(), Tables.label(t) + " " + parent.label() + " " + column,
                        Tables.label(t) + " " + parent.label() + "（" + column + "）" + (target.isAmount() ? target.raw() : "（空白）")
                                + " ≠ " + what + "之和 " + Amounts.format(sum) + "，相差 " + Amounts.format(expected.subtract(sum).abs()),
                        target.position(), related));
            }
        }
    }

    static boolean isTotal(String name) {
        String n = Tables.bareName(name);
        return n.equals("合计") || n.equals("总计") || n.endsWith("合计");
    }

    private static String childLevel(String code) {
        return code.length() == 3 ? "款" : "项";
    }
}

package org.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Column;
import org.gongkai.model.Form;
import org.gongkai.model.HeaderNode;
import org.gongkai.model.Role;

/**
 * Places a form's columns on a sheet's header. Each sheet column's header reads top-down through
 * the header rows (merged cells count in every column they cover; repeated, empty and 单位 cells are
 * left out); its last label must be the form column's label and any label above must be one of the
 * column's groups. Form columns are matched left to right, so repeated labels of side-by-side panels
 * fall into place; columns with no header are spacers; a code printed in the name column (one cell
 * "201 一般公共服务支出") is taken when the sheet has no code column. The header is as many rows as
 * the first depth at which every column matches; when none does, the error is the one of the depth
 * that placed the most columns.
 */
final class HeaderMatcher {

    /** Where each form column is on the sheet, and where the body begins. */
    record Layout(int[] columnOf, boolean[] codeInName, int bodyStart) {
    }

    private HeaderMatcher() {
    }

    static Layout match(Grid grid, Form form, int top) throws ImportException {
        int depth = form.headerDepth();
        if (top >= grid.rows()) {
            throw new ImportException(grid.at(top, 0), "表头缺失：表样“" + form.name() + "”的表头有 " + depth + " 行，工作表在此结束");
        }
        Attempt furthest = null;
        for (int k = 1; k <= depth + 2 && top + k <= grid.rows(); k++) {
            Attempt a = align(grid, form, top, k);
            if (a.error() == null) {
                return columnNumbers(grid, form, a.layout());
            }
            if (furthest == null || a.matched() > furthest.matched()) {
                furthest = a;
            }
        }
        throw furthest.error();
    }

    /** One try at a header depth: the layout, or the error and how many form columns were placed before it. */
    private record Attempt(Layout layout, ImportException error, int matched) {
    }

    private static Attempt align(Grid grid, Form form, int top, int k) {
        List<List<String>> paths = paths(form);
        List<Column> columns = form.columns();
        int[] columnOf = new int[columns.size()];
        boolean[] codeInName = new boolean[columns.size()];
        int f = 0;
        int last = -1;
        for (int c = 0; c < grid.columns(); c++) {
            List<String> sheet = sheetPath(grid, top, k, c);
            if (sheet.isEmpty()) {
                continue;
            }
            if (f >= columns.size()) {
                return fail(f, new ImportException(grid.at(labelRow(grid, top, k, c), c), "表头“" + String.join("/", sheet)
                        + "”不是表样“" + form.name() + "”的列：该表样只有 " + columns.size() + " 列"));
            }
            if (matches(sheet, paths.get(f))) {
                columnOf[f++] = c;
            } else if (columns.get(f).role() == Role.CODE && f + 1 < columns.size()
                    && columns.get(f + 1).role() == Role.NAME && matches(sheet, paths.get(f + 1))) {
                columnOf[f] = c;
                codeInName[f] = true;
                columnOf[f + 1] = c;
                f += 2;
            } else {
                return fail(f, new ImportException(grid.at(labelRow(grid, top, k, c), c), "表头“" + String.join("/", sheet)
                        + "”不是表样“" + form.name() + "”的列；这里应为“" + String.join("/", paths.get(f)) + "”"));
            }
            last = c;
        }
        if (f < columns.size()) {
            return fail(f, new ImportException(grid.at(top, last + 1), "表头在此中断：缺少表样“" + form.name() + "”的“"
                    + String.join("/", paths.get(f)) + "”" + (columns.size() - f > 1 ? "等 " + (columns.size() - f) + " 列" : "一列")));
        }
        return new Attempt(new Layout(columnOf, codeInName, top + k), null, f);
    }

    private static Attempt fail(int matched, ImportException e) {
        return new Attempt(null, e, matched);
    }

    /** A 栏次 row under the header (栏次, 甲/乙, or the form's column numbers) is not a body row. */
    private static Layout columnNumbers(Grid grid, Form form, Layout layout) {
        int r = layout.bodyStart();
        if (r >= grid.rows()) {
            return layout;
        }
        boolean label = false;
        boolean numbers = true;
        int filled = 0;
        for (Column c : form.columns()) {
            String t = Text.norm(grid.own(r, layout.columnOf()[c.index()]));
            if (t.isEmpty()) {
                continue;
            }
            filled++;
            label |= t.equals("栏次") || t.equals("行次") || t.equals("甲") || t.equals("乙");
            numbers &= !c.col().isEmpty() && t.equals(c.col()) || t.equals("栏次") || t.equals("甲") || t.equals("乙");
        }
        boolean isNumberRow = label || filled > 0 && numbers;
        return isNumberRow ? new Layout(layout.columnOf(), layout.codeInName(), r + 1) : layout;
    }

    private static int labelRow(Grid grid, int top, int k, int c) {
        for (int r = top + k - 1; r > top; r--) {
            if (!grid.own(r, c).isEmpty()) {
                return r;
            }
        }
        return top;
    }

    private static List<String> sheetPath(Grid grid, int top, int k, int c) {
        List<String> path = new ArrayList<>();
        for (int r = top; r < top + k; r++) {
            String t = grid.shown(r, c);
            if (t.isEmpty() || Text.isMeta(t)) {
                continue;
            }
            String n = Text.norm(t);
            if (path.isEmpty() || !path.get(path.size() - 1).equals(n)) {
                path.add(n);
            }
        }
        return path;
    }

    private static boolean matches(List<String> sheet, List<String> form) {
        return sheet.get(sheet.size() - 1).equals(form.get(form.size() - 1)) && form.containsAll(sheet);
    }

    /** Every leaf column's labels from the top, normalised. */
    static List<List<String>> paths(Form form) {
        List<List<String>> paths = new ArrayList<>();
        for (int i = 0; i < form.columns().size(); i++) {
            paths.add(List.of());
        }
        for (HeaderNode node : form.header()) {
            collect(node, List.of(), paths);
        }
        return paths;
    }

    private static void collect(HeaderNode node, List<String> above, List<List<String>> paths) {
        List<String> path = new ArrayList<>(above);
        String n = Text.norm(node.label());
        if (path.isEmpty() || !path.get(path.size() - 1).equals(n)) {
            path.add(n);
        }
        if (node.isLeaf()) {
            paths.set(node.leaf().index(), List.copyOf(path));
            return;
        }
        for (HeaderNode child : node.children()) {
            collect(child, path, paths);
        }
    }

    /** Every label in the form's header, normalised: a row with one of them starts the header. */
    static boolean isLabel(Form form, String text) {
        String n = Text.norm(text);
        return !n.isEmpty() && paths(form).stream().anyMatch(p -> p.contains(n));
    }
}

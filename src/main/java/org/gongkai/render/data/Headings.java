package org.gongkai.render.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gongkai.model.Column;
import org.gongkai.model.Form;
import org.gongkai.model.HeaderNode;

/**
 * The column headings of a form's data files: each leaf column's full header path joined with "/"
 * (e.g. 支出/决算数/合计), made unique within the form, and safe as a spreadsheet cell
 * ({@link CellValues#formulaSafe}), so the CSV header, datapackage.json and the JSON name a column
 * alike. Side-by-side panels repeat their labels, so a
 * repeated heading gets its panel number (项目（第2组）), and anything still repeated a counter.
 */
record Headings(List<Heading> all) {

    /** One leaf column: its header labels from the top and its unique heading. */
    public record Heading(Column column, List<String> labels, String name) {
        public Heading {
            labels = List.copyOf(labels);
        }
    }

    public Headings {
        all = List.copyOf(all);
    }

    public static Headings of(Form form) {
        List<List<String>> paths = new ArrayList<>();
        for (int i = 0; i < form.columns().size(); i++) {
            paths.add(List.of());
        }
        for (HeaderNode node : form.header()) {
            collect(node, new ArrayList<>(), paths);
        }
        List<String> names = new ArrayList<>();
        for (List<String> p : paths) {
            names.add(CellValues.formulaSafe(String.join("/", p)));
        }
        if (form.panelCount() > 1) {
            Map<String, Integer> counts = counts(names);
            for (int i = 0; i < names.size(); i++) {
                if (counts.get(names.get(i)) > 1) {
                    names.set(i, names.get(i) + "（第" + (form.columns().get(i).panel() + 1) + "组）");
                }
            }
        }
        Map<String, Integer> counts = counts(names);
        Map<String, Integer> seen = new HashMap<>();
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (counts.get(name) > 1) {
                int n = seen.merge(name, 1, Integer::sum);
                name = name + "（" + n + "）";
            }
            headings.add(new Heading(form.columns().get(i), paths.get(i), name));
        }
        return new Headings(headings);
    }

    public List<String> names() {
        return all.stream().map(Heading::name).toList();
    }

    public Heading get(Column column) {
        return all.get(column.index());
    }

    private static void collect(HeaderNode node, List<String> above, List<List<String>> paths) {
        List<String> path = new ArrayList<>(above);
        path.add(node.label());
        if (node.isLeaf()) {
            paths.set(node.leaf().index(), List.copyOf(path));
            return;
        }
        for (HeaderNode child : node.children()) {
            collect(child, path, paths);
        }
    }

    private static Map<String, Integer> counts(List<String> names) {
        Map<String, Integer> counts = new HashMap<>();
        for (String n : names) {
            counts.merge(n, 1, Integer::sum);
        }
        return counts;
    }
}

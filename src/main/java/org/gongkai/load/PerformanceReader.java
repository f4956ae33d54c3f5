package org.gongkai.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Position;
import org.gongkai.model.PerformanceForm;
import org.gongkai.model.PerformanceForm.Block;
import org.gongkai.model.PerformanceForm.ColumnRole;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the forms of a performance part; every cell stays text exactly as written. */
final class PerformanceReader {

    private final String file;
    private final Diagnostics diagnostics;

    PerformanceReader(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    List<PerformanceForm> read(MapReader part) {
        List<PerformanceForm> forms = new ArrayList<>();
        for (Node n : part.requiredList("forms", "列出本部分的每张绩效表")) {
            MapReader.of(n, file, diagnostics, "绩效表").flatMap(this::form).ifPresent(forms::add);
        }
        return forms;
    }

    private Optional<PerformanceForm> form(MapReader map) {
        map.allow("kind", "number", "title", "project", "unit", "intro", "missing", "blocks");
        Optional<PerformanceForm.Kind> kind = map.required("kind", "绩效表类型").flatMap(s -> {
            Optional<PerformanceForm.Kind> k = Arrays.stream(PerformanceForm.Kind.values())
                    .filter(x -> x.key().equals(s.text())).findFirst();
            if (k.isEmpty()) {
                diagnostics.error(s.position(), "performance.kind", "未知的绩效表类型“" + s.text() + "”",
                        "可用：" + String.join("、", Arrays.stream(PerformanceForm.Kind.values()).map(PerformanceForm.Kind::key).toList()));
            }
            return k;
        });
        List<Block> blocks = new ArrayList<>();
        for (Node b : map.requiredList("blocks", "自上而下列出表中各块：fields、grid 或 text")) {
            MapReader.of(b, file, diagnostics, "绩效表中的一块").flatMap(this::block).ifPresent(blocks::add);
        }
        return kind.map(k -> new PerformanceForm(k, map.text("number"), map.text("title"), map.text("project"),
                map.text("unit"), map.text("intro"), map.text("missing"), blocks, map.position()));
    }

    private Optional<Block> block(MapReader map) {
        map.allow("fields", "grid", "text");
        if (map.has("fields")) {
            List<PerformanceForm.Field> fields = new ArrayList<>();
            for (Node f : map.list("fields")) {
                List<Scalar> pair = MapReader.scalarsOf(f, file, diagnostics);
                if (pair.size() != 2) {
                    diagnostics.error(Nodes.position(file, f), "performance.field", "fields 的每一项应为 [名称, 内容] 两格",
                            "例如 [部门名称, 汉阳区大数据中心]");
                    continue;
                }
                fields.add(new PerformanceForm.Field(pair.get(0).text(), pair.get(1).text(), pair.get(1).position()));
            }
            return Optional.of(new PerformanceForm.Fields(fields));
        }
        if (map.has("grid")) {
            return map.map("grid", "表格块").flatMap(this::grid);
        }
        if (map.has("text")) {
            return map.map("text", "文字块").map(t -> {
                t.allow("label", "body");
                return new PerformanceForm.Text(t.text("label"), t.text("body"));
            });
        }
        diagnostics.error(map.position(), "performance.block", "绩效表中的一块应有 fields、grid 或 text", "");
        return Optional.empty();
    }

    private Optional<Block> grid(MapReader g) {
        g.allow("title", "role", "columns", "roles", "groups", "rows");
        List<String> columns = g.scalars("columns").stream().map(Scalar::text).toList();
        int groups = g.scalar("groups").map(s -> {
            if (!s.text().matches("\\d")) {
                diagnostics.error(s.position(), "performance.groups", "groups 应为 0–9 的整数", "树形列（一级、二级指标）的列数");
                return 0;
            }
            return Integer.parseInt(s.text());
        }).orElse(0);
        List<List<String>> rows = new ArrayList<>();
        List<List<Position>> at = new ArrayList<>();
        for (Node r : g.list("rows")) {
            List<Scalar> cells = MapReader.scalarsOf(r, file, diagnostics);
            if (cells.size() != columns.size()) {
                diagnostics.error(Nodes.position(file, r), "performance.row-width",
                        "这一行有 " + cells.size() + " 格，而 columns 有 " + columns.size() + " 列", "按列顺序每列一格，空白写 \"\"");
                continue;
            }
            rows.add(cells.stream().map(Scalar::text).toList());
            at.add(cells.stream().map(Scalar::position).toList());
        }
        return Optional.of(new PerformanceForm.Grid(g.text("title"), g.text("role"), columns, roles(g, columns),
                Math.min(groups, columns.size()), rows, at, g.position()));
    }

    /** Column roles as the content gives them, else as the column labels imply. */
    private List<ColumnRole> roles(MapReader g, List<String> columns) {
        List<ColumnRole> derived = columns.stream().map(ColumnRole::ofLabel).toList();
        if (!g.has("roles")) {
            return derived;
        }
        List<Scalar> given = g.scalars("roles");
        if (given.size() != columns.size()) {
            diagnostics.error(g.position(), "performance.roles", "roles 有 " + given.size() + " 项，而 columns 有 "
                    + columns.size() + " 列", "按列顺序每列写一个含义，如 [text, budget, executed, rate, score]");
            return derived;
        }
        List<ColumnRole> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Scalar s = given.get(i);
            Optional<ColumnRole> r = ColumnRole.ofKey(s.text());
            if (r.isEmpty()) {
                diagnostics.error(s.position(), "performance.roles", "未知的列含义“" + s.text() + "”",
                        "可用：" + String.join("、", Arrays.stream(ColumnRole.values()).map(ColumnRole::key).toList()));
            }
            out.add(r.orElse(derived.get(i)));
        }
        return out;
    }
}

package org.gongkai.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Printable;
import org.gongkai.diag.Position;
import org.gongkai.model.GridLayout;
import org.gongkai.model.Limits;
import org.gongkai.model.PerformanceForm;
import org.gongkai.model.PerformanceForm.Block;
import org.gongkai.model.PerformanceForm.ColumnRole;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the forms of a performance part; every cell stays text exactly as written. */
final class PerformanceReader {

    private final String file;
    private final Diagnostics diagnostics;
    private final Map<String, GridLayout> layouts;
    private final GridShapeReader shape;

    PerformanceReader(String file, Diagnostics diagnostics, Map<String, GridLayout> layouts) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.layouts = layouts;
        this.shape = new GridShapeReader(diagnostics);
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
                diagnostics.report(s.position(), Code.PERFORMANCE_KIND, "未知的绩效表类型“" + Printable.excerpt(s.text()) + "”",
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
                    diagnostics.report(Nodes.position(file, f), Code.PERFORMANCE_FIELD, "fields 的每一项应为 [名称, 内容] 两格",
                            "例如 [部门名称, 汉阳区大数据中心]");
                    continue;
                }
                String label = pair.get(0).text();
                Scalar value = pair.get(1);
                boolean score = label.contains("得分") || label.contains("分值");
                bounded(label, value, score ? NumberBounds.score(value.text()) : NumberBounds.formAmountDigits(value.text()));
                fields.add(new PerformanceForm.Field(label, value.text(), value.position()));
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
        diagnostics.report(map.position(), Code.PERFORMANCE_BLOCK, "绩效表中的一块应有 fields、grid 或 text", "");
        return Optional.empty();
    }

    /**
     * A grid as written, or as its layout gives it with the keys the grid writes itself taking
     * precedence (a title or a column label printed differently on this form).
     */
    private Optional<Block> grid(MapReader g) {
        g.allow("layout", "title", "role", "columns", "roles", "groups", "rows");
        if (!g.has("layout")) {
            return Optional.of(grid(g, Optional.empty()));
        }
        Optional<Scalar> id = g.required("layout", "表格版式标识，见 src/main/resources/performance/");
        Optional<GridLayout> layout = id.map(s -> layouts.get(s.text()));
        if (id.isPresent() && layout.isEmpty()) {
            diagnostics.report(id.get().position(), Code.PERFORMANCE_LAYOUT, "找不到表格版式“" + Printable.excerpt(id.get().text()) + "”",
                    "可用的版式：" + String.join("、", layouts.keySet()) + "；也可以在 content/performance/ 中添加");
        }
        // Without its layout the grid has no columns: its rows would only add noise to the error.
        return layout.map(l -> grid(g, Optional.of(l)));
    }

    private Block grid(MapReader g, Optional<GridLayout> layout) {
        Optional<List<String>> written = shape.columns(g);
        List<String> columns = written.or(() -> layout.map(GridLayout::columns)).orElse(List.of());
        String source = written.isEmpty() && layout.isPresent() ? "版式“" + layout.get().id() + "”" : " columns ";
        int groups = shape.groups(g, columns.size())
                .orElse(layout.map(l -> Math.min(l.groups(), columns.size())).orElse(0));
        List<ColumnRole> roles = roles(g, columns, layout);
        List<List<String>> rows = new ArrayList<>();
        List<List<Position>> at = new ArrayList<>();
        for (Node r : g.list("rows")) {
            List<Scalar> cells = MapReader.scalarsOf(r, file, diagnostics);
            if (cells.size() != columns.size()) {
                diagnostics.report(Nodes.position(file, r), Code.PERFORMANCE_ROW_WIDTH,
                        "这一行有 " + cells.size() + " 格，而" + source + "有 " + columns.size() + " 列", "按列顺序每列一格，空白写 \"\"");
                continue;
            }
            for (int i = 0; i < cells.size() && i < roles.size(); i++) {
                bounded(columns.get(i), cells.get(i), number(roles.get(i), cells.get(i).text()));
            }
            rows.add(cells.stream().map(Scalar::text).toList());
            at.add(cells.stream().map(Scalar::position).toList());
        }
        String title = shape.title(g).or(() -> layout.flatMap(GridLayout::title)).orElse("");
        String use = shape.use(g).or(() -> layout.flatMap(GridLayout::role)).orElse("");
        return new PerformanceForm.Grid(title, use, columns, roles, groups, rows, at, g.position());
    }

    /** Why a cell is beyond the bounds its column's role sets (scores, rates, amounts); empty if it is not. */
    private static Optional<String> number(ColumnRole role, String cell) {
        return switch (role) {
            case SCORE, WEIGHT -> NumberBounds.score(cell);
            case RATE -> NumberBounds.rate(cell);
            case BUDGET, BUDGET_INITIAL, EXECUTED, AMOUNT -> NumberBounds.formAmountDigits(cell);
            case TEXT -> Optional.empty();
        };
    }

    private void bounded(String label, Scalar cell, Optional<String> problem) {
        problem.ifPresent(p -> diagnostics.report(cell.position(), Code.PERFORMANCE_NUMBER,
                "“" + Printable.excerpt(label) + "”的数字“" + Printable.excerpt(cell.text().strip()) + "”：" + p,
                "绩效表的得分和分值不超过 " + String.format("%,d", Limits.SCORE_MAX) + "，执行率不超过 "
                        + String.format("%,d", Limits.RATE_MAX) + "%，金额整数最多 " + Limits.AMOUNT_INTEGER_DIGITS
                        + " 位、小数最多 " + Limits.AMOUNT_DECIMALS + " 位；照原文填写"));
    }

    /**
     * Roles written in the grid; else the layout's, when it has them for this many columns; else
     * what the labels imply.
     */
    private List<ColumnRole> roles(MapReader g, List<String> columns, Optional<GridLayout> layout) {
        if (g.has("roles")) {
            return shape.roles(g, columns).orElse(GridShapeReader.derived(columns));
        }
        List<ColumnRole> inherited = layout.map(GridLayout::roles).orElse(List.of());
        if (!inherited.isEmpty() && inherited.size() != columns.size()) {
            diagnostics.report(g.position(), Code.PERFORMANCE_ROLES, "版式“" + layout.get().id() + "”的 roles 有 " + inherited.size()
                    + " 项，而本表格的 columns 有 " + columns.size() + " 列", "在本表格中按列写出 roles");
            return GridShapeReader.derived(columns);
        }
        return inherited.isEmpty() ? GridShapeReader.derived(columns) : inherited;
    }
}

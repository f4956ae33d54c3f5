package org.gongkai.load;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Printable;
import org.gongkai.model.GridLayout;
import org.gongkai.model.PerformanceForm.ColumnRole;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads files of performance grid layouts (绩效表格版式) into one map by id. One reader reads one
 * group of files (bundled, or the site's); an id defined twice within the group is an error,
 * while the caller lets the site's group replace bundled layouts of the same id.
 */
final class GridLayoutReader {

    private final Diagnostics diagnostics;
    private final GridShapeReader shape;
    private final Map<String, GridLayout> layouts = new TreeMap<>();

    GridLayoutReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        this.shape = new GridShapeReader(diagnostics);
    }

    void read(Node root, String file) {
        MapReader.of(root, file, diagnostics, "绩效表格版式文件").ifPresent(map -> {
            map.allow("name", "layouts");
            for (Node n : map.requiredList("layouts", "列出本文件的每个表格版式")) {
                MapReader.of(n, file, diagnostics, "表格版式").flatMap(this::layout).ifPresent(this::add);
            }
        });
    }

    Map<String, GridLayout> layouts() {
        return new TreeMap<>(layouts);
    }

    private void add(GridLayout layout) {
        GridLayout first = layouts.putIfAbsent(layout.id(), layout);
        if (first != null) {
            diagnostics.report(layout.position(), Code.LAYOUT_DUPLICATE, "表格版式“" + layout.id() + "”重复定义（第一次在 "
                    + first.position().file() + ":" + first.position().line() + ":" + first.position().column() + "）",
                    "同一处（内置或本站）的版式 id 必须唯一；本站的版式可以覆盖同 id 的内置版式");
        }
    }

    private Optional<GridLayout> layout(MapReader map) {
        map.allow("id", "title", "role", "columns", "roles", "groups");
        Optional<Scalar> id = map.required("id", "版式标识，只用小写字母、数字和连字符，如 self-evaluation-funds");
        id.filter(s -> !FormReader.ID.matcher(s.text()).matches()).ifPresent(s -> diagnostics.report(s.position(),
                Code.LAYOUT_ID, "版式标识“" + Printable.excerpt(s.text()) + "”不合规", "只用小写字母、数字和连字符，如 self-evaluation-funds"));
        List<String> columns = shape.columns(map).orElse(List.of());
        if (columns.isEmpty()) {
            diagnostics.report(map.position(), Code.LAYOUT_COLUMNS, "表格版式缺少列名 columns", "照原文写出各列列名，如 [资金, 金额]");
        }
        List<ColumnRole> roles = shape.roles(map, columns).orElse(List.of());
        int groups = shape.groups(map, columns.size()).orElse(0);
        if (id.isEmpty() || columns.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new GridLayout(id.get().text(), shape.title(map), shape.use(map), columns, roles, groups,
                map.position()));
    }
}

package org.gongkai.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Printable;
import org.gongkai.model.PerformanceForm.ColumnRole;

/**
 * Reads the shape keys of a performance grid (title, role, columns, roles, groups). Content grids
 * and shared layouts use the same keys, so both read them here and report the same way. Each
 * method returns empty when the key is absent, so a grid can tell "not written" (take the
 * layout's) from "written".
 */
final class GridShapeReader {

    /** What a grid block is for; the page and the JSON carry it. */
    static final List<String> USES = List.of("funds", "sources", "goals", "indicators", "key-work", "other");

    private final Diagnostics diagnostics;

    GridShapeReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The title as written; present (possibly "") whenever the key is. */
    Optional<String> title(MapReader g) {
        return g.has("title") ? Optional.of(g.text("title")) : Optional.empty();
    }

    Optional<String> use(MapReader g) {
        if (!g.has("role")) {
            return Optional.empty();
        }
        return Optional.of(g.scalar("role").map(s -> {
            if (!USES.contains(s.text())) {
                diagnostics.report(s.position(), Code.PERFORMANCE_ROLE, "未知的表格块用途“" + Printable.excerpt(s.text()) + "”",
                        "可用：" + String.join("、", USES));
            }
            return s.text();
        }).orElse(""));
    }

    Optional<List<String>> columns(MapReader g) {
        return g.has("columns") ? Optional.of(g.scalars("columns").stream().map(Scalar::text).toList()) : Optional.empty();
    }

    /** The tree column count, at most {@code width}. */
    Optional<Integer> groups(MapReader g, int width) {
        return g.scalar("groups").map(s -> {
            if (!s.text().matches("\\d")) {
                diagnostics.report(s.position(), Code.PERFORMANCE_GROUPS, "groups 应为 0–9 的整数", "树形列（一级、二级指标）的列数");
                return 0;
            }
            return Math.min(Integer.parseInt(s.text()), width);
        });
    }

    /**
     * Column roles as written, one per column; a wrong count is reported and gives empty (the
     * labels decide then), an unknown key is reported and falls back to what its label implies.
     */
    Optional<List<ColumnRole>> roles(MapReader g, List<String> columns) {
        if (!g.has("roles")) {
            return Optional.empty();
        }
        List<Scalar> given = g.scalars("roles");
        if (given.size() != columns.size()) {
            diagnostics.report(g.position(), Code.PERFORMANCE_ROLES, "roles 有 " + given.size() + " 项，而 columns 有 "
                    + columns.size() + " 列", "按列顺序每列写一个含义，如 [text, budget, executed, rate, score]");
            return Optional.empty();
        }
        List<ColumnRole> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            Scalar s = given.get(i);
            Optional<ColumnRole> r = ColumnRole.ofKey(s.text());
            if (r.isEmpty()) {
                diagnostics.report(s.position(), Code.PERFORMANCE_ROLES, "未知的列含义“" + Printable.excerpt(s.text()) + "”",
                        "可用：" + String.join("、", Arrays.stream(ColumnRole.values()).map(ColumnRole::key).toList()));
            }
            out.add(r.orElse(ColumnRole.ofLabel(columns.get(i))));
        }
        return Optional.of(out);
    }

    /** What the labels imply, for grids whose roles are not written anywhere. */
    static List<ColumnRole> derived(List<String> columns) {
        return columns.stream().map(ColumnRole::ofLabel).toList();
    }
}

package org.gongkai.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Position;
import org.gongkai.diag.Printable;
import org.gongkai.model.Column;
import org.gongkai.model.Form;
import org.gongkai.model.FormSet;
import org.gongkai.model.HeaderNode;
import org.gongkai.model.Identity;
import org.gongkai.model.Limits;
import org.gongkai.model.Measure;
import org.gongkai.model.Role;
import org.gongkai.model.Scheme;
import org.gongkai.model.Scope;
import org.gongkai.model.TotalRow;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Builds a {@link FormSet} (表样集) from its YAML node tree. */
final class FormReader {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String file;
    private final Diagnostics diagnostics;

    FormReader(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    Optional<FormSet> read(Node root) {
        Optional<MapReader> m = MapReader.of(root, file, diagnostics, "表样集");
        if (m.isEmpty()) {
            return Optional.empty();
        }
        MapReader map = m.get().allow("id", "kind", "name", "forms", "total_rows", "without");
        String id = map.required("id", "表样集标识，如 final-2021").map(Scalar::text).orElse("");
        List<TotalRow> totals = readTotalRows(map);
        List<Form> forms = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node n : map.requiredList("forms", "列出本集的每个表样")) {
            readForm(n, totals).ifPresent(f -> {
                if (!ids.add(f.id())) {
                    diagnostics.report(Nodes.position(file, n), Code.FORM_DUPLICATE, "表样标识“" + f.id() + "”在本集中重复", "每个表样的 id 必须唯一");
                } else {
                    forms.add(f);
                }
            });
        }
        return Optional.of(new FormSet(id, map.text("kind"), map.text("name"), forms, file, totals,
                map.scalars("without").stream().map(Scalar::text).toList()));
    }

    /**
     * The row names that are totals (total_rows): each {@code name} with {@code grand: true} for 总计,
     * or {@code measure} for a row giving that measure's total (基本支出 in a 支出 column).
     */
    private List<TotalRow> readTotalRows(MapReader map) {
        List<TotalRow> rows = new ArrayList<>();
        for (Node n : map.list("total_rows")) {
            MapReader.of(n, file, diagnostics, "合计行").ifPresent(r -> {
                r.allow("name", "grand", "measure");
                Optional<Scalar> name = r.required("name", "合计行的名称（去掉序号和空白），如 合计、*合计");
                boolean grand = r.scalar("grand").map(g -> g.text().equals("true")).orElse(false);
                Measure measure = r.scalar("measure").map(this::measure).orElse(null);
                if (measure != null && measure.partOf().isEmpty()) {
                    diagnostics.report(r.scalar("measure").get().position(), Code.FORM_TOTAL_ROW,
                            "合计行的 measure 应是另一度量的组成部分（如 basic、project、personnel、public），“"
                                    + measure.key() + "”不是", "");
                } else if (name.isPresent() && !name.get().text().isBlank()) {
                    rows.add(new TotalRow(name.get().text().replaceAll("[\\s\u3000]+", ""), grand, measure));
                }
            });
        }
        return rows;
    }

    private Measure measure(Scalar s) {
        return Measure.of(s.text()).orElseGet(() -> {
            diagnostics.report(s.position(), Code.FORM_MEASURE, "未知的度量“" + Printable.excerpt(s.text()) + "”", "可用："
                    + String.join("、", Arrays.stream(Measure.values()).map(Measure::key).toList()));
            return null;
        });
    }

    private Optional<Form> readForm(Node node, List<TotalRow> setTotals) {
        Optional<MapReader> m = MapReader.of(node, file, diagnostics, "表样");
        if (m.isEmpty()) {
            return Optional.empty();
        }
        MapReader map = m.get().allow("id", "name", "number", "title", "scope", "columns", "panels", "notes", "identities",
                "rows", "total_rows", "required");
        boolean required = map.scalar("required").map(r -> {
            if (!r.text().equals("true") && !r.text().equals("false")) {
                diagnostics.report(r.position(), Code.FORM_REQUIRED, "required 应为 true 或 false，实际是“"
                        + Printable.excerpt(r.text()) + "”", "公开规定要求公开这张表（没有数据时公开空表并说明）时写 true");
            }
            return r.text().equals("true");
        }).orElse(false);
        Scope scope = readScope(map.scalar("scope"), Scope.ALL);
        List<TotalRow> totals = map.has("total_rows") ? readTotalRows(map) : setTotals;
        Optional<Scalar> id = map.required("id", "表样标识，只用小写字母、数字和连字符");
        id.filter(s -> !ID.matcher(s.text()).matches()).ifPresent(s -> diagnostics.report(s.position(), Code.FORM_ID,
                "表样标识“" + Printable.excerpt(s.text()) + "”不合规", "只用小写字母、数字和连字符，如 income-expense-summary"));
        String name = map.required("name", "表的通用名称，如 收入支出决算总表").map(Scalar::text).orElse("");
        List<Column> leaves = new ArrayList<>();
        List<HeaderNode> header = new ArrayList<>();
        List<Node> columnNodes = map.requiredList("columns", "表头树：分组有 columns，末级列有 label/role/col");
        for (Node c : columnNodes) {
            readHeader(c, leaves, scope).ifPresent(header::add);
        }
        if (leaves.isEmpty() && !columnNodes.isEmpty()) {
            return Optional.empty();
        }
        List<Integer> panels = readPanels(map, leaves.size());
        List<Column> placed = assignPanels(leaves, panels);
        List<HeaderNode> placedHeader = header.stream().map(h -> withPanels(h, placed)).toList();
        List<Identity> identities = new ArrayList<>();
        for (Node i : map.list("identities")) {
            readIdentity(i, placed).ifPresent(identities::add);
        }
        Form form = new Form(id.map(Scalar::text).orElse(""), name, map.text("number"), map.text("title"),
                placedHeader, placed, panels.size(), map.text("notes"), identities);
        List<List<String>> fixed = readFixedRows(map, form);
        measuresOnce(form, Nodes.position(file, node));
        return Optional.of(new Form(form.id(), form.name(), form.number(), form.title(), form.header(), form.columns(),
                form.panelCount(), form.notes(), form.identities(), fixed, totals, required));
    }

    /**
     * The rows the form itself fixes: per row one cell for each non-amount column (项目, 行次, 编码),
     * as printed. Checked like a content row's cells, so that {@code new} writes rows that load.
     */
    private List<List<String>> readFixedRows(MapReader map, Form form) {
        List<Column> fixed = form.fixedColumns();
        String hint = fixed.isEmpty() ? "本表样的列都是金额列，每个固定行写 []"
                : "按列顺序只写非金额列，每列一格，空白写 \"\"：" + String.join(" | ", fixed.stream().map(Column::label).toList());
        List<List<String>> rows = new ArrayList<>();
        Set<String> lines = new HashSet<>();
        for (Node n : map.list("rows")) {
            Position at = Nodes.position(file, n);
            if (!(n instanceof SequenceNode seq)) {
                diagnostics.report(at, Code.FORM_ROW, "固定行应为单元格列表，如 [\"一、一般公共预算财政拨款收入\", \"1\"]，实际是"
                        + Nodes.kindName(n), hint);
                continue;
            }
            List<Scalar> cells = MapReader.scalarsOf(seq, file, diagnostics);
            if (cells.size() != seq.getValue().size()) {
                continue;
            }
            if (cells.size() != fixed.size()) {
                diagnostics.report(at, Code.FORM_ROW_WIDTH, "这一固定行有 " + cells.size() + " 格，表样“" + form.name() + "”有 "
                        + fixed.size() + " 个非金额列", hint);
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < cells.size(); i++) {
                ok &= fixedCell(cells.get(i), fixed.get(i), lines);
            }
            if (ok) {
                rows.add(cells.stream().map(Scalar::text).toList());
            }
        }
        if (!lines.isEmpty()) {
            checkRowIdentities(form, lines);
        }
        return rows;
    }

    /** With fixed 行次 declared, the form's row identities may only name 行次 the fixed rows have. */
    private void checkRowIdentities(Form form, Set<String> lines) {
        for (Identity identity : form.identities()) {
            if (identity.axis() != Identity.Axis.ROW) {
                continue;
            }
            List<String> refs = new ArrayList<>();
            refs.add(identity.target());
            identity.terms().forEach(t -> refs.add(t.ref()));
            refs.stream().filter(r -> !lines.contains(r)).findFirst().ifPresent(missing -> diagnostics.report(identity.position(),
                    Code.FORM_RULE, "勾稽关系引用了固定行中没有的行次 " + missing, "固定行（rows）的行次列中需有此行次"));
        }
    }

    private boolean fixedCell(Scalar cell, Column column, Set<String> lines) {
        String v = cell.text().strip();
        switch (column.role()) {
            case LINE -> {
                if (!v.isEmpty() && !v.matches("\\d{1,3}")) {
                    diagnostics.report(cell.position(), Code.FORM_ROW_LINE, "行次“" + Printable.excerpt(cell.text()) + "”应为 1–3 位数字",
                            "原文没有行次时写 \"\"");
                    return false;
                }
                if (!v.isEmpty() && !lines.add(v)) {
                    diagnostics.report(cell.position(), Code.FORM_ROW_LINE, "行次 " + v + " 在本表样的固定行中重复", "每个行次只出现一次");
                    return false;
                }
            }
            case CODE -> {
                if (!v.isEmpty() && !v.matches("\\d{3}|\\d{5}|\\d{7}")) {
                    diagnostics.report(cell.position(), Code.FORM_ROW_CODE, "科目编码“" + Printable.excerpt(cell.text()) + "”应为 3、5 或 7 位数字",
                            "写完整编码，如 2010350；合计行写 \"\"");
                    return false;
                }
            }
            default -> {
                int length = v.codePointCount(0, v.length());
                if (length > Limits.NAME_CHARS) {
                    diagnostics.report(cell.position(), Code.LOAD_TOO_LONG, "“" + column.label() + "”列的名称过长：" + length
                            + " 个字符，名称上限 " + Limits.NAME_CHARS + " 个", "");
                    return false;
                }
            }
        }
        return true;
    }

    private Optional<HeaderNode> readHeader(Node node, List<Column> leaves, Scope formScope) {
        Optional<MapReader> m = MapReader.of(node, file, diagnostics, "表头");
        if (m.isEmpty()) {
            return Optional.empty();
        }
        MapReader map = m.get();
        String label = map.required("label", "列名，照原文").map(Scalar::text).orElse("");
        if (map.has("columns")) {
            map.allow("label", "columns");
            List<HeaderNode> children = new ArrayList<>();
            for (Node c : map.list("columns")) {
                readHeader(c, leaves, formScope).ifPresent(children::add);
            }
            return Optional.of(new HeaderNode(label, children, null));
        }
        map.allow("label", "role", "scheme", "col", "scope", "measure", "subtotal");
        Role role = map.scalar("role").map(s -> Role.of(s.text()).orElseGet(() -> {
            diagnostics.report(s.position(), Code.FORM_ROLE, "未知的列类型“" + Printable.excerpt(s.text()) + "”",
                    "可用：code、name、line、text、amount");
            return Role.AMOUNT;
        })).orElse(Role.AMOUNT);
        Scheme scheme = map.scalar("scheme").map(s -> Scheme.of(s.text()).orElseGet(() -> {
            diagnostics.report(s.position(), Code.FORM_SCHEME, "未知的分类“" + Printable.excerpt(s.text()) + "”", "可用：functional、economic、other");
            return Scheme.OTHER;
        })).orElse(role == Role.CODE ? Scheme.FUNCTIONAL : Scheme.OTHER);
        Measure measure = map.scalar("measure").map(this::measure).orElse(null);
        if (measure != null && role != Role.AMOUNT) {
            diagnostics.report(map.scalar("measure").get().position(), Code.FORM_MEASURE_ROLE,
                    "列“" + Printable.excerpt(label) + "”不是金额列，不能写 measure", "measure 只写在金额列上（不写 role 的列）");
            measure = null;
        }
        Column column = new Column(leaves.size(), label, role, scheme, map.text("col"), 0,
                readScope(map.scalar("scope"), formScope), measure,
                map.scalar("subtotal").map(v -> v.text().equals("true")).orElse(false));
        leaves.add(column);
        return Optional.of(new HeaderNode(label, List.of(), column));
    }

    private Scope readScope(Optional<Scalar> scope, Scope inherited) {
        return scope.map(s -> Scope.of(s.text()).orElseGet(() -> {
            diagnostics.report(s.position(), Code.FORM_SCOPE, "未知的资金范围“" + Printable.excerpt(s.text()) + "”", "可用："
                    + String.join("、", Arrays.stream(Scope.values()).map(Scope::key).toList()));
            return inherited;
        })).orElse(inherited);
    }

    /** Within a panel, one column per scope and measure: two would make one figure ambiguous. */
    private void measuresOnce(Form form, Position positionOfForm) {
        Set<String> seen = new HashSet<>();
        for (Column c : form.columns()) {
            if (c.hasMeasure() && !seen.add(c.panel() + " " + c.scope().key() + " " + c.measure().key())) {
                diagnostics.report(positionOfForm, Code.FORM_MEASURE_DUPLICATE, "表样“" + form.name() + "”的列“" + c.label()
                        + "”与同一栏组的另一列同为 " + c.scope().key() + "/" + c.measure().key(),
                        "同一个数只能由一列给出；给其中一列换 scope 或去掉 measure");
            }
        }
    }

    private List<Integer> readPanels(MapReader map, int leafCount) {
        List<Scalar> items = map.scalars("panels");
        if (items.isEmpty()) {
            return List.of(leafCount);
        }
        List<Integer> sizes = new ArrayList<>();
        for (Scalar s : items) {
            if (!s.text().matches("[1-9]\\d{0,2}")) {
                diagnostics.report(s.position(), Code.FORM_PANELS, "panels 的每一项应为正整数（该组的末级列数）", "");
                return List.of(leafCount);
            }
            sizes.add(Integer.parseInt(s.text()));
        }
        int sum = sizes.stream().mapToInt(Integer::intValue).sum();
        if (sum != leafCount) {
            diagnostics.report(items.get(0).position(), Code.FORM_PANELS,
                    "panels 各组列数之和为 " + sum + "，而表样有 " + leafCount + " 个末级列", "让各组列数之和等于末级列数");
            return List.of(leafCount);
        }
        return sizes;
    }

    private static List<Column> assignPanels(List<Column> leaves, List<Integer> panels) {
        List<Column> out = new ArrayList<>();
        int panel = 0;
        int left = panels.get(0);
        for (Column c : leaves) {
            while (left == 0) {
                panel++;
                left = panels.get(panel);
            }
            out.add(c.withPanel(panel));
            left--;
        }
        return out;
    }

    private static HeaderNode withPanels(HeaderNode node, List<Column> placed) {
        if (node.isLeaf()) {
            return new HeaderNode(node.label(), List.of(), placed.get(node.leaf().index()));
        }
        return new HeaderNode(node.label(), node.children().stream().map(c -> withPanels(c, placed)).toList(), null);
    }

    private Optional<Identity> readIdentity(Node node, List<Column> columns) {
        Optional<MapReader> m = MapReader.of(node, file, diagnostics, "勾稽关系");
        if (m.isEmpty()) {
            return Optional.empty();
        }
        MapReader map = m.get().allow("printed", "rule");
        String printed = map.text("printed");
        Optional<Scalar> rule = map.required("rule", "表达式，如 C1 = C2 + C3 或 R24 = R1..R7");
        if (rule.isEmpty()) {
            return Optional.empty();
        }
        RuleParser.Result parsed = RuleParser.parse(rule.get().text(), printed, rule.get().position());
        if (parsed.identity() == null) {
            diagnostics.report(rule.get().position(), Code.FORM_RULE,
                    "无法识别的勾稽关系表达式“" + Printable.excerpt(rule.get().text()) + "”：" + parsed.error(),
                    "写法：C1 = C2 + C3（栏次）、R24 = R1..R7（行次）；可用 +、- 和括号");
            return Optional.empty();
        }
        Identity identity = parsed.identity();
        if (identity.axis() == Identity.Axis.COLUMN) {
            Set<String> cols = new HashSet<>();
            columns.forEach(c -> cols.add(c.col()));
            List<String> refs = new ArrayList<>();
            refs.add(identity.target());
            identity.terms().forEach(t -> refs.add(t.ref()));
            for (String ref : refs) {
                if (!cols.contains(ref)) {
                    diagnostics.report(rule.get().position(), Code.FORM_RULE, "勾稽关系引用了表样中没有的栏次 " + ref,
                            "末级列的 col 中需有此栏次");
                    return Optional.empty();
                }
            }
        }
        return Optional.of(identity);
    }

}

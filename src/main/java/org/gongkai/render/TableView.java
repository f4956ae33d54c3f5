package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.HeaderNode;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Table;
import org.gongkai.render.site.Addresses;

/**
 * A table laid out for HTML: header rows with the published spans (from the form's header tree),
 * the 栏次 row, and body cells that know their row header and column headers, so that a screen
 * reader can announce both with each amount (id/headers).
 */
public record TableView(String id, Table table, List<List<HeaderCell>> headerRows, List<List<BodyCell>> bodyRows) {

    public record HeaderCell(String id, String text, int colspan, int rowspan, String scope, String cssClass) {
        /** For jte smart attributes: null leaves the attribute out. */
        public Integer colspanAttr() {
            return colspan > 1 ? colspan : null;
        }

        public Integer rowspanAttr() {
            return rowspan > 1 ? rowspan : null;
        }
    }

    /**
     * {@code tag} is th or td; {@code headers} the ids it is described by (empty for none);
     * {@code mark} the number of the cell's note below the table, 0 for none.
     */
    public record BodyCell(String tag, String id, String text, String headers, String scope, String cssClass, int mark) {
        public BodyCell(String tag, String id, String text, String headers, String scope, String cssClass) {
            this(tag, id, text, headers, scope, cssClass, 0);
        }

        public String headersAttr() {
            return headers.isEmpty() ? null : headers;
        }
    }

    /**
     * One marked cell's note: its number (the mark in the cell), the note's id, and the sentence
     * saying where it is, what was printed and, for a restored figure, the figure and its source;
     * for an illegible cell, what cannot be read.
     */
    public record Mark(int number, String id, String text, boolean restored) {
    }

    /** How a screen reader announces the mark in the cell numbered {@code n}. */
    public String markLabel(int n) {
        return (marks().get(n - 1).restored() ? "恢复的数字" : "原文模糊或缺失") + "，见表下注 " + n;
    }

    /** The notes of the restored cells, in reading order (row by row, left to right). */
    public List<Mark> restoredMarks() {
        return marks().stream().filter(Mark::restored).toList();
    }

    /** The notes of the cells the published document does not let one read. */
    public List<Mark> illegibleMarks() {
        return marks().stream().filter(m -> !m.restored()).toList();
    }

    /** The notes of the marked cells, numbered in reading order (row by row, left to right). */
    public List<Mark> marks() {
        List<Mark> marks = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            for (Column c : table.form().columns()) {
                Cell cell = row.cell(c);
                if (cell.isMarked()) {
                    int n = marks.size() + 1;
                    String where = "第 " + (r + 1) + " 行" + rowLabel(table, row) + "“" + String.join("/", labelPath(table, c)) + "”列：";
                    marks.add(cell.isRestored()
                            ? new Mark(n, Addresses.markId(id, n), where + "原文印作“" + cell.mark().printed()
                                    + "”，此处为 " + cell.raw() + "，依据：" + cell.mark().source(), true)
                            : new Mark(n, Addresses.markId(id, n), where + cell.mark().source()
                                    + (cell.raw().isEmpty() ? "，此处留空" : "，此处照录能辨认的“" + cell.raw() + "”"), false));
                }
            }
        }
        return marks;
    }

    /** The row's name (or code) in brackets, so a note says which row it means. */
    private static String rowLabel(Table table, Row row) {
        for (Role role : List.of(Role.NAME, Role.CODE)) {
            for (Column c : table.form().columns()) {
                if (c.role() == role && !row.cell(c).isBlank()) {
                    return "（" + row.cell(c).raw() + "）";
                }
            }
        }
        return "";
    }

    /** A leaf column's header labels from the top. */
    private static List<String> labelPath(Table table, Column column) {
        for (HeaderNode node : table.form().header()) {
            List<String> path = new ArrayList<>();
            if (find(node, column, path)) {
                return path;
            }
        }
        return List.of(column.label());
    }

    private static boolean find(HeaderNode node, Column column, List<String> path) {
        path.add(node.label());
        if (node.isLeaf() ? node.leaf().index() == column.index()
                : node.children().stream().anyMatch(ch -> find(ch, column, path))) {
            return true;
        }
        path.remove(path.size() - 1);
        return false;
    }

    public static TableView of(Table table, String id) {
        int depth = table.form().headerDepth();
        List<List<HeaderCell>> header = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            header.add(new ArrayList<>());
        }
        String[] leafHeaders = new String[table.form().columns().size()];
        int lead = leadColumns(table);
        int[] counter = {0};
        int[] nextLeaf = {0};
        for (HeaderNode node : table.form().header()) {
            place(node, 0, depth, id, header, leafHeaders, "", counter, nextLeaf, lead);
        }
        if (table.form().hasColumnNumbers()) {
            header.add(columnNumberRow(table, id, lead));
        }
        List<List<BodyCell>> body = new ArrayList<>();
        int[] marks = {0};
        for (int r = 0; r < table.rows().size(); r++) {
            body.add(bodyRow(table, table.rows().get(r), Addresses.rowId(id, r), leafHeaders, lead, marks));
        }
        return stackable(table) ? stacked(id, table, header, body) : new TableView(id, table, header, body);
    }

    /** The widest panel that can still be stacked on a phone (the style sheet has classes up to it). */
    static final int MAX_STACKED_COLUMNS = 6;

    /**
     * Whether the side-by-side panels (收入 | 支出) can be shown one below the other on a narrow
     * screen: each panel is one header group of leaf columns, no wider than the style sheet allows.
     */
    static boolean stackable(Table table) {
        var form = table.form();
        if (form.panelCount() < 2 || form.header().size() != form.panelCount()) {
            return false;
        }
        for (int p = 0; p < form.panelCount(); p++) {
            HeaderNode group = form.header().get(p);
            List<Column> cols = form.panel(p);
            if (group.isLeaf() || !group.children().stream().allMatch(HeaderNode::isLeaf)
                    || group.children().size() != cols.size() || cols.size() > MAX_STACKED_COLUMNS) {
                return false;
            }
        }
        return true;
    }

    /**
     * The same cells, each marked with its panel ({@code p0}, {@code p1} …) and the first column of a
     * panel with {@code row-start}: the style sheet orders a narrow screen's grid by them.
     */
    private static TableView stacked(String id, Table table, List<List<HeaderCell>> header, List<List<BodyCell>> body) {
        List<Column> cols = table.form().columns();
        List<List<HeaderCell>> h = new ArrayList<>();
        for (int level = 0; level < header.size(); level++) {
            List<HeaderCell> row = new ArrayList<>();
            for (int i = 0; i < header.get(level).size(); i++) {
                HeaderCell c = header.get(level).get(i);
                String css = level == 0 ? c.cssClass() + " p" + i : c.cssClass() + panelClass(table, cols.get(i));
                row.add(new HeaderCell(c.id(), c.text(), c.colspan(), c.rowspan(), c.scope(), css));
            }
            h.add(row);
        }
        List<List<BodyCell>> b = new ArrayList<>();
        for (List<BodyCell> cells : body) {
            List<BodyCell> row = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                BodyCell c = cells.get(i);
                int panel = cols.get(i).panel();
                // A panel's empty half of a row (the other panel is longer) is left out when stacked.
                boolean blank = table.form().panel(panel).stream().allMatch(x -> cells.get(x.index()).text().isBlank());
                row.add(new BodyCell(c.tag(), c.id(), c.text(), c.headers(), c.scope(),
                        c.cssClass() + panelClass(table, cols.get(i)) + (blank ? " blank" : ""), c.mark()));
            }
            b.add(row);
        }
        return new TableView(id, table, h, b);
    }

    private static String panelClass(Table table, Column c) {
        boolean first = table.form().panel(c.panel()).get(0).index() == c.index();
        return " p" + c.panel() + (first ? " row-start" : "");
    }

    /** Whether the panels are marked for stacking on a narrow screen. */
    public boolean stacked() {
        return stackable(table);
    }

    /** The widest panel's column count, for the narrow screen's grid. */
    public int panelColumns() {
        int max = 0;
        for (int p = 0; p < table.form().panelCount(); p++) {
            max = Math.max(max, table.form().panel(p).size());
        }
        return max;
    }

    /**
     * How many leading columns stay visible while a wide table scrolls sideways: the first panel's
     * name, or its code and name when the code comes first (the code column then has a fixed width,
     * so the name knows its sticky offset).
     */
    static int leadColumns(Table table) {
        List<Column> cols = table.form().columns();
        if (cols.isEmpty()) {
            return 0;
        }
        Role first = cols.get(0).role();
        if (first == Role.CODE && cols.size() > 1 && cols.get(1).role() == Role.NAME
                && cols.get(1).panel() == cols.get(0).panel()) {
            return 2;
        }
        return first == Role.NAME || first == Role.CODE ? 1 : 0;
    }

    private static String stick(String css, int firstColumn, int width, int lead) {
        return firstColumn + width <= lead ? css + " stick-" + firstColumn : css;
    }

    /** For the template: the id of the {@code index}th body row. */
    public String rowId(int index) {
        return Addresses.rowId(id, index);
    }

    /** For the template: the note on the table's n-th restored cell. */
    public String markId(int n) {
        return Addresses.markId(id, n);
    }

    private static void place(HeaderNode node, int level, int depth, String tableId, List<List<HeaderCell>> rows,
            String[] leafHeaders, String parents, int[] counter, int[] nextLeaf, int lead) {
        String cellId = Addresses.headerId(tableId, ++counter[0]);
        String chain = parents.isEmpty() ? cellId : parents + " " + cellId;
        int firstColumn = nextLeaf[0];
        if (node.isLeaf()) {
            Column c = node.leaf();
            rows.get(level).add(new HeaderCell(cellId, node.label(), 1, depth - level, "col",
                    stick(cssFor(c), c.index(), 1, lead)));
            leafHeaders[c.index()] = chain;
            nextLeaf[0]++;
        } else {
            rows.get(level).add(new HeaderCell(cellId, node.label(), node.width(), 1, "colgroup",
                    stick("group", firstColumn, node.width(), lead)));
            for (HeaderNode child : node.children()) {
                place(child, level + 1, depth, tableId, rows, leafHeaders, chain, counter, nextLeaf, lead);
            }
        }
    }

    private static List<HeaderCell> columnNumberRow(Table table, String tableId, int lead) {
        List<HeaderCell> row = new ArrayList<>();
        for (Column c : table.form().columns()) {
            String text = !c.col().isEmpty() ? c.col()
                    : (c.role() == Role.NAME || c.role() == Role.CODE) && firstTextColumn(table, c) ? "栏次" : "";
            row.add(new HeaderCell(Addresses.columnNumberId(tableId, c.index()), text, 1, 1, "col",
                    stick("colno " + cssFor(c), c.index(), 1, lead)));
        }
        return row;
    }

    private static boolean firstTextColumn(Table table, Column c) {
        return table.form().panel(c.panel()).stream()
                .filter(x -> x.role() == Role.NAME || x.role() == Role.CODE)
                .findFirst().map(x -> x.index() == c.index()).orElse(false);
    }

    private static List<BodyCell> bodyRow(Table table, Row row, String rowId, String[] leafHeaders, int lead, int[] marks) {
        List<BodyCell> cells = new ArrayList<>();
        int level = 0;
        for (Column c : table.form().columns()) {
            if (c.role() == Role.CODE && !row.cell(c).isBlank()) {
                level = Catalogue.level(row.cell(c).raw());
            }
        }
        for (Column c : table.form().columns()) {
            Cell cell = row.cell(c);
            String panelHeader = rowHeaderId(table, row, c.panel(), rowId);
            if (c.role() == Role.NAME && cell.isBlank()) {
                // An empty row header would be announced as nothing: a blank name is a plain cell.
                cells.add(new BodyCell("td", "", "", "", "", stick("name", c.index(), 1, lead)));
            } else if (c.role() == Role.NAME) {
                String css = stick("name" + (level > 0 ? " lvl-" + level : ""), c.index(), 1, lead);
                cells.add(new BodyCell("th", Addresses.rowHeaderId(rowId, c.panel()), cell.raw(), "", "row", css));
            } else {
                String headers = leafHeaders[c.index()]
                        + (panelHeader != null && !cell.isBlank() ? " " + panelHeader : "");
                int mark = cell.isMarked() ? ++marks[0] : 0;
                cells.add(new BodyCell("td", "", cell.raw(), cell.isBlank() ? "" : headers, "",
                        stick(cssFor(c), c.index(), 1, lead) + (mark > 0 ? " " + cell.mark().flag().key() : ""), mark));
            }
        }
        return cells;
    }

    /** The id of the row-header (name) cell of a panel, if the panel has a name in this row. */
    private static String rowHeaderId(Table table, Row row, int panel, String rowId) {
        return table.form().panel(panel).stream().anyMatch(c -> c.role() == Role.NAME && !row.cell(c).isBlank())
                ? Addresses.rowHeaderId(rowId, panel) : null;
    }

    /**
     * Whether the table is likely wider than the page column on a desktop, from the minimum widths
     * the style sheet gives its columns (in em of the table's font): such a table keeps its sideways
     * scroll box there too, rather than pushing the whole page sideways.
     */
    public boolean wide() {
        double em = 0;
        for (Column c : table.form().columns()) {
            em += switch (c.role()) {
                case AMOUNT -> 6.5;
                case CODE -> 6.5;
                case LINE -> 3.5;
                case NAME -> 11;
                case TEXT -> 8;
            };
        }
        return em > WIDE_EM;
    }

    /** The page column (72rem less padding) in em of the tables' .875rem font. */
    private static final double WIDE_EM = 80;

    private static String cssFor(Column c) {
        return switch (c.role()) {
            case AMOUNT -> "num";
            case CODE -> "code";
            case LINE -> "line";
            case NAME -> "name";
            case TEXT -> "text";
        };
    }
}

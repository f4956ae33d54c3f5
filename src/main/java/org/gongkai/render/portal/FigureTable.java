package org.gongkai.render.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.gongkai.model.Disclosure;
import org.gongkai.render.chart.ChartData.ClassAmount;
import org.gongkai.render.chart.KeyFigures;
import org.gongkai.render.chart.KeyFigures.Key;
import org.gongkai.render.site.Addresses;

/**
 * Key figures of several disclosures side by side, one column per disclosure: the multi-year table
 * of a department page (columns grouped by year) and the peer comparison (one column per
 * department). A figure a disclosure does not publish is "—"; one read from the narrative because
 * the disclosure has no table data is marked, since it may be defined a little differently.
 */
public record FigureTable(String id, String caption, List<Col> cols, List<Line> keyLines, List<Line> classLines) {

    /** Printed in place of a figure that is not published (or cannot be read). */
    public static final String MISSING = "—";
    /** Marks a figure read from the narrative's words rather than a table. */
    public static final String STATED_MARK = "※";

    /** One column: its group header (year or department), its own header, and its disclosure. */
    public record Col(String group, String label, Disclosure disclosure, String href) {
    }

    /** A header cell of the first row spanning consecutive columns of the same group. */
    public record Group(String label, int span) {
        public Integer colspanAttr() {
            return span > 1 ? span : null;
        }
    }

    /** {@code href}: the table row the figure was read from (site-root relative), or empty. */
    public record Cell(String text, boolean stated, String href) {
        public Cell(String text, boolean stated) {
            this(text, stated, "");
        }

        public boolean missing() {
            return text.equals(MISSING);
        }
    }

    /** {@code sub}: a part of the line above (基本支出 and 项目支出 of the total). */
    public record Line(String label, boolean sub, List<Cell> cells) {
        public Line {
            cells = List.copyOf(cells);
        }
    }

    public FigureTable {
        cols = List.copyOf(cols);
        keyLines = List.copyOf(keyLines);
        classLines = List.copyOf(classLines);
    }

    public static FigureTable of(KeyFigures figures, String id, String caption, List<Col> cols) {
        List<Line> keys = new ArrayList<>();
        for (Key key : Key.values()) {
            List<Cell> cells = cols.stream().map(c -> cell(figures, c.disclosure(), key)).toList();
            keys.add(new Line(key.label(), key.isPart(), cells));
        }
        return new FigureTable(id, caption, cols, keys, classLines(figures, cols));
    }

    private static Cell cell(KeyFigures figures, Disclosure d, Key key) {
        Optional<KeyFigures.Amount> a = figures.of(d, key);
        if (a.isEmpty()) {
            return new Cell(MISSING, false);
        }
        return new Cell(a.get().text(), !KeyFigures.hasTables(d),
                a.get().place().map(p -> Addresses.row(d, p.table(), p.row())).orElse(""));
    }

    /** One line per 类 code any column publishes, by code; the name is the first column's that prints one. */
    private static List<Line> classLines(KeyFigures figures, List<Col> cols) {
        List<List<ClassAmount>> perCol = cols.stream().map(c -> figures.functionalClasses(c.disclosure())).toList();
        TreeMap<String, String> names = new TreeMap<>();
        for (List<ClassAmount> list : perCol) {
            for (ClassAmount a : list) {
                names.merge(a.code(), a.name(), (old, neu) -> old.isEmpty() ? neu : old);
            }
        }
        List<Line> lines = new ArrayList<>();
        names.forEach((code, name) -> {
            List<Cell> cells = perCol.stream()
                    .map(list -> list.stream().filter(a -> a.code().equals(code)).findFirst()
                            .map(a -> new Cell(KeyFigures.amountText(a.value()), false))
                            .orElse(new Cell(MISSING, false)))
                    .toList();
            lines.add(new Line((code + " " + name).strip(), false, cells));
        });
        return lines;
    }

    /** The first header row: consecutive columns of the same group merged. */
    public List<Group> groups() {
        List<Group> out = new ArrayList<>();
        for (Col c : cols) {
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).label().equals(c.group())) {
                out.set(last, new Group(c.group(), out.get(last).span() + 1));
            } else {
                out.add(new Group(c.group(), 1));
            }
        }
        return out;
    }

    public boolean anyStated() {
        return keyLines.stream().flatMap(l -> l.cells().stream()).anyMatch(Cell::stated);
    }

    public boolean anyLinked() {
        return keyLines.stream().flatMap(l -> l.cells().stream()).anyMatch(c -> !c.href().isEmpty());
    }

    public boolean anyMissing() {
        return keyLines.stream().flatMap(l -> l.cells().stream()).anyMatch(Cell::missing)
                || classLines.stream().flatMap(l -> l.cells().stream()).anyMatch(Cell::missing);
    }

    /** Columns whose disclosure has no table data at all, for the note under the table. */
    public List<Col> withoutTables() {
        return cols.stream().filter(c -> !KeyFigures.hasTables(c.disclosure())).toList();
    }
}

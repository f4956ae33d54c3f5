package org.gongkai.facts;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.model.Column;
import org.gongkai.model.HeaderNode;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Table;

/** Reading a table's text: rows by panel, their names and codes, as messages and sources name them. */
public final class TableText {

    private static final Pattern NUMBERING = Pattern.compile(
            "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[、.．](?!\\d))\\s*");
    private static final Pattern LEVEL_SUFFIX = Pattern.compile("[（(][类款项][）)]$");

    /** A name that starts with its classification code: "2010301 行政运行". */
    public static final Pattern CODE_NAME = Pattern.compile("^(\\d{3}(?:\\d{2}){0,2})(?![\\d年])\\s*(\\S.*)$");

    private TableText() {
    }

    /** The table as its readers name it: its number as printed, else its title. */
    public static String label(Table t) {
        return t.number().isEmpty() ? t.title() : t.number();
    }

    public static Optional<Column> column(Table t, int panel, Role role) {
        return t.form().panel(panel).stream().filter(c -> c.role() == role).findFirst();
    }

    public static List<Column> amountColumns(Table t, int panel) {
        return t.form().panel(panel).stream().filter(c -> c.role() == Role.AMOUNT).toList();
    }

    /** The row's name in a panel, as printed; empty when the panel has no name column. */
    public static String name(Table t, Row row, int panel) {
        return column(t, panel, Role.NAME).map(c -> row.cell(c).raw()).orElse("");
    }

    public static String code(Table t, Row row, int panel) {
        return column(t, panel, Role.CODE).map(c -> row.cell(c).raw()).orElse("");
    }

    /** How a row is named in a message: its code and name, or its 行次. */
    public static String rowLabel(Table t, Row row, int panel) {
        String code = code(t, row, panel);
        String name = name(t, row, panel);
        String line = column(t, panel, Role.LINE).map(c -> row.cell(c).raw()).orElse("");
        String text = (code + " " + name).strip();
        if (!line.isEmpty()) {
            return "第 " + line + " 行" + (name.isEmpty() ? "" : "“" + name + "”");
        }
        return text.isEmpty() ? "第 " + (t.rows().indexOf(row) + 1) + " 行" : "“" + text + "”";
    }

    /** A printed row name without its numbering ("一、", "（二）", "1.") or level mark ("（类）"). */
    public static String bareName(String name) {
        String n = name.replaceAll("\\s+", "");
        n = NUMBERING.matcher(n).replaceFirst("");
        return LEVEL_SUFFIX.matcher(n).replaceFirst("");
    }

    /** A column's heading for messages: its 栏次 when printed, else its label. */
    public static String columnLabel(Column c) {
        return c.col().isEmpty() ? c.label() : c.col() + " 栏（" + c.label() + "）";
    }

    /** A column's header as one phrase, its groups first: "决算数合计" for 合计 under 决算数. */
    public static String headerPath(List<HeaderNode> level, Column c) {
        for (HeaderNode n : level) {
            if (n.isLeaf() && n.leaf().index() == c.index()) {
                return n.label();
            }
            if (!n.isLeaf()) {
                String inner = headerPath(n.children(), c);
                if (!inner.isEmpty()) {
                    return n.label() + inner;
                }
            }
        }
        return "";
    }
}

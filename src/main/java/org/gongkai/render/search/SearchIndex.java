package org.gongkai.render.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Pattern;
import org.gongkai.model.Column;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Part;
import org.gongkai.model.Portal;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Section;
import org.gongkai.model.Table;
import org.gongkai.model.Term;
import org.gongkai.render.site.Addresses;

/**
 * What the offline search finds: every searchable item (department, disclosure, table, table row,
 * term, text) with its page, anchor and plain text, which the browser matches by character bigrams
 * (assets/search-core.js). {@link SearchShards} writes it as the files the search page loads. The
 * order is the portal's order (departments by id, disclosures newest first, parts as published),
 * so the same content always gives the same bytes.
 */
public final class SearchIndex {

    /**
     * Entry types, as the script shows them, and how they rank when scores tie (higher first): table
     * rows, then terms, tables, departments, disclosures, running text.
     */
    public enum Type {
        DEPARTMENT("部门", 2), DISCLOSURE("公开文件", 1), TABLE("表格", 3), ROW("表格行", 5), TERM("名词解释", 4), TEXT("正文", 0);

        private final String label;
        private final int rank;

        Type(String label, int rank) {
            this.label = label;
            this.rank = rank;
        }

        public String label() {
            return label;
        }

        public int rank() {
            return rank;
        }
    }

    /**
     * One searchable item: its type, the page (below the site root), the anchor there, its text, and
     * for a table row the figure it prints ("本年支出合计 236.77 万元"; empty otherwise).
     */
    public record Entry(Type type, String page, String anchor, String text, String figure) {
    }

    /** What a result shows of its page, and what the search page filters on. */
    public record PageInfo(String title, String department, String year, String kind) {
    }

    private static final Pattern MARKUP = Pattern.compile("[#*_>`|]+|!?\\[([^\\[\\]]*)]\\([^()]*\\)");
    private static final Pattern SPACE = Pattern.compile("[\\s\u3000]+");

    private final Map<String, PageInfo> pages = new LinkedHashMap<>();
    private final List<Entry> entries = new ArrayList<>();

    public static SearchIndex of(Portal portal) {
        SearchIndex index = new SearchIndex();
        for (Department d : portal.departments()) {
            String page = Addresses.department(d);
            index.pages.putIfAbsent(page, new PageInfo(d.name(), d.id(), "", ""));
            index.add(Type.DEPARTMENT, page, "", d.name() + " " + d.region());
        }
        for (Disclosure d : portal.disclosures()) {
            index.disclosure(d);
        }
        return index;
    }

    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Page path → the title results show for it, and its department, year and kind. */
    public Map<String, PageInfo> pages() {
        return java.util.Collections.unmodifiableMap(pages);
    }

    private void disclosure(Disclosure d) {
        String who = d.department().name() + " · " + d.label();
        String home = Addresses.disclosure(d);
        page(d, home, who);
        add(Type.DISCLOSURE, home, "", d.title() + " " + d.year() + " 年度" + d.kind().label());
        for (Part part : d.parts()) {
            String partTitle = part.title().isEmpty() ? part.type().label() : part.title();
            String partPage = Addresses.part(d, part);
            page(d, partPage, who + " · " + partTitle);
            if (part instanceof Part.TablesPart tables) {
                tables.tables().forEach(t -> table(d, who, t));
            } else if (part instanceof Part.GlossaryPart glossary) {
                List<Term> terms = glossary.terms();
                for (int i = 0; i < terms.size(); i++) {
                    Term t = terms.get(i);
                    add(Type.TERM, partPage, Addresses.termId(glossary, i), t.term() + " " + plain(t.text()));
                }
            } else if (part instanceof Part.SectionsPart sections) {
                for (int i = 0; i < sections.sections().size(); i++) {
                    section(partPage, sections.sections().get(i), Addresses.sectionId(part, i));
                }
            } else {
                add(Type.TEXT, partPage, "", partTitle);
            }
        }
    }

    private void table(Disclosure d, String who, Table t) {
        String page = Addresses.table(d, t);
        page(d, page, who + " · " + (t.number() + " " + t.title()).strip());
        add(Type.TABLE, page, "", (t.number() + " " + t.title()).strip());
        String id = Addresses.tableId(t);
        for (int r = 0; r < t.rows().size(); r++) {
            String text = rowText(t, t.rows().get(r));
            if (!text.isEmpty()) {
                add(Type.ROW, page, Addresses.rowId(id, r), text, figure(t, t.rows().get(r)));
            }
        }
    }

    /** The row's codes and names, panel by panel (amounts are not searched). */
    static String rowText(Table t, Row row) {
        List<String> parts = new ArrayList<>();
        for (Column c : t.form().columns()) {
            if ((c.role() == Role.CODE || c.role() == Role.NAME) && !row.cell(c).isBlank()) {
                parts.add(row.cell(c).raw());
            }
        }
        return SPACE.matcher(String.join(" ", parts)).replaceAll(" ").strip();
    }

    /**
     * What the row prints in its first amount column, panel by panel: "本年支出合计 236.77 万元";
     * with side-by-side panels each is named by its row name there. Empty when the row has no amount.
     */
    static String figure(Table t, Row row) {
        List<String> parts = new ArrayList<>();
        for (int p = 0; p < t.form().panelCount(); p++) {
            List<Column> cols = t.form().panel(p);
            Column amount = cols.stream().filter(c -> c.role() == Role.AMOUNT && !row.cell(c).isBlank())
                    .findFirst().orElse(null);
            if (amount == null) {
                continue;
            }
            String text = columnName(t, amount) + " " + row.cell(amount).raw() + (t.unit().isEmpty() ? "" : " " + t.unit());
            if (t.form().panelCount() > 1) {
                String name = cols.stream().filter(c -> c.role() == Role.NAME).findFirst()
                        .map(c -> row.cell(c).raw().strip()).orElse("");
                text = name.isEmpty() ? text : name + "：" + text;
            }
            parts.add(SPACE.matcher(text).replaceAll(" ").strip());
        }
        return String.join("；", parts);
    }

    /** A column's leaf label, with its group's when the leaf alone is generic (本年支出 + 小计). */
    private static String columnName(Table t, Column c) {
        List<String> path = headerPath(t.form().header(), c, new ArrayList<>());
        String leaf = SPACE.matcher(c.label()).replaceAll("");
        if (path.size() >= 2 && saysLittleAlone(t, c)) {
            return SPACE.matcher(path.get(path.size() - 2)).replaceAll("") + leaf;
        }
        return leaf;
    }

    /**
     * A leaf label that needs its group to be understood (本年支出 / 小计): one the form prints twice,
     * a group's subtotal, or the group's first amount column (its own total).
     */
    private static boolean saysLittleAlone(Table t, Column c) {
        long same = t.form().columns().stream().filter(o -> o.label().equals(c.label())).count();
        return same > 1 || c.subtotal() || firstInGroup(t.form().header(), c);
    }

    private static boolean firstInGroup(List<org.gongkai.model.HeaderNode> nodes, Column c) {
        for (org.gongkai.model.HeaderNode n : nodes) {
            if (!n.isLeaf()) {
                Optional<org.gongkai.model.HeaderNode> first = n.children().stream()
                        .filter(x -> x.isLeaf() && x.leaf().role() == Role.AMOUNT).findFirst();
                if (first.isPresent() && first.get().leaf().index() == c.index() || firstInGroup(n.children(), c)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> headerPath(List<org.gongkai.model.HeaderNode> nodes, Column c, List<String> above) {
        for (org.gongkai.model.HeaderNode n : nodes) {
            List<String> path = new ArrayList<>(above);
            path.add(n.label());
            if (n.isLeaf() && n.leaf().index() == c.index()) {
                return path;
            }
            if (!n.isLeaf()) {
                List<String> found = headerPath(n.children(), c, path);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    private void section(String page, Section s, String id) {
        add(Type.TEXT, page, id, s.title() + " " + plain(s.text()));
        for (int i = 0; i < s.sections().size(); i++) {
            section(page, s.sections().get(i), Addresses.subsectionId(id, i));
        }
    }

    /** Markdown reduced to its words: link text kept, markup and runs of space dropped. */
    static String plain(String markdown) {
        String text = MARKUP.matcher(markdown).replaceAll("$1");
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    private void page(Disclosure d, String path, String title) {
        pages.putIfAbsent(path, new PageInfo(title, d.department().id(), d.year(), d.kind().slug()));
    }

    private void add(Type type, String page, String anchor, String text) {
        add(type, page, anchor, text, "");
    }

    private void add(Type type, String page, String anchor, String text, String figure) {
        String t = text.strip();
        if (!t.isEmpty()) {
            entries.add(new Entry(type, page, anchor, t, figure));
        }
    }

    /** A JavaScript (and JSON) string literal. */
    static String js(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || c == '<') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}

package org.gongkai.model;

import java.util.Map;

/**
 * Every bound on content, in one place. Content is written by many people and is not trusted: the
 * load stage reports anything beyond these bounds at its file:line:col, so no later stage ever
 * sees a value that would overflow a number, a stack or a chart, or make a regular expression or
 * the Markdown renderer slow. The bounds are generous for real disclosures (measured on the seed
 * content) and are documented in docs/content-schema.md (section 限制).
 */
public final class Limits {

    /** Bytes of one YAML file. The largest real disclosure is about 100 KB. */
    public static final int FILE_BYTES = 8 * 1024 * 1024;
    /** Nesting of mappings and lists in one YAML file (a disclosure needs about 12). */
    public static final int YAML_DEPTH = 64;
    /**
     * Aliases snakeyaml expands before the loader refuses anchors and aliases altogether: small,
     * so an alias bomb is stopped while parsing, before it expands.
     */
    public static final int YAML_ALIASES = 10;

    /**
     * Items of one YAML list (rows of a table, sections, terms, forms …): real tables have under 100
     * rows. Several rules compare the items of a list with each other.
     */
    public static final int LIST_ITEMS = 2_000;
    /** Items of a catalogue's {@code codes} list: the national catalogue has some thousands of codes. */
    public static final int CATALOGUE_CODES = 20_000;

    /** Characters of a name: department, row (科目名称), project, term, column label, identifiers. */
    public static final int NAME_CHARS = 200;
    /** Characters of a title and of any other one-line text not listed here. */
    public static final int TITLE_CHARS = 500;
    /** Characters of a table or form cell and of a note written beside a table or form. */
    public static final int CELL_CHARS = 5_000;
    /** Characters of one Markdown text (a section's text, a term's explanation, notes, intro, body). */
    public static final int MARKDOWN_CHARS = 20_000;
    /** Characters of all Markdown texts of one file together. */
    public static final int MARKDOWN_FILE_CHARS = 500_000;
    /**
     * Nesting of block quotes and lists at the start of a Markdown line (">", "-", "1.", two
     * spaces of indentation each count one level). Deeper nesting overflows the renderer's stack.
     */
    public static final int MARKDOWN_NESTING = 16;
    /**
     * Markdown markup characters {@code [ ] ` & <} in one paragraph (lines up to a blank line).
     * The renderer copies the whole paragraph each time it tries one of these, so their number
     * times the paragraph's length is its running time.
     */
    public static final int MARKDOWN_MARKUP = 100;

    /** Digits before the decimal point of an amount: 999 万亿 in 元, far beyond any budget. */
    public static final int AMOUNT_INTEGER_DIGITS = 15;
    /** Digits after the decimal point of an amount (forms print two). */
    public static final int AMOUNT_DECIMALS = 6;
    /**
     * A number within the amount bounds as the rules' patterns read it: digits with or without
     * thousands separators, then decimals. Longer digit runs are no number to them.
     */
    public static final String AMOUNT_PATTERN = "(?:\\d{1,3}(?:,\\d{3}){1," + (AMOUNT_INTEGER_DIGITS - 1) / 3 + "}|\\d{1,"
            + AMOUNT_INTEGER_DIGITS + "})(?:\\.\\d{1," + AMOUNT_DECIMALS + "})?";
    /** The same without thousands separators: percentages and scores. */
    public static final String PLAIN_NUMBER_PATTERN = "\\d{1," + AMOUNT_INTEGER_DIGITS + "}(?:\\.\\d{1," + AMOUNT_DECIMALS + "})?";

    /** Largest 栏次, 行次 and section number (节号) a form or text may use. */
    public static final int NUMBER_MAX = 9_999;
    /** Digits of such a number, as a pattern. */
    public static final String NUMBER_PATTERN = "\\d{1," + String.valueOf(NUMBER_MAX).length() + "}";
    /** Terms one identity rule may sum, a range such as R1..R57 included. */
    public static final int RULE_TERMS = 500;
    /** Nesting of parentheses in one identity rule. */
    public static final int RULE_PARENTHESES = 8;
    /** Largest score or weight (得分, 分值) a performance form may print; forms score out of 100. */
    public static final int SCORE_MAX = 1_000;
    /** Largest execution rate (执行率) in percent a performance form may print. */
    public static final int RATE_MAX = 1_000;

    /** What kind of text a YAML key holds, and so its length bound. */
    public enum TextKind {
        NAME("名称和标识", NAME_CHARS), TITLE("标题或单行文字", TITLE_CHARS), CELL("单元格或说明", CELL_CHARS),
        MARKDOWN("Markdown 正文", MARKDOWN_CHARS);

        private final String label;
        private final int max;

        TextKind(String label, int max) {
            this.label = label;
            this.max = max;
        }

        public String label() {
            return label;
        }

        public int max() {
            return max;
        }
    }

    /** Keys whose values are names or identifiers; a key not listed in any map holds a title. */
    private static final Map<String, TextKind> KINDS = Map.ofEntries(
            Map.entry("name", TextKind.NAME), Map.entry("short_name", TextKind.NAME),
            Map.entry("region", TextKind.NAME), Map.entry("peer_group", TextKind.NAME),
            Map.entry("project", TextKind.NAME), Map.entry("term", TextKind.NAME),
            Map.entry("number", TextKind.NAME), Map.entry("code", TextKind.NAME), Map.entry("id", TextKind.NAME),
            Map.entry("form", TextKind.NAME), Map.entry("forms", TextKind.NAME), Map.entry("layout", TextKind.NAME),
            Map.entry("kind", TextKind.NAME), Map.entry("type", TextKind.NAME), Map.entry("topic", TextKind.NAME),
            Map.entry("metric", TextKind.NAME), Map.entry("value", TextKind.NAME), Map.entry("year", TextKind.NAME),
            Map.entry("role", TextKind.NAME), Map.entry("roles", TextKind.NAME), Map.entry("scheme", TextKind.NAME),
            Map.entry("scope", TextKind.NAME), Map.entry("measure", TextKind.NAME), Map.entry("col", TextKind.NAME),
            Map.entry("since", TextKind.NAME), Map.entry("groups", TextKind.NAME), Map.entry("panels", TextKind.NAME),
            Map.entry("columns", TextKind.NAME), Map.entry("site_code", TextKind.NAME), Map.entry("icp", TextKind.NAME),
            Map.entry("police_record", TextKind.NAME), Map.entry("show_findings", TextKind.NAME),
            Map.entry("rows", TextKind.CELL), Map.entry("fields", TextKind.CELL), Map.entry("notices", TextKind.CELL),
            Map.entry("missing", TextKind.CELL), Map.entry("statement", TextKind.CELL), Map.entry("quote", TextKind.CELL),
            Map.entry("note", TextKind.CELL), Map.entry("source", TextKind.CELL), Map.entry("printed", TextKind.CELL),
            Map.entry("text", TextKind.MARKDOWN), Map.entry("intro", TextKind.MARKDOWN),
            Map.entry("notes", TextKind.MARKDOWN), Map.entry("body", TextKind.MARKDOWN),
            Map.entry("description", TextKind.MARKDOWN), Map.entry("licence", TextKind.MARKDOWN),
            Map.entry("explanation", TextKind.MARKDOWN));

    private Limits() {
    }

    /** The most items a list under {@code key} may have. */
    public static int listMax(String key) {
        return "codes".equals(key) ? CATALOGUE_CODES : LIST_ITEMS;
    }

    /**
     * The kind of text under {@code key} (the nearest mapping key above a scalar, so the cells of
     * {@code rows} are cells); keys themselves are names.
     */
    public static TextKind kindOf(String key) {
        return key == null ? TextKind.TITLE : KINDS.getOrDefault(key, TextKind.TITLE);
    }
}

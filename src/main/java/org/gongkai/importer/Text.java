package org.gongkai.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How printed labels are compared: without spaces and line breaks, with one kind of brackets and quotes. */
final class Text {

    /** A table number as printed: 表1, 表 4-2, 附表4-1, 部门公开表1, 公开01表. */
    private static final Pattern NUMBER = Pattern.compile("[^\\d\\s]{0,6}表\\s*\\d+([-－]\\d+)?|[^\\d\\s]{0,6}\\d+([-－]\\d+)?表");
    private static final Pattern NUMBER_THEN_TITLE = Pattern.compile("((?:[^\\d\\s]{0,6})表\\s*\\d+(?:[-－]\\d+)?)[\\s\u3000]+(\\S.*)");
    /** The unit as printed, to the end of its cell: "单位：万元", "金额单位：万元（保留两位小数）". */
    private static final Pattern UNIT = Pattern.compile("(?:金额)?单位[:：]\\s*((?:万元|千元|亿元|元)\\S*(?:\\s+\\S+)*?)\\s*$");
    private static final Pattern DEPARTMENT = Pattern.compile("(?:部门|单位|编制单位|填报单位|部门名称|单位名称|编制部门)[:：]\\s*(.*)");

    private Text() {
    }

    static String norm(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0') {
                continue;
            }
            b.append(switch (c) {
                case '（' -> '(';
                case '）' -> ')';
                case '“', '”', '＂' -> '"';
                case '：' -> ':';
                default -> c;
            });
        }
        return b.toString();
    }

    static boolean isNumber(String s) {
        return NUMBER.matcher(s.strip()).matches();
    }

    /** "表1 2021 年度收入决算表" → [表1, 2021 年度收入决算表]. */
    static Optional<String[]> numberAndTitle(String s) {
        Matcher m = NUMBER_THEN_TITLE.matcher(s.strip());
        return m.matches() ? Optional.of(new String[] {m.group(1), m.group(2).strip()}) : Optional.empty();
    }

    /** 万元 from "单位：万元" or "金额单位：万元" at the end of the text, with what follows it as printed. */
    static Optional<String> unit(String s) {
        Matcher m = UNIT.matcher(s);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The department of a "部门：…" line (a "单位：万元" in the same cell is not part of it). */
    static Optional<String> department(String s) {
        String rest = UNIT.matcher(s).replaceAll("").strip();
        Matcher m = DEPARTMENT.matcher(rest);
        return m.matches() && !m.group(1).isBlank() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    static boolean isMeta(String s) {
        return unit(s).isPresent() || department(s).isPresent();
    }

    /** A text printed below a table: a note, an explanation or the editor's note on missing parts. */
    static boolean isNote(String s) {
        String n = norm(s);
        return n.startsWith("注") || n.startsWith("说明") || n.startsWith("备注") || n.startsWith("原文缺失");
    }
}

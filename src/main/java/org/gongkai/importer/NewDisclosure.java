package org.gongkai.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gongkai.diag.Diagnostics;
import org.gongkai.load.ContentParts;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Form;
import org.gongkai.model.FormSet;
import org.gongkai.model.Kind;
import org.gongkai.model.Placeholder;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Table;

/**
 * {@code gongkai new}: a disclosure skeleton with every part, one table per form of the form set,
 * and the standard 情况说明 headings (one per table, then 其他重要事项). Table rows are copied from
 * the department's previous disclosure of the same kind with every amount left blank (names,
 * codes and 行次 stay); without one, a table starts from the rows its form fixes (项目 and 行次
 * of the summary tables, the single row of the 三公 table), amounts blank; where the original's text belongs stands {@code 【未填写】}, which loads
 * cleanly and which {@code check} reports as 未填写 until it is replaced.
 */
public final class NewDisclosure {

    private static final String MARK = Placeholder.MARK;
    private static final Pattern FILE = Pattern.compile("(\\d{4})-(budget|final)\\.yaml");
    private static final Pattern DEPARTMENT_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    public Importer.Outcome run(Path contentDir, String departmentId, String year, String kindSlug, Optional<String> formsOption)
            throws IOException {
        List<String> out = new ArrayList<>();
        Optional<Kind> kind = Kind.ofSlug(kindSlug);
        if (kind.isEmpty() || !year.matches("\\d{4}") || !DEPARTMENT_ID.matcher(departmentId).matches()) {
            return new Importer.Outcome(2, out, List.of("错误：用法为 gongkai new <部门目录名> <年度> <budget|final>，"
                    + "部门目录名只用小写字母、数字和连字符，年度四位数字"));
        }
        Path dir = contentDir.resolve(departmentId);
        Path target = dir.resolve(year + "-" + kind.get().slug() + ".yaml");
        if (Files.exists(target)) {
            return new Importer.Outcome(2, out, List.of("错误：" + target + " 已存在，不覆盖"));
        }
        Diagnostics diagnostics = new Diagnostics();
        Map<String, FormSet> sets = ContentParts.formSets(contentDir, diagnostics);
        Optional<Disclosure> previous = previous(contentDir, dir, departmentId, year, kind.get(), sets);
        Optional<String> setId = formsOption.or(() -> previous.map(p -> p.forms() == null ? null : p.forms().id()));
        List<FormSet> ofKind = sets.values().stream().filter(s -> s.kind().equals(kind.get().label())).toList();
        if (setId.isEmpty() && ofKind.size() == 1) {
            setId = Optional.of(ofKind.get(0).id());
        }
        if (setId.isEmpty() || !sets.containsKey(setId.get())) {
            return new Importer.Outcome(2, out, List.of((setId.isEmpty() ? "错误：请用 --forms 指定表样集" : "错误：找不到表样集“" + setId.get() + "”")
                    + "；可用的" + kind.get().label() + "表样集：" + String.join("、", ofKind.stream().map(FormSet::id).toList())));
        }
        FormSet set = sets.get(setId.get());
        Files.createDirectories(dir);
        Path departmentFile = dir.resolve("department.yaml");
        String name = departmentName(departmentFile);
        if (!Files.exists(departmentFile)) {
            Files.writeString(departmentFile, "name: " + TablesYaml.quote(MARK + "部门全称") + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW);
            out.add("已新建 " + departmentFile + "（请填写部门全称）");
        }
        String text = skeleton(year, kind.get(), name, set, previous);
        Files.writeString(target, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        out.add("已新建 " + target + "：表样集 " + set.id() + "，" + set.forms().size() + " 张表"
                + previous.map(p -> "，行从 " + p.year() + " 年度" + p.kind().label() + "复制（金额留空）").orElseGet(() -> fixedNote(set))
                + "；“" + MARK + "”处请照原文填写，gongkai check 会逐一列出。");
        return new Importer.Outcome(0, out, List.of());
    }

    static String skeleton(String year, Kind kind, String department, FormSet set, Optional<Disclosure> previous) {
        String k = kind.label();
        StringBuilder b = new StringBuilder();
        b.append("year: ").append(year).append('\n');
        b.append("kind: ").append(k).append('\n');
        b.append("title: ").append(TablesYaml.quote(year + " 年度" + department + "部门" + k + "公开")).append('\n');
        b.append("forms: ").append(set.id()).append('\n');
        b.append("parts:\n");
        b.append("  - type: overview\n");
        b.append("    title: ").append(TablesYaml.quote("第一部分 " + department + "概况")).append('\n');
        b.append("    sections:\n");
        section(b, "一、部门主要职能", "functions");
        section(b, "二、部门" + k + "单位构成", "units");
        section(b, "三、部门人员构成", "staff");
        b.append("  - type: tables\n");
        b.append("    title: ").append(TablesYaml.quote("第二部分 " + department + " " + year + " 年度部门" + k + "表")).append('\n');
        b.append("    tables:\n");
        List<ImportedTable> tables = new ArrayList<>();
        int n = 1;
        for (Form f : set.forms()) {
            List<List<String>> rows = previous.flatMap(p -> p.tables().filter(t -> t.form().id().equals(f.id())).findFirst())
                    .map(NewDisclosure::withoutAmounts).orElseGet(() -> fixedRows(f));
            tables.add(new ImportedTable("", f, "表" + n++, year + " 年度" + f.name(), department, "万元", rows, "", MARK + "本表数据", ""));
        }
        b.append(TablesYaml.of(tables, 6)).append('\n');
        b.append("  - type: narrative\n");
        b.append("    title: ").append(TablesYaml.quote("第三部分 " + department + " " + year + " 年度部门" + k + "情况说明")).append('\n');
        b.append("    sections:\n");
        int i = 0;
        for (Form f : set.forms()) {
            section(b, numeral(i++) + "、" + f.name().replaceAll("表$", "") + "情况说明", "");
        }
        section(b, numeral(i) + "、其他重要事项的情况说明", "");
        b.append("  - type: glossary\n");
        b.append("    title: \"第四部分 名词解释\"\n");
        b.append("    terms:\n");
        b.append("      - number: \"1\"\n");
        b.append("        term: ").append(TablesYaml.quote(MARK)).append('\n');
        b.append("        text: ").append(TablesYaml.quote(MARK)).append('\n');
        return b.toString();
    }

    private static void section(StringBuilder b, String title, String topic) {
        b.append("      - title: ").append(TablesYaml.quote(title)).append('\n');
        if (!topic.isEmpty()) {
            b.append("        topic: ").append(topic).append('\n');
        }
        b.append("        text: ").append(TablesYaml.quote(MARK)).append('\n');
    }

    private static String numeral(int i) {
        return i < 10 ? NUMERALS[i] : i < 19 ? "十" + NUMERALS[i - 10] : String.valueOf(i + 1);
    }

    /** The previous year's rows with names, codes and 行次 kept and every amount blank. */
    private static List<List<String>> withoutAmounts(Table t) {
        List<List<String>> rows = new ArrayList<>();
        for (Row r : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (Column c : t.form().columns()) {
                Cell cell = r.cell(c);
                cells.add(c.role() == Role.AMOUNT ? "" : cell.raw());
            }
            rows.add(cells);
        }
        return rows;
    }

    private static String fixedNote(FormSet set) {
        long n = set.forms().stream().filter(f -> !f.fixedRows().isEmpty()).count();
        return n == 0 ? "" : "，" + n + " 张表的固定行取自表样（金额留空）";
    }

    /** The form's fixed rows spread over all its columns, every amount blank. */
    private static List<List<String>> fixedRows(Form f) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> fixed : f.fixedRows()) {
            List<String> cells = new ArrayList<>();
            int next = 0;
            for (Column c : f.columns()) {
                cells.add(c.role() == Role.AMOUNT ? "" : fixed.get(next++));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** The department's latest disclosure of the same kind before {@code year}, read as a build reads it. */
    private static Optional<Disclosure> previous(Path contentDir, Path dir, String id, String year, Kind kind,
            Map<String, FormSet> sets) throws IOException {
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> {
                Matcher m = FILE.matcher(p.getFileName().toString());
                return m.matches() && m.group(2).equals(kind.slug()) && m.group(1).compareTo(year) < 0;
            }).sorted(Comparator.reverseOrder()).toList();
        }
        if (files.isEmpty()) {
            return Optional.empty();
        }
        Path f = files.get(0);
        Diagnostics d = new Diagnostics();
        String fileYear = f.getFileName().toString().substring(0, 4);
        return ContentParts.disclosure(f, f.toString(), new Department(id, "", "", "", ""), fileYear, kind, sets,
                ContentParts.layouts(contentDir, d), d).filter(x -> !d.hasErrors());
    }

    private static String departmentName(Path departmentFile) throws IOException {
        if (Files.exists(departmentFile)) {
            for (String line : Files.readAllLines(departmentFile, StandardCharsets.UTF_8)) {
                if (line.startsWith("name:")) {
                    return line.substring(5).strip().replaceAll("^[\"']|[\"']$", "");
                }
            }
        }
        return MARK + "部门";
    }
}

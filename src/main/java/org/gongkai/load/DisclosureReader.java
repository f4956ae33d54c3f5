package org.gongkai.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Position;
import org.gongkai.diag.Printable;
import org.gongkai.model.Acknowledgement;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Department;
import org.gongkai.model.Dates;
import org.gongkai.model.Disclosure;
import org.gongkai.model.PrintedDate;
import org.gongkai.model.Form;
import org.gongkai.model.FormSet;
import org.gongkai.model.GridLayout;
import org.gongkai.model.Kind;
import org.gongkai.model.Limits;
import org.gongkai.model.Metric;
import org.gongkai.model.Part;
import org.gongkai.model.Source;
import org.gongkai.model.Part.PartType;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Section;
import org.gongkai.model.StatedFigure;
import org.gongkai.model.Table;
import org.gongkai.model.Term;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Builds one {@link Disclosure} from the node tree of a &lt;year&gt;-&lt;kind&gt;.yaml file. */
final class DisclosureReader {

    /** A section title's Arabic number, "12." or "12、". */
    private static final Pattern SECTION_NUMBER = Pattern.compile("(\\d+)[.、．](?!\\d)");
    private static final String AMOUNT_DIGITS_HINT = "金额以万元或元为单位，整数最多 " + Limits.AMOUNT_INTEGER_DIGITS
            + " 位、小数最多 " + Limits.AMOUNT_DECIMALS + " 位；检查是否多写或误粘贴了数字";

    private final String file;
    private final Diagnostics diagnostics;
    private final Map<String, FormSet> formSets;
    private final Map<String, GridLayout> layouts;
    private final Map<String, Integer> slugCounts = new HashMap<>();
    private final Map<String, Integer> tableCounts = new HashMap<>();

    private static final Pattern SHA256 = Pattern.compile("[0-9a-fA-F]{64}");

    DisclosureReader(String file, Diagnostics diagnostics, Map<String, FormSet> formSets,
            Map<String, GridLayout> layouts) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.formSets = formSets;
        this.layouts = layouts;
    }

    Optional<Disclosure> read(Node root, Department department, String fileYear, Kind fileKind) {
        Optional<MapReader> m = MapReader.of(root, file, diagnostics, "公开文件");
        if (m.isEmpty()) {
            return Optional.empty();
        }
        MapReader map = m.get().allow("year", "kind", "title", "published", "approved", "forms", "notices", "parts",
                "stated_figures", "acknowledgements", "source");
        map.required("year", "公开年度，四位数字，须与文件名一致").ifPresent(y -> {
            if (!y.text().equals(fileYear)) {
                diagnostics.report(y.position(), Code.DISCLOSURE_YEAR, "year 为 " + y.text() + "，但文件名的年度是 " + fileYear,
                        "让 year 与文件名 " + fileYear + "-" + fileKind.slug() + ".yaml 一致");
            }
        });
        map.required("kind", "预算 或 决算").ifPresent(k -> {
            Optional<Kind> kind = Kind.ofLabel(k.text());
            if (kind.isEmpty()) {
                diagnostics.report(k.position(), Code.DISCLOSURE_KIND, "kind 应为“预算”或“决算”，实际是“" + Printable.excerpt(k.text()) + "”", "");
            } else if (kind.get() != fileKind) {
                diagnostics.report(k.position(), Code.DISCLOSURE_KIND, "kind 为“" + Printable.excerpt(k.text()) + "”，但文件名表示" + fileKind.label(),
                        "文件名用 -budget.yaml 表示预算、-final.yaml 表示决算");
            }
        });
        String title = map.required("title", "原文标题").map(Scalar::text).orElse("");
        FormSet forms = map.scalar("forms").map(s -> {
            FormSet set = formSets.get(s.text());
            if (set == null) {
                diagnostics.report(s.position(), Code.DISCLOSURE_FORMS, "找不到表样集“" + Printable.excerpt(s.text()) + "”",
                        "可用的表样集：" + String.join("、", formSets.keySet().stream().sorted().toList())
                                + "；也可以在 content/forms/ 中添加");
            }
            return set;
        }).orElse(null);
        List<String> notices = map.scalars("notices").stream().map(Scalar::text).toList();
        List<Part> parts = new ArrayList<>();
        for (Node p : map.requiredList("parts", "按原文顺序列出各部分")) {
            readPart(p, forms).ifPresent(parts::add);
        }
        List<StatedFigure> figures = new ArrayList<>();
        for (Node f : map.list("stated_figures")) {
            readFigure(f, fileYear).ifPresent(figures::add);
        }
        List<Acknowledgement> acknowledgements = new ArrayList<>();
        for (Node a : map.list("acknowledgements")) {
            MapReader.of(a, file, diagnostics, "acknowledgements 的一项").ifPresent(am -> {
                am.allow("rule", "subject", "note");
                Optional<Scalar> rule = am.required("rule", "校验规则 id，如 cross.same-figure");
                Optional<Scalar> subject = am.required("subject", "check 输出中给出的 subject");
                Optional<Scalar> note = am.required("note", "向读者说明原因");
                if (rule.isPresent() && subject.isPresent() && note.isPresent()) {
                    acknowledgements.add(new Acknowledgement(rule.get().text(), subject.get().text(), note.get().text(),
                            am.position()));
                }
            });
        }
        Optional<Source> source = map.map("source", "原文出处").flatMap(this::readSource);
        return Optional.of(new Disclosure(department, fileYear, fileKind, title, map.text("published"), forms,
                notices, parts, figures, acknowledgements, source, file, readDates(map)));
    }

    /** The approval date must be a date the timeliness rule can read; the publication date is kept as printed. */
    private Dates readDates(MapReader map) {
        Optional<Scalar> approved = map.scalar("approved");
        approved.filter(a -> PrintedDate.parse(a.text()).isEmpty()).ifPresent(a -> diagnostics.report(a.position(),
                Code.DISCLOSURE_DATE, "approved（批复日期）“" + Printable.excerpt(a.text()) + "”不是可识别的日期",
                "照批复文件写年月日，如 2021 年 1 月 20 日 或 2021-01-20"));
        return new Dates(approved.map(Scalar::text).orElse(""), approved.map(Scalar::position),
                map.scalar("published").map(Scalar::position));
    }

    /** The published original: title required, the address only http(s), the checksum 64 hex digits. */
    private Optional<Source> readSource(MapReader m) {
        m.allow("title", "publisher", "published", "url", "sha256");
        Optional<Scalar> title = m.required("title", "原文标题，照原样");
        String url = m.scalar("url").map(s -> {
            if (!ContentReader.WEB_ADDRESS.matcher(s.text()).matches()) {
                diagnostics.report(s.position(), Code.SOURCE_URL, "source.url 应为以 http:// 或 https:// 开头的网址",
                        "写原文发布的网页地址，如 https://www.example.gov.cn/zwgk/2022/1027/123.html");
                return "";
            }
            return s.text();
        }).orElse("");
        String sha256 = m.scalar("sha256").map(s -> {
            if (!SHA256.matcher(s.text()).matches()) {
                diagnostics.report(s.position(), Code.SOURCE_SHA256, "source.sha256 应为 64 位十六进制数（原文文件的 SHA-256）",
                        "用 sha256sum 原文文件.pdf 计算");
                return "";
            }
            return s.text().toLowerCase(java.util.Locale.ROOT);
        }).orElse("");
        return title.map(t -> new Source(t.text(), m.text("publisher"), m.text("published"), url, sha256));
    }

    private Optional<Part> readPart(Node node, FormSet forms) {
        Optional<MapReader> m = MapReader.of(node, file, diagnostics, "部分（parts 的一项）");
        if (m.isEmpty()) {
            return Optional.empty();
        }
        MapReader map = m.get();
        Optional<Scalar> type = map.required("type", "overview、tables、narrative、text、glossary 或 performance");
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String title = map.text("title");
        switch (type.get().text()) {
            case "overview", "narrative", "text" -> {
                map.allow("type", "title", "sections");
                PartType pt = PartType.valueOf(type.get().text().toUpperCase(java.util.Locale.ROOT));
                return Optional.of(new Part.SectionsPart(pt, title, slug(pt.key()), readSections(map)));
            }
            case "tables" -> {
                map.allow("type", "title", "tables", "not_transcribed");
                List<Table> tables = new ArrayList<>();
                for (Node t : map.requiredList("tables", "列出每张表")) {
                    readTable(t, forms).ifPresent(tables::add);
                }
                return Optional.of(new Part.TablesPart(title, slug("tables"), tables, map.text("not_transcribed"),
                        map.position()));
            }
            case "glossary" -> {
                map.allow("type", "title", "intro", "terms");
                List<Term> terms = new ArrayList<>();
                for (Node t : map.requiredList("terms", "列出每个名词解释")) {
                    readTerm(t).ifPresent(terms::add);
                }
                return Optional.of(new Part.GlossaryPart(title, slug("glossary"), map.text("intro"), terms));
            }
            case "performance" -> {
                map.allow("type", "title", "forms");
                return Optional.of(new Part.PerformancePart(title, slug("performance"),
                        new PerformanceReader(file, diagnostics, layouts).read(map)));
            }
            default -> {
                diagnostics.report(type.get().position(), Code.SCHEMA_PART_TYPE, "未知的部分类型“" + Printable.excerpt(type.get().text()) + "”",
                        "可用：overview、tables、narrative、text、glossary、performance");
                return Optional.empty();
            }
        }
    }

    /** A stable page address: the type's name, numbered from the second part of the same type. */
    private String slug(String base) {
        int n = slugCounts.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    /** A table's address below tables/: its form id, numbered when a form is used twice. */
    private String tableSlug(String formId) {
        int n = tableCounts.merge(formId, 1, Integer::sum);
        return n == 1 ? formId : formId + "-" + n;
    }

    private List<Section> readSections(MapReader parent) {
        List<Section> sections = new ArrayList<>();
        for (Node s : parent.list("sections")) {
            MapReader.of(s, file, diagnostics, "小节").ifPresent(map -> {
                map.allow("title", "topic", "text", "sections");
                String title = map.required("title", "原文的小节标题").map(Scalar::text).orElse("");
                map.scalar("title").ifPresent(this::sectionNumber);
                Position textAt = map.scalar("text").map(Scalar::position).orElse(map.position());
                sections.add(new Section(title, map.text("topic"), map.text("text"), readSections(map), map.position(), textAt));
            });
        }
        return sections;
    }

    /** A section number ("3." or "3、") beyond {@link Limits#NUMBER_MAX} is no section number of a real text. */
    private void sectionNumber(Scalar title) {
        Matcher m = SECTION_NUMBER.matcher(title.text().strip());
        if (m.lookingAt() && m.group(1).length() > String.valueOf(Limits.NUMBER_MAX).length()) {
            diagnostics.report(title.position(), Code.SECTION_NUMBER, "小节编号“" + Printable.excerpt(m.group(1)) + "”超出上限 "
                    + Limits.NUMBER_MAX, "小节标题照原文，编号如“3.”“（三）”“三、”");
        }
    }

    private Optional<Term> readTerm(Node node) {
        return MapReader.of(node, file, diagnostics, "名词解释").map(map -> {
            map.allow("number", "term", "text");
            String term = map.required("term", "名词").map(Scalar::text).orElse("");
            return new Term(map.text("number"), term, map.text("text"), map.position());
        });
    }

    private Optional<Table> readTable(Node node, FormSet forms) {
        Optional<MapReader> m = MapReader.of(node, file, diagnostics, "表格");
        if (m.isEmpty()) {
            return Optional.empty();
        }
        MapReader map = m.get().allow("form", "number", "title", "department", "unit", "rows", "notes", "statement", "missing", "restored",
                "illegible");
        Optional<Scalar> formId = map.required("form", "表样标识，如 income-expense-summary");
        String number = map.required("number", "原文表号，如 表1").map(Scalar::text).orElse("");
        String title = map.required("title", "原文表题").map(Scalar::text).orElse("");
        List<Node> rowNodes = map.requiredList("rows", "数据行；没有数据写 []");
        if (formId.isEmpty() || forms == null) {
            if (formId.isPresent()) {
                diagnostics.report(formId.get().position(), Code.TABLE_FORMS, "表格引用了表样，但文件没有指定可用的表样集（forms）", "在文件顶层写 forms: 表样集标识");
            }
            return Optional.empty();
        }
        Optional<Form> form = forms.form(formId.get().text());
        if (form.isEmpty()) {
            diagnostics.report(formId.get().position(), Code.TABLE_FORM, "表样集“" + forms.id() + "”中没有表样“" + Printable.excerpt(formId.get().text()) + "”",
                    "可用：" + String.join("、", forms.forms().stream().map(Form::id).toList()));
            return Optional.empty();
        }
        List<Row> rows = new ArrayList<>();
        for (Node r : rowNodes) {
            readRow(r, form.get()).ifPresent(rows::add);
        }
        List<Node> restored = map.list("restored");
        if (rows.size() == rowNodes.size()) {
            for (Node r : restored) {
                restore(r, form.get(), rows);
            }
            for (Node r : map.list("illegible")) {
                markIllegible(r, form.get(), rows);
            }
        }
        String unit = map.scalar("unit").map(Scalar::text).orElse("万元");
        return Optional.of(new Table(tableSlug(form.get().id()), form.get(), number,
                title, map.text("department"), unit, rows, map.text("notes"), map.text("statement"), map.text("missing"),
                map.position()));
    }

    /**
     * Applies one {@code restored} entry: the cell at row and column (both counted from 1) must hold
     * exactly the printed text, and gets the restored amount with its source.
     */
    private void restore(Node node, Form form, List<Row> rows) {
        Optional<MapReader> m = MapReader.of(node, file, diagnostics, "恢复的数字");
        if (m.isEmpty()) {
            return;
        }
        MapReader map = m.get().allow("row", "column", "printed", "value", "source");
        Optional<Scalar> row = map.required("row", "行的序号，从 1 数（rows 中的第几行）");
        Optional<Scalar> column = map.required("column", "列的序号，从 1 数（表样中的第几列）");
        Optional<Scalar> printed = map.required("printed", "原文（提取文本）印出的内容，与 rows 中该格相同");
        Optional<Scalar> value = map.required("value", "文件本身证明的金额，如 \"307.24\"");
        Optional<Scalar> source = map.required("source", "文件中证明这个数字的位置，如 情况说明第二部分“……307.24 万元”");
        if (row.isEmpty() || column.isEmpty() || printed.isEmpty() || value.isEmpty() || source.isEmpty()) {
            return;
        }
        Optional<Integer> r = ordinal(row.get(), rows.size(), "行", "本表有 " + rows.size() + " 行");
        Optional<Integer> c = ordinal(column.get(), form.columns().size(), "列", "表样“" + form.name() + "”有 " + form.columns().size() + " 列");
        if (r.isEmpty() || c.isEmpty()) {
            return;
        }
        Column col = form.columns().get(c.get() - 1);
        if (col.role() != Role.AMOUNT) {
            diagnostics.report(column.get().position(), Code.TABLE_RESTORED_COLUMN, "第 " + c.get() + " 列“" + col.label() + "”不是金额列，只能恢复金额",
                    "column 从 1 数，写金额所在的列");
            return;
        }
        Row target = rows.get(r.get() - 1);
        Cell cell = target.cells().get(c.get() - 1);
        if (cell.isMarked()) {
            diagnostics.report(row.get().position(), Code.TABLE_RESTORED_TWICE, "第 " + r.get() + " 行第 " + c.get() + " 列已经恢复过一次",
                    "每格只写一条 restored");
            return;
        }
        if (!cell.raw().equals(printed.get().text().strip())) {
            diagnostics.report(printed.get().position(), Code.TABLE_RESTORED_PRINTED, "第 " + r.get() + " 行第 " + c.get() + " 列照录的是“"
                    + Printable.excerpt(cell.raw()) + "”，printed 写的是“" + Printable.excerpt(printed.get().text()) + "”",
                    "printed 照抄 rows 中该格的内容");
            return;
        }
        Optional<Cell> figure = NumberBounds.amountDigits(value.get().text()).isPresent()
                ? Optional.empty() : Cell.amount(value.get().text(), value.get().position()).filter(Cell::isAmount);
        if (figure.isEmpty()) {
            diagnostics.report(value.get().position(), Code.TABLE_RESTORED_VALUE, "value“" + Printable.excerpt(value.get().text()) + "”不是金额",
                    "写文件本身证明的金额，如 \"307.24\"");
            return;
        }
        if (!keepsPrinted(cell.raw(), figure.get().raw())) {
            diagnostics.report(value.get().position(), Code.TABLE_RESTORED_DIGITS, "value“" + Printable.excerpt(value.get().text())
                    + "”不含原文所印的“" + Printable.excerpt(cell.raw()) + "”：只能补回丢失的数字，印出的数字要按原顺序保留",
                    "如原文印作 07.24、文件别处为 307.24，写 value: \"307.24\"");
            return;
        }
        List<Cell> cells = new ArrayList<>(target.cells());
        cells.set(c.get() - 1, cell.restoredAs(figure.get(), source.get().text().strip(), map.position()));
        rows.set(r.get() - 1, new Row(cells, target.position()));
    }

    /**
     * Applies one {@code illegible} entry: the cell at row and column keeps exactly what was
     * transcribed ({@code printed}) and is marked with {@code note}, what cannot be read and why.
     */
    private void markIllegible(Node node, Form form, List<Row> rows) {
        Optional<MapReader> m = MapReader.of(node, file, diagnostics, "无法辨认的格");
        if (m.isEmpty()) {
            return;
        }
        MapReader map = m.get().allow("row", "column", "printed", "note");
        Optional<Scalar> row = map.required("row", "行的序号，从 1 数（rows 中的第几行）");
        Optional<Scalar> column = map.required("column", "列的序号，从 1 数（表样中的第几列）");
        // printed may be absent (or "") for a cell left blank because nothing could be read.
        Optional<Scalar> printed = map.scalar("printed");
        Optional<Scalar> note = map.required("note", "原文该格的情况，如 扫描件此格模糊，只能辨认出末两位");
        if (row.isEmpty() || column.isEmpty() || note.isEmpty()) {
            return;
        }
        Optional<Integer> r = ordinal(row.get(), rows.size(), "行", "本表有 " + rows.size() + " 行", Code.TABLE_ILLEGIBLE);
        Optional<Integer> c = ordinal(column.get(), form.columns().size(), "列",
                "表样“" + form.name() + "”有 " + form.columns().size() + " 列", Code.TABLE_ILLEGIBLE);
        if (r.isEmpty() || c.isEmpty()) {
            return;
        }
        if (form.columns().get(c.get() - 1).role() == Role.NAME) {
            diagnostics.report(column.get().position(), Code.TABLE_ILLEGIBLE, "第 " + c.get() + " 列“"
                    + form.columns().get(c.get() - 1).label() + "”是名称列，不标 illegible", "名称辨认不清时照录能辨认的部分，并在表的 missing 中说明");
            return;
        }
        Row target = rows.get(r.get() - 1);
        Cell cell = target.cells().get(c.get() - 1);
        if (cell.isMarked()) {
            diagnostics.report(row.get().position(), Code.TABLE_ILLEGIBLE, "第 " + r.get() + " 行第 " + c.get()
                    + " 列已有一条 restored 或 illegible", "每格只写一条");
            return;
        }
        String printedText = printed.map(p -> p.text().strip()).orElse("");
        if (!cell.raw().equals(printedText)) {
            diagnostics.report(printed.map(Scalar::position).orElse(map.position()), Code.TABLE_ILLEGIBLE, "第 " + r.get()
                    + " 行第 " + c.get() + " 列照录的是“" + Printable.excerpt(cell.raw()) + "”，printed 写的是“"
                    + Printable.excerpt(printedText) + "”", "printed 照抄 rows 中该格的内容");
            return;
        }
        List<Cell> cells = new ArrayList<>(target.cells());
        cells.set(c.get() - 1, cell.illegible(note.get().text().strip(), map.position()));
        rows.set(r.get() - 1, new Row(cells, target.position()));
    }

    /** Whether the printed characters (thousands separators aside) appear in the figure in order: only lost digits are added. */
    private static boolean keepsPrinted(String printed, String figure) {
        String p = printed.replace(",", "");
        String f = figure.replace(",", "");
        int i = 0;
        for (int j = 0; j < f.length() && i < p.length(); j++) {
            if (f.charAt(j) == p.charAt(i)) {
                i++;
            }
        }
        return i == p.length();
    }

    /** A 1-based position written as a whole number from 1 to {@code count}. */
    private Optional<Integer> ordinal(Scalar s, int count, String what, String size) {
        return ordinal(s, count, what, size, what.equals("行") ? Code.TABLE_RESTORED_ROW : Code.TABLE_RESTORED_COLUMN);
    }

    private Optional<Integer> ordinal(Scalar s, int count, String what, String size, Code code) {
        String t = s.text().strip();
        if (t.matches("[1-9]\\d{0,5}") && Integer.parseInt(t) <= count) {
            return Optional.of(Integer.parseInt(t));
        }
        String key = code == Code.TABLE_ILLEGIBLE ? "illegible" : "restored";
        diagnostics.report(s.position(), code, key + " 指向第“" + Printable.excerpt(t) + "”" + what + "，" + size, what + "从 1 数");
        return Optional.empty();
    }

    private Optional<Row> readRow(Node node, Form form) {
        Position at = Nodes.position(file, node);
        if (!(node instanceof SequenceNode seq)) {
            diagnostics.report(at, Code.TABLE_ROW, "每一行应为单元格列表，如 [\"201\", 一般公共服务支出, \"2,408.17\"]，实际是" + Nodes.kindName(node), "");
            return Optional.empty();
        }
        List<Column> columns = form.columns();
        if (seq.getValue().size() != columns.size()) {
            diagnostics.report(at, Code.TABLE_ROW_WIDTH,
                    "这一行有 " + seq.getValue().size() + " 个单元格，表样“" + form.name() + "”有 " + columns.size() + " 列",
                    "按列顺序每列一格，空白写 \"\"：" + String.join(" | ", columns.stream().map(Column::label).toList()));
            return Optional.empty();
        }
        List<Cell> cells = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < columns.size(); i++) {
            Node c = seq.getValue().get(i);
            Position cp = Nodes.position(file, c);
            if (!(c instanceof ScalarNode s)) {
                diagnostics.report(cp, Code.TABLE_CELL, "单元格应为文本或数字，实际是" + Nodes.kindName(c), "");
                ok = false;
                continue;
            }
            Optional<Cell> cell = readCell(s.getValue(), columns.get(i), cp);
            ok &= cell.isPresent();
            cell.ifPresent(cells::add);
        }
        return ok ? Optional.of(new Row(cells, at)) : Optional.empty();
    }

    private Optional<Cell> readCell(String raw, Column column, Position at) {
        switch (column.role()) {
            case AMOUNT -> {
                Optional<String> digits = NumberBounds.amountDigits(raw);
                if (digits.isPresent()) {
                    diagnostics.report(at, Code.TABLE_AMOUNT_DIGITS, "“" + column.label() + "”列的金额“" + Printable.excerpt(raw.strip())
                            + "”位数过多：" + digits.get(), AMOUNT_DIGITS_HINT);
                    return Optional.empty();
                }
                Optional<Cell> cell = Cell.amount(raw, at);
                if (cell.isEmpty()) {
                    diagnostics.report(at, Code.TABLE_AMOUNT, "“" + column.label() + "”列的金额“" + Printable.excerpt(raw) + "”无法识别",
                            "金额写成 1234.56 或 \"1,234.56\"；空白写 \"\"；原文为横线写 -");
                }
                return cell;
            }
            case CODE -> {
                String code = raw.strip();
                if (!code.isEmpty() && !code.matches("\\d{3}|\\d{5}|\\d{7}")) {
                    diagnostics.report(at, Code.TABLE_CODE, "科目编码“" + Printable.excerpt(raw) + "”应为 3、5 或 7 位数字",
                            "写完整编码，如 2010350；合计行写 \"\"");
                    return Optional.empty();
                }
                return Optional.of(Cell.text(code, at));
            }
            case LINE -> {
                String line = raw.strip();
                if (!line.isEmpty() && !line.matches("\\d{1,3}")) {
                    diagnostics.report(at, Code.TABLE_LINE, "行次“" + Printable.excerpt(raw) + "”应为 1–3 位数字", "原文没有行次时写 \"\"");
                    return Optional.empty();
                }
                return Optional.of(Cell.text(line, at));
            }
            case NAME -> {
                int length = raw.strip().codePointCount(0, raw.strip().length());
                if (length > Limits.NAME_CHARS) {
                    diagnostics.report(at, Code.LOAD_TOO_LONG, "“" + column.label() + "”列的名称过长：" + String.format("%,d", length)
                            + " 个字符，名称上限 " + Limits.NAME_CHARS + " 个", "名称照原文填写，通常只有几十个字；检查是否把多格内容写进了一格");
                    return Optional.empty();
                }
                return Optional.of(Cell.text(raw, at));
            }
            default -> {
                return Optional.of(Cell.text(raw, at));
            }
        }
    }

    private Optional<StatedFigure> readFigure(Node node, String fileYear) {
        Optional<MapReader> m = MapReader.of(node, file, diagnostics, "stated_figures 的一项");
        if (m.isEmpty()) {
            return Optional.empty();
        }
        MapReader map = m.get().allow("metric", "value", "year", "quote");
        Optional<Metric> metric = map.required("metric", "指标标识，见 docs/content-schema.md").flatMap(s -> {
            Optional<Metric> found = Metric.of(s.text());
            if (found.isEmpty()) {
                diagnostics.report(s.position(), Code.FIGURE_METRIC, "未知的指标“" + Printable.excerpt(s.text()) + "”",
                        "可用：" + String.join("、", java.util.Arrays.stream(Metric.values()).map(Metric::key).toList()));
            }
            return found;
        });
        Optional<Cell> value = map.required("value", "原文数字").flatMap(s -> {
            Optional<String> digits = NumberBounds.amountDigits(s.text());
            if (digits.isPresent()) {
                diagnostics.report(s.position(), Code.FIGURE_VALUE, "数字“" + Printable.excerpt(s.text().strip()) + "”位数过多："
                        + digits.get(), AMOUNT_DIGITS_HINT);
                return Optional.empty();
            }
            Optional<Cell> cell = Cell.amount(s.text(), s.position()).filter(Cell::isAmount);
            if (cell.isEmpty()) {
                diagnostics.report(s.position(), Code.FIGURE_VALUE, "数字“" + Printable.excerpt(s.text()) + "”无法识别",
                        "照原文写数字，如 1118.78");
            }
            return cell;
        });
        String quote = map.required("quote", "原文中给出该数字的句子").map(Scalar::text).orElse("");
        String year = map.scalar("year").map(s -> {
            if (!s.text().matches("\\d{4}")) {
                diagnostics.report(s.position(), Code.FIGURE_YEAR, "year 应为四位年份，实际是“" + Printable.excerpt(s.text()) + "”",
                        "数字所属的年度，如 " + fileYear);
            }
            return s.text();
        }).orElse(fileYear);
        if (metric.isEmpty() || value.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StatedFigure(metric.get(), value.get(), year, quote, map.position()));
    }
}

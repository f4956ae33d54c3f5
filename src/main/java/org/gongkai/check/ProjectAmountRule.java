package org.gongkai.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.gongkai.diag.Position;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.FormSet;
import org.gongkai.model.Measure;
import org.gongkai.model.Limits;
import org.gongkai.model.Part;
import org.gongkai.model.PerformanceForm.ColumnRole;
import org.gongkai.model.PerformanceForm.Grid;
import org.gongkai.model.PerformanceForm;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Section;
import org.gongkai.model.Table;

/**
 * A project's amount wherever the disclosure states it: the form's own fields and grids (项目当年预算,
 * 资金来源合计, 支出明细合计), the form's summary sentence (全年预算数为 X 万元，执行数为 Y 万元), the 项目支出
 * table row of the same name, and the narrative's "项目名 N 万元". Only an exact project name counts
 * as a match; a name inside a longer project's name is not one.
 */
final class ProjectAmountRule {

    private static final Pattern INTRO_BUDGET = Pattern.compile("全年预算数?为\\s*" + NarrativeRules.AMOUNT);
    private static final Pattern INTRO_EXECUTED = Pattern.compile("执行数为\\s*" + NarrativeRules.AMOUNT);
    /** What follows a project's name in "项目名（项目）（经费）为 N 万元". */
    private static final Pattern AFTER_NAME = Pattern.compile("(?:项目)?(?:经费|资金)?\\s*(?:(?:为|共|计)\\s*)?"
            + "(" + Limits.AMOUNT_PATTERN + ")\\s*万元");

    /** What one form says about its project: each amount with its label and where it is written. */
    record Stated(String label, BigDecimal value, String raw, Position at, boolean total) {
    }

    record Project(PerfForms.Named form, List<Stated> amounts) {
        String name() {
            return form.form().project();
        }
    }

    private ProjectAmountRule() {
    }

    static List<Finding> check(RuleContext c) {
        Disclosure d = c.disclosure();
        Locator locator = c.locator();
        List<Finding> out = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        for (PerfForms.Named n : PerfForms.of(d)) {
            if (n.form().project().isBlank()) {
                continue;
            }
            Project p = new Project(n, amounts(n.form(), d.forms()));
            projects.add(p);
            declaration(d, p, out);
            intro(d, p, out);
        }
        tables(d, projects, out);
        narrative(d, projects, locator, out);
        return out;
    }

    /** The amounts a project's form states; a grid's total row is named as the form set declares 合计 rows. */
    private static List<Stated> amounts(PerformanceForm f, FormSet forms) {
        List<Stated> out = new ArrayList<>();
        for (String label : List.of("项目当年预算", "项目总预算")) {
            f.field(label).ifPresent(x -> PerfNumbers.number(x.value())
                    .ifPresent(v -> out.add(new Stated(label, v, x.value(), x.at(), false))));
        }
        for (Grid g : f.grids()) {
            int amount = g.column(ColumnRole.AMOUNT);
            for (int i = 0; i < g.rows().size() && amount >= 0; i++) {
                String first = compact(g.rows().get(i).get(0));
                // The total itself (合计), not a part's total (人员经费合计).
                if (forms.totalRows().stream().anyMatch(t -> t.measure() == null && !t.grand()
                        && first.equals(t.name().replace("*", "")))) {
                    String raw = g.rows().get(i).get(amount);
                    int row = i;
                    PerfNumbers.number(raw).ifPresent(v -> out.add(
                            new Stated(g.title() + first, v, raw, g.at().get(row).get(amount), true)));
                }
            }
            for (ColumnRole r : List.of(ColumnRole.BUDGET, ColumnRole.EXECUTED)) {
                int c = g.column(r);
                if (c >= 0 && !g.rows().isEmpty()) {
                    String raw = g.rows().get(0).get(c);
                    PerfNumbers.number(raw).ifPresent(v -> out.add(new Stated(
                            (r == ColumnRole.BUDGET ? "预算数" : "执行数"), v, raw, g.at().get(0).get(c), false)));
                }
            }
        }
        return out;
    }

    /** 项目当年预算 = 资金来源合计 = 支出明细合计. */
    private static void declaration(Disclosure d, Project p, List<Finding> out) {
        Optional<Stated> year = p.amounts().stream().filter(s -> s.label().equals("项目当年预算")).findFirst();
        if (year.isEmpty()) {
            return;
        }
        for (Stated s : p.amounts()) {
            if (s.total() && s.value().compareTo(year.get().value()) != 0) {
                out.add(new Finding(Rule.PERF_PROJECT, d.path(), p.form().name() + " " + s.label(),
                        p.form().name() + "：" + s.label() + " " + s.raw() + " ≠ 项目当年预算 " + year.get().raw()
                                + "，相差 " + Amounts.format(s.value().subtract(year.get().value()).abs()),
                        s.at(), List.of(year.get().at())));
            }
        }
    }

    /** The form's summary sentence against its 预算执行情况 grid. */
    private static void intro(Disclosure d, Project p, List<Finding> out) {
        String text = p.form().form().intro();
        compareIntro(d, p, text, INTRO_BUDGET, "预算数", "全年预算数", out);
        compareIntro(d, p, text, INTRO_EXECUTED, "执行数", "执行数", out);
    }

    private static void compareIntro(Disclosure d, Project p, String text, Pattern pattern, String label, String said,
            List<Finding> out) {
        Matcher m = pattern.matcher(text);
        Optional<Stated> grid = p.amounts().stream().filter(s -> s.label().equals(label)).findFirst();
        if (!m.find() || grid.isEmpty()) {
            return;
        }
        BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
        if (v.compareTo(grid.get().value()) != 0) {
            out.add(new Finding(Rule.PERF_PROJECT, d.path(), p.form().name() + " 综述 " + said,
                    p.form().name() + "：综述写" + said + " " + m.group(1) + " 万元，而表中" + label + "为 "
                            + grid.get().raw() + "，相差 " + Amounts.format(v.subtract(grid.get().value()).abs()),
                    p.form().form().position(), List.of(grid.get().at())));
        }
    }

    /** Rows of a 项目支出 table that carry exactly a project's name. */
    private static void tables(Disclosure d, List<Project> projects, List<Finding> out) {
        Map<String, List<Project>> byName = new HashMap<>();
        projects.forEach(p -> byName.computeIfAbsent(compact(p.name()), k -> new ArrayList<>()).add(p));
        for (Table t : d.tables().toList()) {
            Optional<Column> name = t.form().columns().stream().filter(c -> c.role() == Role.NAME).findFirst();
            // Only a column the form says holds a project's whole amount (its 项目支出 or 支出); rows
            // named by a project's exact name are compared, so classification tables never match.
            Optional<Column> amount = t.form().columns().stream()
                    .filter(c -> c.measure() == Measure.PROJECT || c.measure() == Measure.EXPENSE)
                    .findFirst();
            if (name.isEmpty() || amount.isEmpty()) {
                continue;
            }
            for (Row row : t.rows()) {
                Cell cell = row.cell(amount.get());
                if (!cell.isAmount()) {
                    continue;
                }
                for (Project p : byName.getOrDefault(compact(row.cell(name.get()).raw()), List.of())) {
                    mismatch(p, cell.value()).ifPresent(s -> out.add(new Finding(Rule.PERF_PROJECT, d.path(),
                            t.number() + " " + p.name(),
                            t.number() + "“" + p.name() + "”" + cell.raw() + " 万元，而" + p.form().name() + "中"
                                    + s.label() + "为 " + s.raw(),
                            cell.position(), List.of(s.at()))));
                }
            }
        }
    }

    /** "项目名 N 万元" in the narrative. */
    private static void narrative(Disclosure d, List<Project> projects, Locator locator, List<Finding> out) {
        // One finder for all names: the texts are read once, however many projects there are.
        NameFinder<Project> names = new NameFinder<>();
        Map<String, Project> byName = new LinkedHashMap<>();
        projects.forEach(p -> byName.putIfAbsent(compact(p.name()), p));
        byName.values().forEach(p -> names.add(p.name(), p));
        for (Part part : d.parts()) {
            if (part instanceof Part.SectionsPart s) {
                sections(d, s.sections(), names, locator, out);
            }
        }
    }

    private static void sections(Disclosure d, List<Section> sections, NameFinder<Project> names, Locator locator,
            List<Finding> out) {
        for (Section s : sections) {
            List<int[]> spans = new ArrayList<>();
            List<Runnable> pending = new ArrayList<>();
            Matcher m = AFTER_NAME.matcher(s.text());
            for (NameFinder.Found<Project> found : names.find(s.text())) {
                m.region(found.end(), s.text().length());
                if (!m.lookingAt()) {
                    continue;
                }
                Project p = found.value();
                int start = found.start();
                int end = found.end();
                BigDecimal v = new BigDecimal(m.group(1).replace(",", ""));
                String raw = m.group(1);
                int figure = m.start(1);
                spans.add(new int[] {start, end, end - start});
                pending.add(() -> {
                    // A shorter name inside a longer project's name is not a mention of it.
                    boolean inside = spans.stream().anyMatch(o -> o[0] <= start && o[1] >= end && o[2] > end - start);
                    if (!inside) {
                        mismatch(p, v).ifPresent(x -> out.add(new Finding(Rule.PERF_PROJECT, d.path(),
                                s.title() + " " + p.name(),
                                "“" + s.title() + "”写“" + p.name() + "” " + raw + " 万元，而" + p.form().name()
                                        + "中" + amountsText(p),
                                locator.locate(s, figure), List.of(x.at()))));
                    }
                });
            }
            pending.forEach(Runnable::run);
            sections(d, s.sections(), names, locator, out);
        }
    }

    /** The first stated amount when none of them equals {@code v}; empty when one does or none is stated. */
    private static Optional<Stated> mismatch(Project p, BigDecimal v) {
        if (p.amounts().isEmpty() || p.amounts().stream().anyMatch(s -> s.value().compareTo(v) == 0)) {
            return Optional.empty();
        }
        return Optional.of(p.amounts().get(0));
    }

    private static String amountsText(Project p) {
        return p.amounts().stream().map(s -> s.label() + " " + s.raw()).distinct().collect(Collectors.joining("、"));
    }

    static String compact(String s) {
        return s.replaceAll("\\s", "");
    }
}

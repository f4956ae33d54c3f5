package org.gongkai.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongkai.facts.Fact;
import org.gongkai.facts.FactSet;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Measure;
import org.gongkai.model.Metric;
import org.gongkai.model.Portal;
import org.gongkai.model.Scope;
import org.gongkai.model.Table;
import org.gongkai.render.chart.ChartSpec.Item;
import org.gongkai.render.chart.ChartSpec.Kind;
import org.gongkai.render.chart.ChartSpec.Total;
import org.gongkai.render.chart.Figures.Figure;

/**
 * Builds chart specs from the model: which charts a disclosure (or a department) has data for,
 * and their exact numbers. A chart is made only when its data is published; nothing is inferred.
 * Tables come first (whole-department tables before 一般公共预算 ones, whose scope the title then
 * names); a disclosure without tables falls back to the figures its narrative states.
 */
public final class ChartData {

    public static final String SPLIT = "expense-split";
    public static final String INCOME = "income-sources";
    public static final String FUNCTIONAL = "expense-functional";
    public static final String TOTAL_CHANGE = "total-change";
    public static final String FISCAL_CHANGE = "fiscal-total-change";
    public static final String TREND = "trend-";

    /** The funds a structure chart is drawn for: the whole department, else 一般公共预算财政拨款. */
    private static final List<Scope> CHART_SCOPES = List.of(Scope.ALL, Scope.GENERAL);

    private ChartData() {
    }

    /** Every chart {@code d} has the data for, in reading order. */
    public static List<ChartSpec> forDisclosure(KeyFigures figures, Disclosure d) {
        FactSet facts = figures.facts().of(d);
        return Stream.of(expenseSplit(facts), incomeSources(facts), functionalClasses(facts),
                        totalChange(figures, d, Metric.INCOME_EXPENSE_TOTAL),
                        totalChange(figures, d, Metric.FISCAL_TOTAL))
                .flatMap(Optional::stream)
                .toList();
    }

    /** 基本支出 / 项目支出 (and any other published part of the expense total). */
    public static Optional<ChartSpec> expenseSplit(FactSet facts) {
        Disclosure d = facts.disclosure();
        String split = Measure.BASIC.label() + "与" + Measure.PROJECT.label();
        for (Scope scope : CHART_SCOPES) {
            for (Fact total : facts.of(new Fact.Identity(scope, Measure.EXPENSE, Fact.TOTAL))) {
                List<FactSet.Part> parts = facts.parts(total, false);
                if (parts.stream().anyMatch(p -> p.measure() == Measure.BASIC || p.measure() == Measure.PROJECT)) {
                    String title = (scope == Scope.ALL ? Measure.EXPENSE.label() + d.kind().label() : scope.label() + Measure.EXPENSE.label())
                            + "结构：" + split;
                    return parts(d, total, parts, SPLIT, title);
                }
            }
        }
        List<Item> items = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Metric m : List.of(Metric.BASIC_EXPENSE, Metric.PROJECT_EXPENSE)) {
            Figures.stated(facts, m, d.year()).ifPresent(f -> {
                items.add(new Item(m.label(), f.value()));
                sources.add(f.source());
            });
        }
        return stated(facts, SPLIT, Measure.EXPENSE.label() + d.kind().label() + "结构：" + split, items, sources,
                Metric.EXPENSE_TOTAL);
    }

    /** Income by source (财政拨款收入, 事业收入, 其他收入 …): the first income total whose row splits by source. */
    public static Optional<ChartSpec> incomeSources(FactSet facts) {
        Disclosure d = facts.disclosure();
        String title = Measure.INCOME.label() + d.kind().label() + "结构：按收入来源";
        for (Fact total : facts.of(new Fact.Identity(Scope.ALL, Measure.INCOME, Fact.TOTAL))) {
            List<FactSet.Part> parts = facts.parts(total, true);
            if (!parts.isEmpty()) {
                return parts(d, total, parts, INCOME, title);
            }
        }
        List<Item> items = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Metric m : List.of(Metric.FISCAL_INCOME, Metric.OTHER_INCOME)) {
            Figures.stated(facts, m, d.year()).ifPresent(f -> {
                items.add(new Item(m.label(), f.value()));
                sources.add(f.source());
            });
        }
        return stated(facts, INCOME, title, items, sources, Metric.INCOME_TOTAL);
    }

    /** A total split into {@code parts}: zero and blank parts are left out and named. */
    private static Optional<ChartSpec> parts(Disclosure d, Fact total, List<FactSet.Part> parts, String slug, String title) {
        List<Item> items = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (FactSet.Part p : parts) {
            Optional<BigDecimal> v = p.amount().filter(x -> x.signum() != 0);
            if (v.isPresent()) {
                items.add(new Item(p.label(), v.get()));
            } else {
                left.add(p.label());
            }
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        String label = total.place().map(p -> p.column().label()).orElse("");
        return Optional.of(new ChartSpec(slug, Kind.SHARES, title, subject(d), items, new Total(label, total.amount()),
                total.source(), leftOut(left)));
    }

    private static Optional<ChartSpec> stated(FactSet facts, String slug, String title, List<Item> items,
            List<String> sources, Metric totalMetric) {
        Disclosure d = facts.disclosure();
        if (items.stream().noneMatch(i -> i.value().signum() != 0)) {
            return Optional.empty();
        }
        Optional<Figure> total = Figures.of(facts, totalMetric);
        List<String> all = new ArrayList<>(sources);
        total.ifPresent(f -> all.add(0, f.source()));
        return Optional.of(new ChartSpec(slug, Kind.SHARES, title, subject(d), items,
                total.map(f -> new Total(totalMetric.label(), f.value())).orElse(null),
                mergeSources(all), total.isPresent() ? "" : "原文未给出合计，占比按各项之和计算"));
    }

    /** "情况说明：“…”；“…”" rather than repeating where each quote is from. */
    static String mergeSources(List<String> sources) {
        String prefix = FactSet.NARRATIVE;
        if (sources.size() > 1 && sources.stream().allMatch(s -> s.startsWith(prefix))) {
            return prefix + String.join("；", sources.stream().map(s -> s.substring(prefix.length())).toList());
        }
        return String.join("；", sources);
    }

    /** Expense by functional 类 (3-digit codes), as the first table that prints them has them. */
    public static Optional<ChartSpec> functionalClasses(FactSet facts) {
        Disclosure d = facts.disclosure();
        for (Scope scope : CHART_SCOPES) {
            List<Fact> classes = facts.classes(scope, Measure.EXPENSE);
            List<Item> items = classes.stream().filter(f -> f.amount().signum() != 0)
                    .map(f -> new Item(f.place().map(p -> p.rowName()).filter(n -> !n.isEmpty()).orElse(f.code()), f.amount()))
                    .toList();
            if (items.isEmpty()) {
                continue;
            }
            Table table = classes.get(0).table();
            Optional<Fact> total = facts.of(new Fact.Identity(scope, Measure.EXPENSE, Fact.TOTAL)).stream()
                    .filter(f -> f.table() == table).findFirst();
            String title = (scope == Scope.ALL ? Measure.EXPENSE.label() + d.kind().label() : scope.label() + Measure.EXPENSE.label())
                    + "按功能分类（类）";
            return Optional.of(new ChartSpec(FUNCTIONAL, Kind.SHARES, title, subject(d), items,
                    total.map(f -> new Total(f.place().get().column().label(), f.amount())).orElse(null),
                    (table.number() + " " + table.title()).strip() + "（类级科目行）",
                    total.isPresent() ? "" : "原表没有可识别的合计行，占比按各类之和计算"));
        }
        return Optional.empty();
    }

    /** One 类 row of an expense table: its code, printed name (may be empty) and amount in 万元. */
    public record ClassAmount(String code, String name, BigDecimal value) {
    }

    /**
     * 图1 / 图4: this year's 收、支总计 (or 财政拨款收、支总计) against last year's, which comes from the
     * portal's own disclosure of the year before, else from a figure the narrative states for it.
     */
    public static Optional<ChartSpec> totalChange(KeyFigures figures, Disclosure d, Metric metric) {
        Optional<Figure> current = Figures.of(figures.facts().of(d), metric);
        String before = previousYear(d);
        Optional<Figure> previous = Figures.previous(figures.portal(), figures.facts(), d, metric);
        if (current.isEmpty() || previous.isEmpty()) {
            return Optional.empty();
        }
        String slug = metric == Metric.FISCAL_TOTAL ? FISCAL_CHANGE : TOTAL_CHANGE;
        String prefix = metric == Metric.FISCAL_TOTAL ? "财政拨款" : "";
        List<Item> items = List.of(new Item(before + " 年", previous.get().value()),
                new Item(d.year() + " 年", current.get().value()));
        String source = d.year() + " 年：" + current.get().source() + "；" + before + " 年：" + previous.get().source();
        return Optional.of(new ChartSpec(slug, Kind.YEARS, prefix + "收、支" + d.kind().label() + "总计变动情况",
                subject(d), items, null, source, ""));
    }

    static String previousYear(Disclosure d) {
        return String.valueOf(Integer.parseInt(d.year()) - 1);
    }

    /** Per department and kind, 本年支出合计 by year, once the portal holds two years or more. */
    public static List<ChartSpec> trends(KeyFigures figures, Department department) {
        Portal portal = figures.portal();
        List<ChartSpec> out = new ArrayList<>();
        for (org.gongkai.model.Kind kind : org.gongkai.model.Kind.values()) {
            List<Disclosure> years = portal.disclosuresOf(department).stream()
                    .filter(d -> d.kind() == kind)
                    .sorted(Comparator.comparing(Disclosure::year))
                    .toList();
            List<Item> items = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (Disclosure d : years) {
                Figures.of(figures.facts().of(d), Metric.EXPENSE_TOTAL).ifPresentOrElse(
                        f -> items.add(new Item(d.year() + " 年", f.value())),
                        () -> missing.add(d.year() + " 年"));
            }
            if (items.size() >= 2) {
                String note = missing.isEmpty() ? "" : String.join("、", missing) + "的本年支出合计未公开，未列入";
                out.add(new ChartSpec(TREND + kind.slug(), Kind.YEARS, "历年部门" + kind.label() + "：本年支出合计",
                        department.name() + " · " + items.get(0).label() + "至 " + items.get(items.size() - 1).label(),
                        items, null, "本门户所载各年度部门" + kind.label() + "（收入支出总表的本年支出合计，无表格时为情况说明所述数字）",
                        note));
            }
        }
        return out;
    }

    public static String subject(Disclosure d) {
        return d.department().name() + " · " + d.year() + " 年度" + d.kind().label();
    }

    private static String leftOut(List<String> left) {
        if (left.isEmpty()) {
            return "";
        }
        return String.join("、", left) + "为空白或 0.00，未画出";
    }
}

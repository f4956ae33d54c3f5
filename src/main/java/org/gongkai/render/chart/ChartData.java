package org.gongkai.render.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.gongkai.model.Catalogue;
import org.gongkai.model.Cell;
import org.gongkai.model.Column;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Metric;
import org.gongkai.model.Portal;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Scheme;
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

    private static final String WHOLE = "expense";
    private static final String GENERAL_BUDGET = "general-budget-expense";

    private ChartData() {
    }

    /** Every chart {@code d} has the data for, in reading order. */
    public static List<ChartSpec> forDisclosure(Portal portal, Disclosure d) {
        return Stream.of(expenseSplit(d), incomeSources(d), functionalClasses(d),
                        totalChange(portal, d, Metric.INCOME_EXPENSE_TOTAL),
                        totalChange(portal, d, Metric.FISCAL_TOTAL))
                .flatMap(Optional::stream)
                .toList();
    }

    /** 基本支出 / 项目支出 (and any other published part of the expense total). */
    public static Optional<ChartSpec> expenseSplit(Disclosure d) {
        for (String form : List.of(WHOLE, GENERAL_BUDGET)) {
            Optional<ChartSpec> spec = Tables.byForm(d, form).flatMap(t -> split(d, t, form));
            if (spec.isPresent()) {
                return spec;
            }
        }
        List<Item> items = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Metric m : List.of(Metric.BASIC_EXPENSE, Metric.PROJECT_EXPENSE)) {
            Figures.stated(d, m, d.year()).ifPresent(f -> {
                items.add(new Item(m.label(), f.value()));
                sources.add(f.source());
            });
        }
        return stated(d, SPLIT, "支出" + d.kind().label() + "结构：基本支出与项目支出", items, sources,
                Metric.EXPENSE_TOTAL);
    }

    private static Optional<ChartSpec> split(Disclosure d, Table t, String form) {
        List<Tables.Labelled> parts = Tables.partsOfTotal(t, false);
        boolean hasSplit = parts.stream().map(p -> Tables.normal(p.label()))
                .anyMatch(l -> l.equals("基本支出") || l.equals("项目支出"));
        if (!hasSplit) {
            return Optional.empty();
        }
        String title = form.equals(WHOLE) ? "支出" + d.kind().label() + "结构：基本支出与项目支出"
                : "一般公共预算财政拨款支出结构：基本支出与项目支出";
        return parts(d, t, parts, SPLIT, title);
    }

    /** Income by source (财政拨款收入, 事业收入, 其他收入 …). */
    public static Optional<ChartSpec> incomeSources(Disclosure d) {
        String title = "收入" + d.kind().label() + "结构：按收入来源";
        Optional<ChartSpec> fromTable = Tables.byForm(d, "income")
                .flatMap(t -> parts(d, t, Tables.partsOfTotal(t, true), INCOME, title));
        if (fromTable.isPresent()) {
            return fromTable;
        }
        List<Item> items = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Metric m : List.of(Metric.FISCAL_INCOME, Metric.OTHER_INCOME)) {
            Figures.stated(d, m, d.year()).ifPresent(f -> {
                items.add(new Item(m.label(), f.value()));
                sources.add(f.source());
            });
        }
        return stated(d, INCOME, title, items, sources, Metric.INCOME_TOTAL);
    }

    /** A total row split into the columns {@code parts}: zero and blank parts are left out and named. */
    private static Optional<ChartSpec> parts(Disclosure d, Table t, List<Tables.Labelled> parts, String slug,
            String title) {
        Optional<Row> row = Tables.totalRow(t);
        Optional<Tables.Labelled> totalColumn = Tables.firstAmount(t);
        if (row.isEmpty() || totalColumn.isEmpty()) {
            return Optional.empty();
        }
        List<Item> items = new ArrayList<>();
        List<String> left = new ArrayList<>();
        for (Tables.Labelled p : parts) {
            Optional<BigDecimal> v = Tables.amount(row.get(), p.column()).filter(x -> x.signum() != 0);
            if (v.isPresent()) {
                items.add(new Item(p.label(), v.get()));
            } else {
                left.add(p.label());
            }
        }
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Total total = Tables.amount(row.get(), totalColumn.get().column())
                .map(v -> new Total(totalColumn.get().label(), v)).orElse(null);
        return Optional.of(new ChartSpec(slug, Kind.SHARES, title, subject(d), items, total,
                Figures.tableSource(t, rowName(t, row.get())), leftOut(left)));
    }

    private static Optional<ChartSpec> stated(Disclosure d, String slug, String title, List<Item> items,
            List<String> sources, Metric totalMetric) {
        if (items.stream().noneMatch(i -> i.value().signum() != 0)) {
            return Optional.empty();
        }
        Optional<Figure> total = Figures.of(d, totalMetric);
        List<String> all = new ArrayList<>(sources);
        total.ifPresent(f -> all.add(0, f.source()));
        return Optional.of(new ChartSpec(slug, Kind.SHARES, title, subject(d), items,
                total.map(f -> new Total(totalMetric.label(), f.value())).orElse(null),
                mergeSources(all), total.isPresent() ? "" : "原文未给出合计，占比按各项之和计算"));
    }

    /** "情况说明：“…”；“…”" rather than repeating where each quote is from. */
    static String mergeSources(List<String> sources) {
        String prefix = Figures.STATED_PREFIX;
        if (sources.size() > 1 && sources.stream().allMatch(s -> s.startsWith(prefix))) {
            return prefix + String.join("；", sources.stream().map(s -> s.substring(prefix.length())).toList());
        }
        return String.join("；", sources);
    }

    /** Expense by functional 类 (3-digit codes), as the expense table prints them. */
    public static Optional<ChartSpec> functionalClasses(Disclosure d) {
        for (String form : List.of(WHOLE, GENERAL_BUDGET)) {
            Optional<ChartSpec> spec = Tables.byForm(d, form).flatMap(t -> classes(d, t, form));
            if (spec.isPresent()) {
                return spec;
            }
        }
        return Optional.empty();
    }

    private static Optional<ChartSpec> classes(Disclosure d, Table t, String form) {
        Optional<Tables.Labelled> amount = Tables.firstAmount(t);
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        List<Item> items = classRows(t).stream().filter(c -> c.value().signum() != 0)
                .map(c -> new Item(c.name().isEmpty() ? c.code() : c.name(), c.value())).toList();
        if (items.isEmpty()) {
            return Optional.empty();
        }
        Optional<BigDecimal> total = Tables.totalRow(t).flatMap(r -> Tables.amount(r, amount.get().column()));
        String title = form.equals(WHOLE) ? "支出" + d.kind().label() + "按功能分类（类）"
                : "一般公共预算财政拨款支出按功能分类（类）";
        return Optional.of(new ChartSpec(FUNCTIONAL, Kind.SHARES, title, subject(d), items,
                total.map(v -> new Total(amount.get().label(), v)).orElse(null),
                Figures.tableSource(t, "类级科目"),
                total.isPresent() ? "" : "原表没有可识别的合计行，占比按各类之和计算"));
    }

    /** One 类 row of an expense table: its code, printed name (may be empty) and amount. */
    public record ClassAmount(String code, String name, BigDecimal value) {
    }

    /** The 类 rows (3-digit functional codes) of {@code t} with an amount in its total column, in table order. */
    static List<ClassAmount> classRows(Table t) {
        Optional<Column> code = t.form().columns().stream()
                .filter(c -> c.role() == Role.CODE && c.scheme() == Scheme.FUNCTIONAL).findFirst();
        Optional<Tables.Labelled> amount = Tables.firstAmount(t);
        if (code.isEmpty() || amount.isEmpty()) {
            return List.of();
        }
        Column name = nameColumn(t);
        List<ClassAmount> out = new ArrayList<>();
        for (Row r : t.rows()) {
            Cell c = r.cell(code.get());
            if (Catalogue.level(c.raw()) == 1 && c.raw().chars().allMatch(Character::isDigit)) {
                String label = name == null ? "" : r.cell(name).raw();
                Tables.amount(r, amount.get().column()).ifPresent(v -> out.add(new ClassAmount(c.raw(), label, v)));
            }
        }
        return out;
    }

    /**
     * 图1 / 图4: this year's 收、支总计 (or 财政拨款收、支总计) against last year's, which comes from the
     * portal's own disclosure of the year before, else from a figure the narrative states for it.
     */
    public static Optional<ChartSpec> totalChange(Portal portal, Disclosure d, Metric metric) {
        Optional<Figure> current = Figures.of(d, metric);
        String before = previousYear(d);
        Optional<Figure> previous = Figures.previous(portal, d, metric);
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
    public static List<ChartSpec> trends(Portal portal, Department department) {
        List<ChartSpec> out = new ArrayList<>();
        for (org.gongkai.model.Kind kind : org.gongkai.model.Kind.values()) {
            List<Disclosure> years = portal.disclosuresOf(department).stream()
                    .filter(d -> d.kind() == kind)
                    .sorted(Comparator.comparing(Disclosure::year))
                    .toList();
            List<Item> items = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            for (Disclosure d : years) {
                Figures.of(d, Metric.EXPENSE_TOTAL).ifPresentOrElse(
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

    /** The row's printed name, or 合计 for the one row of a form without names (it is the total). */
    private static String rowName(Table t, Row row) {
        Column name = nameColumn(t);
        return name == null ? "合计" : Tables.normal(row.cell(name).raw());
    }

    private static Column nameColumn(Table t) {
        return t.form().columns().stream().filter(c -> c.role() == Role.NAME).findFirst().orElse(null);
    }

    private static String leftOut(List<String> left) {
        if (left.isEmpty()) {
            return "";
        }
        return String.join("、", left) + "为空白或 0.00，未画出";
    }
}

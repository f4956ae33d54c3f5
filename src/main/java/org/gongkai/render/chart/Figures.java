package org.gongkai.render.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongkai.model.Column;
import org.gongkai.model.Disclosure;
import org.gongkai.model.HeaderNode;
import org.gongkai.model.Kind;
import org.gongkai.model.Role;
import org.gongkai.model.Row;
import org.gongkai.model.Metric;
import org.gongkai.model.Portal;
import org.gongkai.model.StatedFigure;
import org.gongkai.model.Table;

/**
 * Key figures of a disclosure: first from its tables, where the forms print them, else from the
 * figures its narrative states (stated_figures), which is all a disclosure whose tables were
 * published as images has.
 */
final class Figures {

    /**
     * A figure and where it was read, for the chart's 数据来源; {@code place} is the table row it was
     * read from, empty when it comes from the narrative.
     */
    record Figure(BigDecimal value, String source, Optional<KeyFigures.Place> place) {
    }

    /** The forms that print 收入 | 支出 side by side with 总计 rows, by form id. */
    private static final List<String> SUMMARY_FORMS = List.of("income-expense-summary", "summary");
    private static final Set<String> GRAND_TOTAL = Set.of("总计", "收入总计");
    private static final Set<String> INCOME_TOTAL = Set.of("本年收入合计");
    private static final Set<String> EXPENSE_TOTAL = Set.of("本年支出合计");

    private Figures() {
    }

    /** {@code metric} for the disclosure's own year: tables first, then stated figures. */
    static Optional<Figure> of(Disclosure d, Metric metric) {
        return fromTables(d, metric).or(() -> stated(d, metric, d.year()));
    }

    /**
     * {@code metric} for the year before {@code d}'s: from the portal's own disclosure of that year
     * (same department and kind), else from a figure {@code d}'s narrative states for it.
     */
    static Optional<Figure> previous(Portal portal, Disclosure d, Metric metric) {
        String before = ChartData.previousYear(d);
        Optional<Disclosure> earlier = portal.disclosuresOf(d.department()).stream()
                .filter(o -> o.kind() == d.kind() && o.year().equals(before))
                .findFirst();
        return earlier.flatMap(e -> of(e, metric)).or(() -> stated(d, metric, before));
    }

    /** A figure the narrative states for {@code year} (e.g. last year's total, "与上年相比"). */
    static Optional<Figure> stated(Disclosure d, Metric metric, String year) {
        return d.statedFigures().stream()
                .filter(f -> f.metric() == metric && f.year().equals(year) && f.value().isAmount())
                .findFirst()
                .map(f -> new Figure(f.value().value(), statedSource(f), Optional.empty()));
    }

    static final String STATED_PREFIX = "情况说明：";

    static String statedSource(StatedFigure f) {
        return STATED_PREFIX + "“" + f.quote() + "”";
    }

    private static Optional<Figure> fromTables(Disclosure d, Metric metric) {
        return switch (metric) {
            case INCOME_EXPENSE_TOTAL -> panel(d, SUMMARY_FORMS, 0, GRAND_TOTAL, "总计");
            case INCOME_TOTAL -> panel(d, SUMMARY_FORMS, 0, INCOME_TOTAL, "本年收入合计");
            case EXPENSE_TOTAL -> panel(d, SUMMARY_FORMS, 1, EXPENSE_TOTAL, "本年支出合计")
                    .or(() -> classificationTotal(d, "expense"));
            case FISCAL_TOTAL -> panel(d, List.of("fiscal-summary"), 0, GRAND_TOTAL, "总计");
            case BASIC_EXPENSE -> measureTotal(d, "basic");
            case PROJECT_EXPENSE -> measureTotal(d, "project");
            case FISCAL_INCOME -> measureTotal(d, "fiscal_income");
            case THREE_PUBLIC_BUDGET -> threePublic(d, "预算数");
            case THREE_PUBLIC_FINAL -> threePublic(d, "决算数");
            default -> Optional.empty();
        };
    }

    private static Optional<Figure> panel(Disclosure d, List<String> forms, int panel, Set<String> names, String row) {
        for (String form : forms) {
            Optional<Table> t = Tables.byForm(d, form);
            if (t.isPresent() && t.get().form().panelCount() > panel) {
                Optional<Row> r = Tables.panelRow(t.get(), panel, names);
                Optional<BigDecimal> v = r.flatMap(x -> Tables.panelAmount(t.get(), panel, x));
                if (v.isPresent()) {
                    return Optional.of(new Figure(v.get(), tableSource(t.get(), row), place(t.get(), r.get())));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Figure> classificationTotal(Disclosure d, String form) {
        return Tables.byForm(d, form).flatMap(t -> Tables.totalRow(t).flatMap(r -> Tables.firstAmount(t)
                .flatMap(c -> Tables.amount(r, c.column()))
                .map(v -> new Figure(v, tableSource(t, "合计"), place(t, r)))));
    }

    /**
     * The whole-department ({@code scope: all}) total of a measure, e.g. 基本支出: the total row of the
     * first table whose form marks a column with that measure. Found by what the form says, as the
     * validator does, so a new form set needs no code here.
     */
    private static Optional<Figure> measureTotal(Disclosure d, String measure) {
        return d.tables().flatMap(t -> t.form().columns().stream()
                        .filter(c -> c.role() == Role.AMOUNT && c.scope().equals("all") && c.measure().equals(measure))
                        .findFirst()
                        .flatMap(c -> Tables.totalRow(t).flatMap(r -> Tables.amount(r, c)
                                .map(v -> new Figure(v, tableSource(t, "合计"), place(t, r)))))
                        .stream())
                .findFirst();
    }

    /**
     * “三公”经费 from the 三公 table (form id {@code three-public}): the first amount column of the
     * group headed {@code phase} (预算数 / 决算数) when the form has such groups, else the first amount
     * column; on the total row when the table has one, else on its only row.
     */
    private static Optional<Figure> threePublic(Disclosure d, String phase) {
        Optional<Table> table = Tables.byForm(d, "three-public");
        if (table.isEmpty()) {
            return Optional.empty();
        }
        Table t = table.get();
        boolean phased = t.form().header().stream().anyMatch(n -> !n.isLeaf() && Tables.normal(n.label()).equals("预算数"));
        Optional<Column> column = phased
                ? t.form().header().stream().filter(n -> !n.isLeaf() && Tables.normal(n.label()).equals(phase))
                        .findFirst().flatMap(n -> firstAmountLeaf(n))
                : Tables.firstAmount(t).map(Tables.Labelled::column);
        // An unphased table (a budget's) holds the disclosure's own phase only.
        if (column.isEmpty() || !phased && phase.equals("预算数") != (d.kind() == Kind.BUDGET)) {
            return Optional.empty();
        }
        Optional<Row> row = Tables.totalRow(t).or(() -> t.rows().size() == 1 ? Optional.of(t.rows().get(0)) : Optional.empty());
        return row.flatMap(r -> Tables.amount(r, column.get())
                .map(v -> new Figure(v, tableSource(t, "") + "（" + (phased ? phase + "合计" : "合计") + "）",
                        place(t, r))));
    }

    private static Optional<Column> firstAmountLeaf(HeaderNode node) {
        if (node.isLeaf()) {
            return node.leaf().role() == Role.AMOUNT ? Optional.of(node.leaf()) : Optional.empty();
        }
        return node.children().stream().map(Figures::firstAmountLeaf).flatMap(Optional::stream).findFirst();
    }

    private static Optional<KeyFigures.Place> place(Table t, Row r) {
        return Optional.of(new KeyFigures.Place(t, t.rows().indexOf(r)));
    }

    /** "表3 2019年度支出决算表（合计行）". */
    static String tableSource(Table t, String row) {
        String name = (t.number() + " " + t.title()).strip();
        return row.isEmpty() ? name : name + "（" + row + "行）";
    }
}

package org.gongkai.render.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Kind;
import org.gongkai.model.Metric;

/**
 * The figures pages compare across years and departments, read from the model the way the charts
 * read them ({@link Figures}: tables by form id and column {@code measure}, else the narrative's
 * stated figures). Nothing here knows a department: a figure the disclosure does not publish is
 * simply absent.
 */
public final class KeyFigures {

    /** A compared figure: what it is, and its label as the pages print it. */
    public enum Key {
        EXPENSE_TOTAL("本年支出合计"),
        BASIC("基本支出"),
        PROJECT("项目支出"),
        FISCAL_INCOME("财政拨款收入"),
        THREE_PUBLIC("“三公”经费");

        private final String label;

        Key(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An amount in 万元 and where it was read. */
    public record Amount(BigDecimal value, String source) {
        /** "2,204.00". */
        public String text() {
            return Numbers.amount(value);
        }
    }

    private KeyFigures() {
    }

    public static Optional<Amount> of(Disclosure d, Key key) {
        Metric metric = switch (key) {
            case EXPENSE_TOTAL -> Metric.EXPENSE_TOTAL;
            case BASIC -> Metric.BASIC_EXPENSE;
            case PROJECT -> Metric.PROJECT_EXPENSE;
            case FISCAL_INCOME -> Metric.FISCAL_INCOME;
            // The disclosure's own phase: a final account's 三公 table also prints the budget.
            case THREE_PUBLIC -> d.kind() == Kind.FINAL ? Metric.THREE_PUBLIC_FINAL : Metric.THREE_PUBLIC_BUDGET;
        };
        return Figures.of(d, metric).map(f -> new Amount(f.value(), f.source()));
    }

    /** "2,204.00": the charts' one way of writing an amount. */
    public static String amountText(BigDecimal value) {
        return Numbers.amount(value);
    }

    /** Whether the disclosure has any table data at all (else only its narrative's figures). */
    public static boolean hasTables(Disclosure d) {
        return d.tables().anyMatch(t -> !t.rows().isEmpty());
    }

    /**
     * Expense by functional 类 from the whole-department expense table (form id {@code expense});
     * empty when the disclosure has none. Zero amounts are kept: a 0.00 is published.
     */
    public static List<ChartData.ClassAmount> functionalClasses(Disclosure d) {
        return Tables.byForm(d, "expense").map(ChartData::classRows).orElse(List.of());
    }
}

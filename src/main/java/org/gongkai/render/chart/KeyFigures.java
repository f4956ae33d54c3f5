package org.gongkai.render.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.gongkai.facts.FactIndex;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Kind;
import org.gongkai.model.Measure;
import org.gongkai.model.Metric;
import org.gongkai.model.Portal;
import org.gongkai.model.Scope;
import org.gongkai.model.Table;

/**
 * The figures pages compare across years and departments, read from the figure layer the way the
 * charts read them (tables first, else the narrative's stated figures). Nothing here knows a
 * department or a form: a figure the disclosure does not publish is simply absent.
 */
public final class KeyFigures {

    /** A compared figure: what it is, and its label as the pages print it. */
    public enum Key {
        INCOME_TOTAL(Metric.INCOME_TOTAL.label()),
        EXPENSE_TOTAL(Metric.EXPENSE_TOTAL.label()),
        BASIC(Measure.BASIC.label()),
        PROJECT(Measure.PROJECT.label()),
        FISCAL_INCOME(Measure.FISCAL_INCOME.label()),
        THREE_PUBLIC(Measure.THREE_PUBLIC.label());

        private final String label;

        Key(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** A part of the figure listed before it (基本支出 and 项目支出 of 本年支出合计). */
        public boolean isPart() {
            return this == BASIC || this == PROJECT;
        }
    }

    /** The table row a figure was read from: {@code row} is the 0-based index into its rows. */
    public record Place(Table table, int row) {
    }

    /** An amount in 万元, where it was read, and the table row when it was read from a table. */
    public record Amount(BigDecimal value, String source, Optional<Place> place) {
        /** "2,204.00". */
        public String text() {
            return Numbers.amount(value);
        }
    }

    /** This year's amount against last year's, as the portal or the narrative gives last year's. */
    public record Change(Amount previous, String previousYear, BigDecimal delta) {
        /** "增加 120.00" / "减少 3.50" / "持平". */
        public String text() {
            return switch (delta.signum()) {
                case 0 -> "持平";
                case 1 -> "增加 " + Numbers.amount(delta);
                default -> "减少 " + Numbers.amount(delta.negate());
            };
        }

        /** "+5.3%", or empty when last year's figure is 0. */
        public String percent() {
            if (previous.value().signum() == 0) {
                return "";
            }
            BigDecimal pct = delta.multiply(BigDecimal.valueOf(100))
                    .divide(previous.value().abs(), 1, java.math.RoundingMode.HALF_UP);
            return (pct.signum() > 0 ? "+" : "") + pct.toPlainString() + "%";
        }
    }

    private final Portal portal;
    private final FactIndex facts;

    public KeyFigures(Portal portal, FactIndex facts) {
        this.portal = portal;
        this.facts = facts;
    }

    public Portal portal() {
        return portal;
    }

    public FactIndex facts() {
        return facts;
    }

    public Optional<Amount> of(Disclosure d, Key key) {
        return Figures.of(facts.of(d), metric(d, key)).map(KeyFigures::amount);
    }

    /** How {@code key} changed from the year before, when last year's figure is known. */
    public Optional<Change> change(Disclosure d, Key key) {
        Optional<Amount> now = of(d, key);
        Optional<Amount> before = Figures.previous(portal, facts, d, metric(d, key)).map(KeyFigures::amount);
        if (now.isEmpty() || before.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Change(before.get(), ChartData.previousYear(d),
                now.get().value().subtract(before.get().value())));
    }

    private static Metric metric(Disclosure d, Key key) {
        return switch (key) {
            case INCOME_TOTAL -> Metric.INCOME_TOTAL;
            case EXPENSE_TOTAL -> Metric.EXPENSE_TOTAL;
            case BASIC -> Metric.BASIC_EXPENSE;
            case PROJECT -> Metric.PROJECT_EXPENSE;
            case FISCAL_INCOME -> Metric.FISCAL_INCOME;
            // The disclosure's own phase: a final account's 三公 table also prints the budget.
            case THREE_PUBLIC -> d.kind() == Kind.FINAL ? Metric.THREE_PUBLIC_FINAL : Metric.THREE_PUBLIC_BUDGET;
        };
    }

    private static Amount amount(Figures.Figure f) {
        return new Amount(f.value(), f.source(), f.place());
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
     * The whole department's expense by functional 类, as the first table that prints them has them;
     * empty when none does. Zero amounts are kept: a 0.00 is published.
     */
    public List<ChartData.ClassAmount> functionalClasses(Disclosure d) {
        return facts.of(d).classes(Scope.ALL, Measure.EXPENSE).stream()
                .map(f -> new ChartData.ClassAmount(f.code(), f.place().map(p -> p.rowName()).orElse(""), f.amount()))
                .toList();
    }
}

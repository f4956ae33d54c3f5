package org.gongkai.render.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * How charts compute and print numbers. Amounts are printed exactly as the model holds them (at
 * least two decimals, thousands separators). Shares and changes are computed from the exact
 * amounts with {@link BigDecimal} and rounded once, by the one rule {@link #RULE} states.
 */
public final class Numbers {

    /** Decimal places of every percentage. */
    public static final int PERCENT_SCALE = 2;
    /** Rounding of every percentage: half up, applied once to the exact quotient. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;
    /** The rule as shown to readers (on each chart's page and in docs/charts.md). */
    public static final String RULE = "占比和增减幅度由原始金额精确计算，四舍五入保留两位小数；"
            + "各项占比分别舍入，合计可能不等于 100.00%。";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Numbers() {
    }

    /**
     * "2,204.00": the exact value, at least two decimals, thousands separators, no exponent; a figure
     * converted from 元 keeps its digits (4,842,130.00 元 is 484.213 万元), nothing is rounded away.
     */
    public static String amount(BigDecimal value) {
        BigDecimal exact = value.scale() > 2 ? value.stripTrailingZeros() : value;
        BigDecimal v = exact.scale() < 2 ? exact.setScale(2, RoundingMode.UNNECESSARY) : exact;
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                b.append(',');
            }
            b.append(whole.charAt(i));
        }
        return (v.signum() < 0 ? "-" : "") + b + fraction;
    }

    /** part ÷ whole × 100, rounded by the rule; empty when the whole is zero. */
    public static Optional<BigDecimal> percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(part.multiply(HUNDRED).divide(whole, PERCENT_SCALE, ROUNDING));
    }

    /** "13.00%". */
    public static String percentText(BigDecimal percent) {
        return percent.setScale(PERCENT_SCALE, ROUNDING).toPlainString() + "%";
    }

    /** "增加 201.76 万元" / "减少 543.91 万元" / "持平". */
    public static String changeText(BigDecimal change) {
        return switch (change.signum()) {
            case 0 -> "持平";
            case 1 -> "增加 " + amount(change) + " 万元";
            default -> "减少 " + amount(change.negate()) + " 万元";
        };
    }

    /** "增长 22.00%" / "下降 17.68%" / "持平" for a rounded change percentage. */
    public static String changePercentText(BigDecimal percent) {
        return switch (percent.signum()) {
            case 0 -> "持平";
            case 1 -> "增长 " + percentText(percent);
            default -> "下降 " + percentText(percent.negate());
        };
    }
}

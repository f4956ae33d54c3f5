package org.gongkai.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.gongkai.model.Cell;

/**
 * Exact decimal arithmetic for the rules. The rounding rule: every published figure is rounded to
 * two decimals, so it may be off by up to 0.005; a sum of n figures may therefore differ from the
 * printed total by up to 0.005·n, and only a larger difference is reported.
 */
final class Amounts {

    static final BigDecimal HALF_CENT = new BigDecimal("0.005");
    static final BigDecimal HUNDRED = new BigDecimal("100");

    private Amounts() {
    }

    /** The value a cell counts as in a sum: blank and "-" are nothing; text is not a number (null). */
    static BigDecimal value(Cell cell) {
        return switch (cell.kind()) {
            case AMOUNT -> cell.value();
            case BLANK, DASH -> BigDecimal.ZERO;
            case TEXT -> null;
        };
    }

    /** Rounding slack for a total and the {@code addends} printed figures summed into it. */
    static BigDecimal tolerance(int addends) {
        return HALF_CENT.multiply(BigDecimal.valueOf(Math.max(addends, 1)));
    }

    static boolean beyond(BigDecimal a, BigDecimal b, BigDecimal tolerance) {
        return a.subtract(b).abs().compareTo(tolerance) > 0;
    }

    /** 1234.5 → "1,234.50": the way the forms print amounts. */
    static String format(BigDecimal v) {
        DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(v);
    }

    /** A percentage to as many decimals as the text stated, at least two. */
    static String percent(BigDecimal v, int decimals) {
        return v.setScale(Math.max(decimals, 2), RoundingMode.HALF_UP).toPlainString() + "%";
    }
}

package org.gongkai.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Differences that rounding or truncation can explain, said in words for the notices: a total
 * against the sum of its n rounded parts within 0.005·n, and a percentage that is not the printed
 * figures' quotient rounded half up but is it truncated, or is within the figures' own rounding.
 */
final class Rounding {

    private Rounding() {
    }

    /** "，在 3 个数的舍入范围（0.005×3＝0.015）之内": why a sum's difference is only a notice. */
    static String withinSum(int addends) {
        int n = Math.max(addends, 1);
        return "，在 " + n + " 个数的舍入范围（0.005×" + n + "＝" + Amounts.tolerance(n).toPlainString() + "）之内";
    }

    /** numerator ÷ denominator × 100 of the printed figures; empty when the denominator is not positive. */
    static Optional<BigDecimal> percent(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() <= 0 ? Optional.empty()
                : Optional.of(numerator.multiply(Amounts.HUNDRED).divide(denominator, MathContext.DECIMAL64));
    }

    /**
     * Why a stated percentage that the rounding range allows differs from {@code exact} (the quotient
     * of the printed figures), or empty when it is {@code exact} rounded half up: "＝ 95.92%，四舍五入到整数为
     * 96%，原文写 95%（截尾）".
     */
    static Optional<String> percentNote(BigDecimal exact, String stated) {
        BigDecimal p = new BigDecimal(stated);
        int decimals = Math.max(p.scale(), 0);
        BigDecimal halfUp = exact.setScale(decimals, RoundingMode.HALF_UP);
        if (halfUp.compareTo(p) == 0) {
            return Optional.empty();
        }
        boolean truncated = exact.setScale(decimals, RoundingMode.DOWN).compareTo(p) == 0;
        String to = decimals == 0 ? "到整数" : "到 " + decimals + " 位小数";
        return Optional.of("＝ " + exact.setScale(Math.max(decimals + 2, 2), RoundingMode.HALF_UP).toPlainString()
                + "%，四舍五入" + to + "为 " + halfUp.toPlainString() + "%，原文写 " + stated + "%"
                + (truncated ? "（截尾，而不是四舍五入）" : "（差异在所印金额的舍入误差之内）"));
    }
}

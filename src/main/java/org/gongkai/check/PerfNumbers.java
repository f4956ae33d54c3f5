package org.gongkai.check;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Limits;

/**
 * Numbers as the performance forms print them: plain amounts and scores ("50", "19.8", "99分"),
 * percentages ("95%") and the weights written into labels ("产出指标 （25分）", "得分 (20分*执行率)").
 * Anything else (完成, ≥95%, 97%-100%) is not a number, so no rule reads it.
 */
final class PerfNumbers {

    private static final Pattern PLAIN = Pattern.compile(Limits.AMOUNT_PATTERN + "\\s*(?:分|万元)?");
    private static final Pattern PERCENT = Pattern.compile("(" + Limits.PLAIN_NUMBER_PATTERN + ")\\s*[%％]");
    private static final Pattern WEIGHT = Pattern.compile("(" + Limits.PLAIN_NUMBER_PATTERN + ")\\s*分");

    private PerfNumbers() {
    }

    /** "19.8", "1,103.48", "99分" → the number; anything else → empty. */
    static Optional<BigDecimal> number(String cell) {
        String s = cell.strip();
        if (!PLAIN.matcher(s).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(s.replaceAll("[,分万元\\s]", "")));
    }

    /** "95%" → "95"; the digits as written, so the caller knows the decimals stated. */
    static Optional<String> percent(String cell) {
        Matcher m = PERCENT.matcher(cell.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The weight a label states, "数量指标（10分）" → 10; the first "N分" in the text. */
    static Optional<BigDecimal> weight(String label) {
        Matcher m = WEIGHT.matcher(label);
        return m.find() ? Optional.of(new BigDecimal(m.group(1))) : Optional.empty();
    }

    /** Half a unit of the last decimal written: 0.5 for "97", 0.05 for "19.8". */
    static BigDecimal halfUnit(String printed) {
        String digits = printed.strip().replaceAll("[^\\d.]", "");
        int decimals = digits.contains(".") ? digits.length() - digits.indexOf('.') - 1 : 0;
        return new BigDecimal("0.5").movePointLeft(decimals);
    }

    /** A number as the message prints it: as written if it was written, else plain. */
    static String show(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}

package org.gongkai.load;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gongkai.model.Limits;

/**
 * The bounds of {@link Limits} on numbers as written: digits of an amount, and the ranges of the
 * scores and rates a performance form prints. Digits are counted on the text before anything
 * parses it, so a number of 100,000 digits costs no more than reading it.
 */
final class NumberBounds {

    /** Something written like a number: digits, separators, a point, a sign. */
    private static final Pattern NUMERIC = Pattern.compile("-?[\\d,]*(\\.\\d*)?");
    /** A score or weight as forms print it: "97", "19.8", "20分". */
    private static final Pattern SCORE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*分?");
    /** A rate as forms print it: "95%", "99.5％". */
    private static final Pattern RATE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*[%％]");

    private static final Pattern UNIT = Pattern.compile("(万元|元|分)$");

    private NumberBounds() {
    }

    /** Why the amount written as {@code raw} has too many digits; empty when it is within bounds or not a number. */
    static Optional<String> amountDigits(String raw) {
        if (!NUMERIC.matcher(raw.strip()).matches()) {
            return Optional.empty();
        }
        String t = raw.strip().replace(",", "");
        int dot = t.indexOf('.');
        int integer = (int) (dot < 0 ? t : t.substring(0, dot)).chars().filter(Character::isDigit).count();
        int decimals = dot < 0 ? 0 : t.length() - dot - 1;
        if (integer > Limits.AMOUNT_INTEGER_DIGITS) {
            return Optional.of("整数部分有 " + String.format("%,d", integer) + " 位，上限 " + Limits.AMOUNT_INTEGER_DIGITS + " 位");
        }
        if (decimals > Limits.AMOUNT_DECIMALS) {
            return Optional.of("小数有 " + String.format("%,d", decimals) + " 位，上限 " + Limits.AMOUNT_DECIMALS + " 位");
        }
        return Optional.empty();
    }

    /** As {@link #amountDigits}, for an amount a performance form may print with its unit: "50万元". */
    static Optional<String> formAmountDigits(String raw) {
        return amountDigits(UNIT.matcher(raw.strip()).replaceFirst(""));
    }

    /** Why a score or weight is out of range; empty when it is in range or not written as a score. */
    static Optional<String> score(String raw) {
        return range(SCORE.matcher(raw.strip()), Limits.SCORE_MAX, "分");
    }

    /** Why a rate is out of range; empty when it is in range or not written as a percentage. */
    static Optional<String> rate(String raw) {
        return range(RATE.matcher(raw.strip()), Limits.RATE_MAX, "%");
    }

    private static Optional<String> range(Matcher m, int max, String unit) {
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<String> digits = amountDigits(m.group(1));
        if (digits.isPresent()) {
            return digits;
        }
        if (new BigDecimal(m.group(1)).compareTo(BigDecimal.valueOf(max)) > 0) {
            return Optional.of("超出范围 0–" + String.format("%,d", max) + " " + unit);
        }
        return Optional.empty();
    }
}

package org.gongkai.render.excel;

/**
 * The Excel number format that prints an amount exactly as it was published: the same number of
 * decimals, thousands separators when the original had them, and leading zeros kept ("07.24" is
 * printed from 7.24 with 00.00). Excel then shows the published text while the cell holds a number.
 */
public final class NumberFormats {

    private NumberFormats() {
    }

    /** The format for a published amount, e.g. "2,484.74" → #,##0.00, "1.10" → 0.00, "35" → 0. */
    public static String of(String raw) {
        String t = raw.strip();
        if (t.startsWith("-")) {
            t = t.substring(1);
        }
        int dot = t.indexOf('.');
        String whole = dot < 0 ? t : t.substring(0, dot);
        int decimals = dot < 0 ? 0 : t.length() - dot - 1;
        String digits = whole.replace(",", "");
        String integer;
        if (whole.contains(",")) {
            integer = "#,##0";
        } else if (digits.isEmpty()) {
            integer = "#";
        } else if (digits.length() > 1 && digits.startsWith("0")) {
            integer = "0".repeat(digits.length());
        } else {
            integer = "0";
        }
        return decimals == 0 ? integer : integer + "." + "0".repeat(decimals);
    }
}

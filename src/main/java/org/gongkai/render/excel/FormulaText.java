package org.gongkai.render.excel;

/** Texts that a spreadsheet would read as a formula when typed: kept as text, never as formulas. */
final class FormulaText {

    private FormulaText() {
    }

    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}

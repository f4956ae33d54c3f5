package org.gongkai.model;

/**
 * A leaf column of a form. {@code index} is its 0-based place in a row, {@code col} the 栏次 printed
 * on the form (empty when none), {@code panel} the side-by-side group it belongs to. {@code scope}
 * (which funds: all, fiscal, general …) and {@code measure} (income, expense, basic …) say what
 * an amount column holds, so the validator can find the same figure in other tables; both are
 * empty when the form does not say.
 */
public record Column(int index, String label, Role role, Scheme scheme, String col, int panel, String scope,
        String measure) {

    public Column withPanel(int panel) {
        return new Column(index, label, role, scheme, col, panel, scope, measure);
    }

    public boolean hasMeasure() {
        return !measure.isEmpty();
    }
}

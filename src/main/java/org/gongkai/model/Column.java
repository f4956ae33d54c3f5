package org.gongkai.model;

/**
 * A leaf column of a form. {@code index} is its 0-based place in a row, {@code col} the 栏次 printed
 * on the form (empty when none), {@code panel} the side-by-side group it belongs to. {@code scope}
 * (which funds) and {@code measure} (income, expense, basic …) say what an amount column holds, so
 * the figure layer can name its figures; {@code measure} is null when the form does not say.
 * {@code subtotal} marks a group's 小计: the sum of the group's other columns.
 */
public record Column(int index, String label, Role role, Scheme scheme, String col, int panel, Scope scope,
        Measure measure, boolean subtotal) {

    /** A column the form says nothing about beyond its place and label. */
    public Column(int index, String label, Role role, Scheme scheme, String col, int panel) {
        this(index, label, role, scheme, col, panel, Scope.ALL, null, false);
    }

    public Column withPanel(int panel) {
        return new Column(index, label, role, scheme, col, panel, scope, measure, subtotal);
    }

    public boolean hasMeasure() {
        return measure != null;
    }
}

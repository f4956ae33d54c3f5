package org.gongkai.model;

/**
 * A leaf column of a form. {@code index} is its 0-based place in a row, {@code col} the 栏次 printed
 * on the form (empty when none), {@code panel} the side-by-side group it belongs to.
 */
public record Column(int index, String label, Role role, Scheme scheme, String col, int panel) {
}

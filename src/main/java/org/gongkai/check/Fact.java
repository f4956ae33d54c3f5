package org.gongkai.check;

import java.math.BigDecimal;
import org.gongkai.model.Cell;
import org.gongkai.model.Table;

/**
 * One figure a table states, with what it is: which funds ({@code scope}), what kind of amount
 * ({@code measure}) and of what ({@code key}: a classification code such as "f201", "total" or
 * "grand" for 总计). {@code table} is null for a figure the narrative states (stated_figures).
 */
record Fact(String scope, String measure, String key, BigDecimal value, Cell cell, Table table, String label) {

    /** Facts with the same identity must have the same value in every table. */
    record Identity(String scope, String measure, String key) {
    }

    Identity identity() {
        return new Identity(scope, measure, key);
    }
}

package org.gongkai.model;

import java.util.Optional;

/**
 * A row name the form set declares as a total (合计 / 总计), so that no code matches row labels:
 * {@code name} is compared with the printed name without numbering and spaces; a leading
 * {@code *} matches any name ending in the rest ("*合计" matches 本年支出合计). {@code grand} marks
 * 总计 (a total that adds 结转 to the year's figures). {@code measure}, when set, says the row
 * gives that measure's total in columns of a measure it is part of (the row 基本支出 in a 支出 column).
 */
public record TotalRow(String name, boolean grand, Measure measure) {

    public boolean matches(String bareName) {
        return name.startsWith("*") ? bareName.endsWith(name.substring(1))
                : bareName.equals(name);
    }

    /**
     * Whether this row names a figure in a column holding {@code columnMeasure}: a plain total
     * always; a measure's row only in a column of a measure it is part of (人员经费 in 支出 or 基本支出).
     */
    public boolean appliesTo(Measure columnMeasure) {
        for (Optional<Measure> m = Optional.ofNullable(measure); m.isPresent(); m = m.get().partOf()) {
            if (m.get() != measure && m.get() == columnMeasure) {
                return true;
            }
        }
        return measure == null;
    }
}

package org.gongkai.model;

import java.util.List;
import java.util.Optional;

/**
 * A table layout (表样): the header tree, its leaf columns in row order, how a row splits into
 * side-by-side panels, the identities the form states, and the rows the form itself fixes
 * ({@code fixedRows}: per row the printed cells of the non-amount columns in column order, such as
 * 项目 and 行次 of a summary table; empty for tables whose rows follow the classification codes), and
 * the row names the form set declares as totals ({@code totalRows}, in the order they are tried);
 * {@code required}: the disclosure rules require this table (an empty one is published with a note).
 */
public record Form(
        String id,
        String name,
        String number,
        String title,
        List<HeaderNode> header,
        List<Column> columns,
        int panelCount,
        String notes,
        List<Identity> identities,
        List<List<String>> fixedRows,
        List<TotalRow> totalRows,
        boolean required) {

    public Form {
        totalRows = List.copyOf(totalRows);
        header = List.copyOf(header);
        columns = List.copyOf(columns);
        identities = List.copyOf(identities);
        fixedRows = fixedRows.stream().map(List::copyOf).toList();
    }

    /** A form the disclosure rules do not require. */
    public Form(String id, String name, String number, String title, List<HeaderNode> header, List<Column> columns,
            int panelCount, String notes, List<Identity> identities, List<List<String>> fixedRows,
            List<TotalRow> totalRows) {
        this(id, name, number, title, header, columns, panelCount, notes, identities, fixedRows, totalRows, false);
    }

    /** A form without fixed rows. */
    public Form(String id, String name, String number, String title, List<HeaderNode> header, List<Column> columns,
            int panelCount, String notes, List<Identity> identities) {
        this(id, name, number, title, header, columns, panelCount, notes, identities, List.of(), List.of());
    }

    /**
     * The declared total row {@code bareName} (a printed row name without numbering) is, in a column
     * holding {@code columnMeasure}: the first declaration that matches, as the form set lists them.
     */
    public Optional<TotalRow> totalRow(String bareName, Measure columnMeasure) {
        return totalRows.stream().filter(t -> t.matches(bareName) && t.appliesTo(columnMeasure)).findFirst();
    }

    /** Whether a row named {@code bareName} is a total of its column (合计, 总计), not of a part of it. */
    public boolean isTotalRow(String bareName) {
        return totalRows.stream().anyMatch(t -> t.measure() == null && t.matches(bareName));
    }

    /** The columns a fixed row gives cells for: every column that is not an amount, in order. */
    public List<Column> fixedColumns() {
        return columns.stream().filter(c -> c.role() != Role.AMOUNT).toList();
    }

    public int headerDepth() {
        return header.stream().mapToInt(HeaderNode::depth).max().orElse(1);
    }

    public boolean hasColumnNumbers() {
        return columns.stream().anyMatch(c -> !c.col().isEmpty());
    }

    public List<Column> panel(int panel) {
        return columns.stream().filter(c -> c.panel() == panel).toList();
    }

    public Optional<Column> columnByNumber(String col) {
        return columns.stream().filter(c -> c.col().equals(col)).findFirst();
    }
}

package org.gongkai.model;

import java.util.List;
import java.util.Optional;

/**
 * A table layout (表样): the header tree, its leaf columns in row order, how a row splits into
 * side-by-side panels, the identities the form states, and the rows the form itself fixes
 * ({@code fixedRows}: per row the printed cells of the non-amount columns in column order, such as
 * 项目 and 行次 of a summary table; empty for tables whose rows follow the classification codes).
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
        List<List<String>> fixedRows) {

    public Form {
        header = List.copyOf(header);
        columns = List.copyOf(columns);
        identities = List.copyOf(identities);
        fixedRows = fixedRows.stream().map(List::copyOf).toList();
    }

    /** A form without fixed rows. */
    public Form(String id, String name, String number, String title, List<HeaderNode> header, List<Column> columns,
            int panelCount, String notes, List<Identity> identities) {
        this(id, name, number, title, header, columns, panelCount, notes, identities, List.of());
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

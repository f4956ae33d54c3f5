package org.gongkai.model;

import java.util.List;
import java.util.Optional;

/**
 * A table layout (表样): the header tree, its leaf columns in row order, how a row splits into
 * side-by-side panels, and the identities the form states.
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
        List<Identity> identities) {

    public Form {
        header = List.copyOf(header);
        columns = List.copyOf(columns);
        identities = List.copyOf(identities);
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

package org.gongkai.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.gongkai.diag.Position;

/**
 * One table cell exactly as published. A blank cell, {@code 0.00} and {@code -} are different
 * things on the official forms, so the kind keeps them apart; {@code raw} keeps the written digits
 * (thousands separators included) and {@code value} is the exact decimal.
 */
public record Cell(String raw, CellKind kind, BigDecimal value, Position position, Restored restored) {

    /**
     * A figure whose digits the published text lost and the same document proves elsewhere: the
     * cell then holds the restored figure, and this keeps what was printed and where the figure
     * comes from, so pages and data can say so.
     */
    public record Restored(String printed, String source, Position position) {
    }

    public Cell(String raw, CellKind kind, BigDecimal value, Position position) {
        this(raw, kind, value, position, null);
    }

    /** This printed cell holding {@code figure} (an amount cell) instead, marked as restored. */
    public Cell restoredAs(Cell figure, String source, Position at) {
        return new Cell(figure.raw, figure.kind, figure.value, position, new Restored(raw, source, at));
    }

    public boolean isRestored() {
        return restored != null;
    }

    private static final Pattern AMOUNT = Pattern.compile("-?((\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|\\.\\d+)");

    public enum CellKind { BLANK, DASH, AMOUNT, TEXT }

    /** The ways the forms print "no amount" other than a blank cell. */
    public static final List<String> DASHES = List.of("-", "—", "－", "--", "——");

    /** Parses an amount cell; empty when the text is not blank, a dash or a number. */
    public static Optional<Cell> amount(String raw, Position at) {
        String t = raw.strip();
        if (t.isEmpty()) {
            return Optional.of(new Cell("", CellKind.BLANK, null, at));
        }
        if (DASHES.contains(t)) {
            return Optional.of(new Cell(t, CellKind.DASH, null, at));
        }
        if (AMOUNT.matcher(t).matches()) {
            return Optional.of(new Cell(t, CellKind.AMOUNT, new BigDecimal(t.replace(",", "")), at));
        }
        return Optional.empty();
    }

    public static Cell text(String raw, Position at) {
        return new Cell(raw.strip(), raw.isBlank() ? CellKind.BLANK : CellKind.TEXT, null, at);
    }

    public boolean isAmount() {
        return kind == CellKind.AMOUNT;
    }

    public boolean isBlank() {
        return kind == CellKind.BLANK;
    }
}

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
public record Cell(String raw, CellKind kind, BigDecimal value, Position position, Mark mark) {

    /** What the content says about a cell's provenance, beyond "as printed". */
    public enum Flag {
        /** The published text lost digits; the same document proves the figure, which the cell holds. */
        RESTORED("restored"),
        /** The published cell cannot be read (blurred, cut off, missing); the cell holds what could be. */
        ILLEGIBLE("illegible");

        private final String key;

        Flag(String key) {
            this.key = key;
        }

        /** The flag as CSV and JSON carry it. */
        public String key() {
            return key;
        }
    }

    /**
     * A cell's mark: its flag, what was printed (transcribed), and the reason: where a restored
     * figure comes from, or what is wrong with an illegible one; {@code position} is the mark's entry.
     */
    public record Mark(Flag flag, String printed, String source, Position position) {
    }

    public Cell(String raw, CellKind kind, BigDecimal value, Position position) {
        this(raw, kind, value, position, null);
    }

    /** This printed cell holding {@code figure} (an amount cell) instead, marked as restored. */
    public Cell restoredAs(Cell figure, String source, Position at) {
        return new Cell(figure.raw, figure.kind, figure.value, position, new Mark(Flag.RESTORED, raw, source, at));
    }

    /** This cell as transcribed, marked as illegible in the published document for {@code reason}. */
    public Cell illegible(String reason, Position at) {
        return new Cell(raw, kind, value, position, new Mark(Flag.ILLEGIBLE, raw, reason, at));
    }

    public boolean isMarked() {
        return mark != null;
    }

    public boolean isRestored() {
        return mark != null && mark.flag() == Flag.RESTORED;
    }

    /** The restored mark (what was printed, and the source), or null when the cell is not restored. */
    public Mark restored() {
        return isRestored() ? mark : null;
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

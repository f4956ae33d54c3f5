package org.gongkai.model;

import java.util.List;
import org.gongkai.diag.Position;

/**
 * An identity a form prints under its table, e.g. "1 栏各行＝（2＋3）栏各行", held as data:
 * {@code target = Σ sign·term}. Columns are referenced by 栏次, rows by 行次.
 */
public record Identity(String printed, String rule, Axis axis, String target, List<Term> terms, Position position) {

    public enum Axis { COLUMN, ROW }

    /** One addend; {@code negative} for a subtracted term. */
    public record Term(String ref, boolean negative) {
    }

    public Identity {
        terms = List.copyOf(terms);
    }
}

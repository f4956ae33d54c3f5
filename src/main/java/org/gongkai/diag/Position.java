package org.gongkai.diag;

import java.util.Comparator;

/** A place in a content file: 1-based line and column, file as the user named it. */
public record Position(String file, int line, int column) implements Comparable<Position> {

    private static final Comparator<Position> ORDER = Comparator.comparing(Position::file)
            .thenComparingInt(Position::line)
            .thenComparingInt(Position::column);

    public static Position startOf(String file) {
        return new Position(file, 1, 1);
    }

    @Override
    public int compareTo(Position other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}

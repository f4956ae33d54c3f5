package org.gongkai.diag;

import java.util.Comparator;
import java.util.List;

/**
 * One message about the content: where, how serious, which rule, what is wrong (Chinese) and
 * what to do. {@code related} lists the other figures a finding involves.
 */
public record Diagnostic(
        Position position, Severity severity, String code, String message, String hint, List<Position> related) {

    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::position)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        related = List.copyOf(related);
        hint = hint == null ? "" : hint;
    }

    public Diagnostic(Position position, Severity severity, String code, String message, String hint) {
        this(position, severity, code, message, hint, List.of());
    }

    /** An I/O problem (unreadable path, not a file) rather than a content mistake: exit code 2. */
    public boolean isIo() {
        return code.startsWith("io.");
    }
}

package org.gongkai.diag;

import java.util.Comparator;
import java.util.List;

/**
 * One message about the content: where, which code (and so how serious), what is wrong (Chinese)
 * and what to do. {@code related} lists the other figures a finding involves.
 */
public record Diagnostic(Position position, Code code, String message, String hint, List<Position> related) {

    /** By place, severity, then the code as printed: the order users have always seen. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::position)
            .thenComparing(Diagnostic::severity)
            .thenComparing(d -> d.code().id())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        related = List.copyOf(related);
        hint = hint == null ? "" : hint;
    }

    public Diagnostic(Position position, Code code, String message, String hint) {
        this(position, code, message, hint, List.of());
    }

    /** Fixed by the code: one code is never an error in one place and a warning in another. */
    public Severity severity() {
        return code.severity();
    }

    /** An I/O problem (unreadable path, not a file) rather than a content mistake: exit code 2. */
    public boolean isIo() {
        return code.isIo();
    }
}

package org.gongkai.check;

import java.util.List;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Position;

/**
 * Where a disclosure disagrees with itself. {@code subject} names the figures involved in words
 * that survive edits to the file (table number, row, column), so an acknowledgement can refer to
 * it; {@code related} are the positions of the other figures.
 */
public record Finding(Rule rule, String disclosure, String subject, String message, Position at,
        List<Position> related) {

    public Finding {
        related = List.copyOf(related);
    }

    public Diagnostic toDiagnostic() {
        String hint = "核对原文；如原文确实如此，可在内容文件的 acknowledgements 中说明：{ rule: " + rule.id()
                + ", subject: \"" + subject + "\", note: 说明 }";
        return new Diagnostic(at, rule.code(), message, hint, related);
    }
}

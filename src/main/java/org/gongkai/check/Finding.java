package org.gongkai.check;

import java.util.List;
import org.gongkai.diag.Diagnostic;
import org.gongkai.diag.Position;
import org.gongkai.diag.Severity;

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
        String ack = "{ rule: " + rule.id() + ", subject: \"" + subject + "\", note: 说明 }";
        String hint = rule.severity() == Severity.NOTICE
                ? "舍入或截尾可以解释，不影响发布；要向读者说明时，可在内容文件的 acknowledgements 中写：" + ack
                : "核对原文；如原文确实如此，可在内容文件的 acknowledgements 中说明：" + ack;
        return new Diagnostic(at, rule.code(), message, hint, related);
    }
}

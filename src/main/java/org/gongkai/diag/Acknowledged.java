package org.gongkai.diag;

/** A diagnostic the content acknowledges, with the explanation it gives readers. */
public record Acknowledged(Diagnostic diagnostic, String note) {
}

package org.gongkai.model;

import org.gongkai.diag.Position;

/**
 * A content file's statement that a validator finding is known and why: the rule id and the
 * finding's subject as {@code check} prints it, and the explanation shown to readers as 数据说明.
 */
public record Acknowledgement(String rule, String subject, String note, Position position) {
}

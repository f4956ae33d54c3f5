package org.gongkai.model;

import java.util.Optional;
import org.gongkai.diag.Position;

/**
 * When a disclosure was approved (批复日期, {@code approved}, as printed) and where its content file
 * states that and the publication date, for the timeliness rule to point at.
 */
public record Dates(String approved, Optional<Position> approvedAt, Optional<Position> publishedAt) {

    public static final Dates NONE = new Dates("", Optional.empty(), Optional.empty());
}

package org.gongkai.model;

import org.gongkai.diag.Position;

/** A key figure the narrative states in words, for disclosures whose tables are missing. */
public record StatedFigure(Metric metric, Cell value, String year, String quote, Position position) {
}

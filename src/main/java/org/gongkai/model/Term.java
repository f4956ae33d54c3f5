package org.gongkai.model;

import org.gongkai.diag.Position;

/** One 名词解释 entry as published. */
public record Term(String number, String term, String text, Position position) {
}

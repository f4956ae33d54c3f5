package org.gongkai.load;

import org.gongkai.diag.Position;

/** A scalar exactly as written, with where it was written. */
public record Scalar(String text, Position position) {
}

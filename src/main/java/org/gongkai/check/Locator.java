package org.gongkai.check;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.gongkai.diag.Position;
import org.gongkai.diag.ScalarOffsets;
import org.gongkai.diag.SourceLines;
import org.gongkai.model.Section;

/**
 * Turns an offset in a section's text into file:line:col, whatever style the text is written in
 * ("|", ">", plain or quoted, see {@link ScalarOffsets}). Files and texts are mapped once and
 * kept: rules ask for many figures of the same text.
 */
final class Locator {

    private final Function<String, String> sources;
    private final Map<String, SourceLines> files = new ConcurrentHashMap<>();
    private final Map<Position, ScalarOffsets> texts = new ConcurrentHashMap<>();

    Locator(Function<String, String> sources) {
        this.sources = sources;
    }

    Position locate(Section s, int offset) {
        Position at = s.textAt();
        if (at == null || s.text().isEmpty()) {
            return s.position();
        }
        String source = sources.apply(at.file());
        if (source == null) {
            return at;
        }
        SourceLines lines = files.computeIfAbsent(at.file(), f -> new SourceLines(f, source));
        return texts.computeIfAbsent(at, p -> ScalarOffsets.of(lines, p, s.text())).position(offset);
    }
}

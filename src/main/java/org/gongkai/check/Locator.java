package org.gongkai.check;

import java.util.function.Function;
import org.gongkai.diag.Position;
import org.gongkai.model.Section;

/**
 * Turns an offset in a section's text into file:line:col. A block scalar ("text: |") keeps the
 * text's lines as file lines starting on the line after the key; a figure is then found on its
 * line by its own characters, so the column is exact whatever the indentation.
 */
final class Locator {

    private final Function<String, String> sources;

    Locator(Function<String, String> sources) {
        this.sources = sources;
    }

    Position locate(Section s, int offset) {
        Position at = s.textAt();
        String source = at == null ? null : sources.apply(at.file());
        if (source == null) {
            return s.position();
        }
        String[] lines = source.split("\n", -1);
        String keyLine = at.line() >= 1 && at.line() <= lines.length ? lines[at.line() - 1] : "";
        boolean block = keyLine.strip().matches(".*[|>][+-]?\\d?");
        if (!block) {
            return at;
        }
        String text = s.text();
        int lineInText = (int) text.substring(0, Math.min(offset, text.length())).chars().filter(c -> c == '\n').count();
        int fileLine = at.line() + 1 + lineInText;
        if (fileLine > lines.length) {
            return at;
        }
        int lineStart = text.lastIndexOf('\n', Math.max(offset - 1, 0)) + 1;
        String textLine = text.substring(lineStart, Math.max(lineStart, text.indexOf('\n', lineStart) < 0 ? text.length() : text.indexOf('\n', lineStart)));
        int indent = lines[fileLine - 1].indexOf(textLine.isEmpty() ? lines[fileLine - 1].strip() : textLine);
        int column = (indent < 0 ? 0 : indent) + (offset - lineStart) + 1;
        return new Position(at.file(), fileLine, column);
    }
}

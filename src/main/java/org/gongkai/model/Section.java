package org.gongkai.model;

import java.util.List;
import org.gongkai.diag.Position;

/** A titled piece of published text (Markdown), possibly with sub-sections. */
public record Section(String title, String topic, String text, List<Section> sections, Position position,
        Position textAt) {

    public Section {
        sections = List.copyOf(sections);
    }
}

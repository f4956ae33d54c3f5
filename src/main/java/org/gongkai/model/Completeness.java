package org.gongkai.model;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How complete a disclosure is, from data: the tables its form set marks required, and which of
 * them the disclosure has. {@code untranscribed} when a tables part says some published tables were
 * not transcribed (published as images): then the missing ones cannot be told from the content.
 */
public record Completeness(List<Form> required, List<Form> missing, boolean untranscribed) {

    public Completeness {
        required = List.copyOf(required);
        missing = List.copyOf(missing);
    }

    public static Completeness of(Disclosure d) {
        List<Form> required = d.forms() == null ? List.of() : d.forms().required();
        Set<String> present = d.tables().map(t -> t.form().id()).collect(Collectors.toSet());
        boolean untranscribed = d.parts().stream()
                .anyMatch(p -> p instanceof Part.TablesPart t && !t.notTranscribed().isBlank());
        return new Completeness(required, required.stream().filter(f -> !present.contains(f.id())).toList(), untranscribed);
    }

    /** Whether there is a score to show: the form set requires tables and the content can tell. */
    public boolean scored() {
        return !required.isEmpty() && (missing.isEmpty() || !untranscribed);
    }

    public int present() {
        return required.size() - missing.size();
    }

    /** As pages show it: "必需表格 8/9", or why there is no score. */
    public String text() {
        if (required.isEmpty()) {
            return "表样集未标明必需的表格";
        }
        return scored() ? "必需表格 " + present() + "/" + required.size() : "必需表格未能核对（原文表格未转录）";
    }
}

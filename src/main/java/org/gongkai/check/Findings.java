package org.gongkai.check;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The validator's results per disclosure path, for the pages (数据说明) and for reports. */
public record Findings(Map<String, OfDisclosure> byDisclosure) {

    /** A finding a content file explains. */
    public record Acknowledged(Finding finding, String note) {
    }

    /** One disclosure's findings: those nobody explained yet, and the acknowledged ones. */
    public record OfDisclosure(List<Finding> open, List<Acknowledged> acknowledged) {
        public OfDisclosure {
            open = List.copyOf(open);
            acknowledged = List.copyOf(acknowledged);
        }
    }

    public static final OfDisclosure NONE = new OfDisclosure(List.of(), List.of());

    public Findings {
        byDisclosure = new TreeMap<>(byDisclosure);
    }

    public OfDisclosure of(String path) {
        return byDisclosure.getOrDefault(path, NONE);
    }
}

package org.gongkai.model;

import java.util.List;
import org.gongkai.diag.Position;

/** A part of a disclosure (第一部分 …), in published order. */
public sealed interface Part {

    PartType type();

    String title();

    /** Stable address of the part's page within its disclosure. */
    String slug();

    enum PartType {
        OVERVIEW("overview", "概况"),
        TABLES("tables", "表格"),
        NARRATIVE("narrative", "情况说明"),
        TEXT("text", "文字"),
        GLOSSARY("glossary", "名词解释"),
        PERFORMANCE("performance", "绩效");

        private final String key;
        private final String label;

        PartType(String key, String label) {
            this.key = key;
            this.label = label;
        }

        public String key() {
            return key;
        }

        public String label() {
            return label;
        }
    }

    record SectionsPart(PartType type, String title, String slug, List<Section> sections) implements Part {
        public SectionsPart {
            sections = List.copyOf(sections);
        }
    }

    /**
     * The tables as transcribed; {@code notTranscribed} says why some or all of the published tables
     * are not (published as images, say): then no one can tell from the content which are missing.
     */
    record TablesPart(String title, String slug, List<Table> tables, String notTranscribed,
            Position position) implements Part {
        public TablesPart {
            tables = List.copyOf(tables);
        }

        public TablesPart(String title, String slug, List<Table> tables) {
            this(title, slug, tables, "", null);
        }

        @Override
        public PartType type() {
            return PartType.TABLES;
        }
    }

    record GlossaryPart(String title, String slug, String intro, List<Term> terms) implements Part {
        public GlossaryPart {
            terms = List.copyOf(terms);
        }

        @Override
        public PartType type() {
            return PartType.GLOSSARY;
        }
    }

    record PerformancePart(String title, String slug, List<PerformanceForm> forms) implements Part {
        public PerformancePart {
            forms = List.copyOf(forms);
        }

        @Override
        public PartType type() {
            return PartType.PERFORMANCE;
        }
    }
}

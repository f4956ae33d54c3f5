package org.gongkai.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Where a character of a scalar's value was written, for every scalar style. Each case writes the
 * characters 甲, 乙 and 丙 once in the file; the value (composed by snakeyaml, as the loader does)
 * holds them once too, and each must map back to its own line and column.
 */
class ScalarOffsetsTest {

    /** The value of key {@code text} and where each marker of it was written. */
    private static void assertMarkers(String yaml) {
        MappingNode root = (MappingNode) new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        ScalarNode node = (ScalarNode) root.getValue().stream()
                .filter(t -> ((ScalarNode) t.getKeyNode()).getValue().equals("text")).findFirst().orElseThrow().getValueNode();
        String value = node.getValue();
        SourceLines lines = new SourceLines("f.yaml", yaml);
        Position start = new Position("f.yaml", node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
        ScalarOffsets offsets = ScalarOffsets.of(lines, start, value);
        for (String marker : new String[] {"甲", "乙", "丙"}) {
            int inValue = value.indexOf(marker);
            int inSource = yaml.indexOf(marker);
            assertTrue(inValue >= 0 && inSource >= 0, marker + " in " + value);
            assertEquals(lines.position(inSource), offsets.position(inValue), marker + " of " + value.replace("\n", "⏎"));
        }
    }

    @Test
    void literal() {
        assertMarkers("a: 1\ntext: |\n  甲一行\n    乙缩进保留\n\n  第三段丙\n");
    }

    @Test
    void spacesAValueKeepsAreTheOnesAfterTheIndentation() {
        String yaml = "text: |\n  a\n      b\n";
        ScalarOffsets offsets = ScalarOffsets.of(new SourceLines("f.yaml", yaml), new Position("f.yaml", 1, 7), "a\n    b\n");
        assertEquals(new Position("f.yaml", 3, 3), offsets.position(2));
        assertEquals(new Position("f.yaml", 3, 7), offsets.position(6));
    }

    @Test
    void aFoldedLineBreakIsPlacedAtTheEndOfItsLine() {
        String yaml = "text: >\n  a\n  b\n";
        ScalarOffsets offsets = ScalarOffsets.of(new SourceLines("f.yaml", yaml), new Position("f.yaml", 1, 7), "a b\n");
        assertEquals(new Position("f.yaml", 2, 4), offsets.position(1));
        assertEquals(new Position("f.yaml", 3, 3), offsets.position(2));
    }

    @Test
    void literalStrip() {
        assertMarkers("text: |-\n    甲\n    乙 丙\nb: 2\n");
    }

    @Test
    void literalWithIndentationIndicator() {
        assertMarkers("list:\n  - x\ntext: |2\n    甲多缩进的一行\n  乙\n  丙\n");
    }

    @Test
    void literalStartingWithEmptyLines() {
        assertMarkers("text: |\n\n\n  甲\n  乙丙\n");
    }

    @Test
    void folded() {
        // Single line breaks fold into spaces, an empty line stays a line break.
        assertMarkers("text: >\n  第一行甲\n  第二行乙\n\n  新段落丙\n");
    }

    @Test
    void foldedStrip() {
        assertMarkers("text: >-\n  甲 的一行\n    乙 更深的缩进保留换行\n  丙\n");
    }

    @Test
    void foldedWithIndentationIndicator() {
        assertMarkers("text: >1\n  甲\n  乙\n\n  丙\n");
    }

    @Test
    void plainOverSeveralLines() {
        assertMarkers("text: 第一行甲\n  第二行乙   \n\n  丙\n");
    }

    @Test
    void singleQuotedWithQuoteAndLineBreaks() {
        assertMarkers("text: '它''s 甲\n  乙\n\n    丙'\n");
    }

    @Test
    void doubleQuotedWithEscapesAndLineBreaks() {
        assertMarkers("text: \"\\x41\\u4e2d甲\\n\\\"引\\\" \\\n    乙\n  \\t丙\"\n");
    }

    @Test
    void anEscapeIsPlacedAtItsBackslash() {
        String yaml = "text: \"红\\x1b[31m\"\n";
        MappingNode root = (MappingNode) new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        ScalarNode node = (ScalarNode) root.getValue().get(0).getValueNode();
        ScalarOffsets offsets = ScalarOffsets.of(new SourceLines("f.yaml", yaml), new Position("f.yaml", 1, 7), node.getValue());
        assertEquals(new Position("f.yaml", 1, 9), offsets.position(node.getValue().indexOf('\u001b')));
        assertEquals(new Position("f.yaml", 1, 13), offsets.position(node.getValue().indexOf('[')));
    }

    @Test
    void crlfLineEnds() {
        assertMarkers("a: 1\r\ntext: |\r\n  甲\r\n  乙丙\r\n");
        assertMarkers("text: >\r\n  甲\r\n  乙\r\n\r\n  丙\r\n");
    }

    @Test
    void inAFlowSequence() {
        String yaml = "rows:\n  - [\"\", 甲乙丙, \"1\"]\n";
        SourceLines lines = new SourceLines("f.yaml", yaml);
        ScalarOffsets offsets = ScalarOffsets.of(lines, new Position("f.yaml", 2, 10), "甲乙丙");
        assertEquals(new Position("f.yaml", 2, 11), offsets.position(1));
        assertEquals(new Position("f.yaml", 2, 13), offsets.position(3));
    }

    @Test
    void columnsCountCodePoints() {
        SourceLines lines = new SourceLines("f.yaml", "a: 𠀀甲\n");
        assertEquals(new Position("f.yaml", 1, 5), lines.position("a: 𠀀".length()));
        assertEquals("a: 𠀀".length(), lines.index(1, 5));
    }
}

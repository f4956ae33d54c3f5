package org.gongkai.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.gongkai.diag.Position;
import org.gongkai.model.Section;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A figure in a section's text is reported where it is written, in every style the text may be
 * written in. Each case states the value snakeyaml makes of the text (and checks it), then where
 * the figure "1,118.78" in it is reported.
 */
class LocatorTest {

    /** Where the figure of the text in {@code yaml} is reported; {@code value} is what snakeyaml reads. */
    private static Position locate(String yaml, String value) {
        SequenceNode list = (SequenceNode) new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        ScalarNode text = (ScalarNode) ((MappingNode) list.getValue().get(0)).getValue().get(1).getValueNode();
        assertEquals(value, text.getValue());
        Position textAt = new Position("f.yaml", text.getStartMark().getLine() + 1, text.getStartMark().getColumn() + 1);
        Locator locator = new Locator(Map.of("f.yaml", yaml)::get);
        Section s = new Section("一、收支", "", value, List.of(), new Position("f.yaml", 1, 3), textAt);
        return locator.locate(s, value.indexOf("1,118.78"));
    }

    @Test
    void literal() {
        String yaml = "- title: 一、收支\n  text: |\n    收入合计\n    为 1,118.78 万元。\n";
        assertEquals(new Position("f.yaml", 4, 7), locate(yaml, "收入合计\n为 1,118.78 万元。\n"));
    }

    @Test
    void literalKeep() {
        String yaml = "- title: 一、收支\n  text: |+\n    收入合计\n    为 1,118.78 万元。\n\n";
        assertEquals(new Position("f.yaml", 4, 7), locate(yaml, "收入合计\n为 1,118.78 万元。\n\n"));
    }

    @Test
    void folded() {
        String yaml = "- title: 一、收支\n  text: >\n    收入合计\n    为 1,118.78 万元。\n";
        assertEquals(new Position("f.yaml", 4, 7), locate(yaml, "收入合计 为 1,118.78 万元。\n"));
    }

    @Test
    void foldedStrip() {
        String yaml = "- title: 一、收支\n  text: >-\n    收入合计\n    为 1,118.78 万元。\n";
        assertEquals(new Position("f.yaml", 4, 7), locate(yaml, "收入合计 为 1,118.78 万元。"));
    }

    @Test
    void foldedWithIndentationIndicator() {
        String yaml = "- title: 一、收支\n  text: >2\n     收入合计\n    为 1,118.78 万元。\n";
        assertEquals(new Position("f.yaml", 4, 7), locate(yaml, " 收入合计\n为 1,118.78 万元。\n"));
    }

    @Test
    void plain() {
        String yaml = "- title: 一、收支\n  text: 收入合计\n\n    为 1,118.78 万元。\n";
        assertEquals(new Position("f.yaml", 4, 7), locate(yaml, "收入合计\n为 1,118.78 万元。"));
    }

    @Test
    void singleQuoted() {
        String yaml = "- title: 一、收支\n  text: '收入''合计''\n    为 1,118.78 万元。'\n";
        assertEquals(new Position("f.yaml", 3, 7), locate(yaml, "收入'合计' 为 1,118.78 万元。"));
    }

    @Test
    void doubleQuoted() {
        String yaml = "- title: 一、收支\n  text: \"收入\\t合计\n\n   为 \\\n   1,118.78 万元。\"\n";
        assertEquals(new Position("f.yaml", 5, 4), locate(yaml, "收入\t合计\n为 1,118.78 万元。"));
    }

    @Test
    void aSectionWithoutTextIsPlacedAtTheSection() {
        Locator locator = new Locator(Map.of("f.yaml", "- title: x\n")::get);
        Section s = new Section("x", "", "", List.of(), new Position("f.yaml", 1, 3), new Position("f.yaml", 1, 3));
        assertEquals(new Position("f.yaml", 1, 3), locator.locate(s, 0));
    }
}

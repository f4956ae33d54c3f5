package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gongkai.model.Limits;
import org.junit.jupiter.api.Test;

/** Markdown the renderer handles quickly passes; deeper nesting or more markup is found at its place. */
class MarkdownBoundsTest {

    private static int problemAt(String text) {
        return MarkdownBounds.check(text).orElseThrow().offset();
    }

    private static void fine(String text) {
        assertTrue(MarkdownBounds.check(text).isEmpty(), text);
    }

    @Test
    void ordinaryTextPasses() {
        fine("一、收入支出预算总体情况\n\n2021 年收入预算 1,118.78 万元。\n\n- 第一项\n  - 其下一项\n    1. 再下一项\n\n> 引用\n> > 引用中的引用\n");
        fine("    缩进的代码\n\n1) 编号\n2) 编号\n\n[链接](https://example.org/) `代码` &amp; <br>\n");
    }

    @Test
    void nestingUpToTheBoundPasses() {
        fine(">".repeat(Limits.MARKDOWN_NESTING) + " x");
        fine("- ".repeat(Limits.MARKDOWN_NESTING) + "x");
        fine("  ".repeat(Limits.MARKDOWN_NESTING - 1) + "- x");
        fine("1. ".repeat(Limits.MARKDOWN_NESTING) + "x");
    }

    @Test
    void deeperNestingIsFoundAtTheMarkerThatPassesTheBound() {
        assertEquals(Limits.MARKDOWN_NESTING, problemAt(">".repeat(Limits.MARKDOWN_NESTING + 1) + " x"));
        assertEquals(2 * Limits.MARKDOWN_NESTING, problemAt("- ".repeat(Limits.MARKDOWN_NESTING + 1) + "x"));
        assertEquals(3 + 2 * Limits.MARKDOWN_NESTING, problemAt("x\n\n" + "  ".repeat(Limits.MARKDOWN_NESTING) + "- x"));
        assertEquals(3 * Limits.MARKDOWN_NESTING, problemAt("1. ".repeat(Limits.MARKDOWN_NESTING + 1) + "x"));
        assertEquals(32, problemAt("> - > - > - > - > - > - > - > - > x"));
    }

    @Test
    void markupIsCountedPerParagraph() {
        String hundred = "[".repeat(Limits.MARKDOWN_MARKUP);
        fine(hundred + "\n\n" + hundred + "\n   \n" + hundred);
        assertEquals(Limits.MARKDOWN_MARKUP + 2, problemAt(hundred + "\nx]"));
        assertEquals(5 + Limits.MARKDOWN_MARKUP, problemAt("甲\n\n乙\n" + "`&<[]".repeat(40)));
    }

    @Test
    void fullWidthBracketsAreNotMarkup() {
        fine("【】［］（）".repeat(1000));
    }
}

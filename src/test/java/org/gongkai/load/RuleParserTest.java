package org.gongkai.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.stream.Collectors;
import org.gongkai.diag.Position;
import org.gongkai.model.Identity;
import org.junit.jupiter.api.Test;

/**
 * The identity expressions of the forms ("rule" under identities): every accepted way of writing
 * one, as the sums it stands for, and every rejected one with its message. The printed identity
 * ("1 栏各行＝（2＋3）栏各行") is the form's own text and is shown as written, not parsed.
 */
class RuleParserTest {

    private static final Position AT = new Position("forms/f.yaml", 3, 15);

    /** "C1 = +2 +3 -6": the axis, target and signed terms the rule parses to. */
    private static String parsed(String rule) {
        RuleParser.Result r = RuleParser.parse(rule, "印出的勾稽关系", AT);
        assertNull(r.error(), rule);
        Identity i = r.identity();
        assertEquals(rule, i.rule());
        assertEquals("印出的勾稽关系", i.printed());
        assertEquals(AT, i.position());
        return (i.axis() == Identity.Axis.COLUMN ? "C" : "R") + i.target() + " = "
                + i.terms().stream().map(t -> (t.negative() ? "-" : "+") + t.ref()).collect(Collectors.joining(" "));
    }

    private static String rejected(String rule) {
        RuleParser.Result r = RuleParser.parse(rule, "", AT);
        assertNull(r.identity(), rule);
        return r.error();
    }

    @Test
    void columnsAndRows() {
        assertEquals("C1 = +2 +3", parsed("C1 = C2 + C3"));
        assertEquals("C6 = +1 +2 -3", parsed("C6 = C1 + C2 - C3"));
        assertEquals("R24 = +1 +2", parsed("R24 = R1 + R2"));
        assertEquals("C1 = -2 +3", parsed("C1 = -C2 + C3"));
        assertEquals("C1 = +2", parsed("C1 = +C2"));
    }

    @Test
    void spacesAnywhereOrNone() {
        assertEquals("C1 = +2 +3", parsed("C1=C2+C3"));
        assertEquals("C1 = +2 +3", parsed("  C1 =\tC2 +  C3  "));
        assertEquals("C1 = +2 +3", parsed("C1　=　C2　+　C3"));
    }

    @Test
    void fullWidthLettersDigitsAndSigns() {
        assertEquals("C1 = +2 +3", parsed("Ｃ１＝Ｃ２＋Ｃ３"));
        assertEquals("C6 = +1 +2 -3", parsed("Ｃ６ ＝ Ｃ１ ＋ Ｃ２ － Ｃ３"));
        assertEquals("R24 = +1 +2", parsed("R２４＝R１＋Ｒ2"));
        assertEquals("C6 = +1 -3", parsed("C6 = C1 − C3"));
    }

    @Test
    void ranges() {
        assertEquals("R24 = +1 +2 +3 +4 +5 +6 +7", parsed("R24 = R1..R7"));
        assertEquals("R24 = +1 +2 +3", parsed("R24 = R1..3"));
        assertEquals("R57 = +31 +32 +33", parsed("R57 = R31...R33"));
        assertEquals("R57 = +31 +32 +33", parsed("R57 = R31…R33"));
        assertEquals("R60 = +57 +58 -59 -60", parsed("R60 = R57..R58 - R59..R60"));
        assertEquals("R7 = +7", parsed("R7 = R7..R7"));
        assertEquals(500, RuleParser.parse("R1 = R1..R500", "", AT).identity().terms().size());
    }

    @Test
    void parenthesesNestedAndSigned() {
        assertEquals("C1 = +2 +3 +6", parsed("C1 = (C2 + C3 + C6)"));
        assertEquals("C1 = +2 -3 -4", parsed("C1 = C2 - (C3 + C4)"));
        assertEquals("C1 = +2 -3 +4 +5", parsed("C1 = C2 - (C3 - (C4 + C5))"));
        assertEquals("C1 = +2 -3 -4", parsed("C1 = C2 －（C3 ＋ C4）"));
        assertEquals("R30 = +27 +28 -1 -2", parsed("R30 = (R27..R28) - (R1..R2)"));
        assertEquals("C1 = +2", parsed("C1 = ((((((((C2))))))))"));
    }

    @Test
    void leadingZerosAreTheSameNumber() {
        assertEquals("C1 = +2", parsed("C01 = C002"));
    }

    @Test
    void rejectedWithTheReason() {
        assertEquals("应有且只有一个“=”", rejected("C1 C2 + C3"));
        assertEquals("应有且只有一个“=”", rejected("C1 = C2 = C3"));
        assertEquals("“=”左边应为一个栏次（如 C1）或行次（如 R24）", rejected("= C2"));
        assertEquals("“=”左边应为一个栏次（如 C1）或行次（如 R24）", rejected("R1..R3 = R4"));
        assertEquals("“=”左边应为一个栏次（如 C1）或行次（如 R24）", rejected("X1 = C2"));
        assertEquals("“=”左边应为一个栏次（如 C1）或行次（如 R24）", rejected("1 = C2"));
        assertEquals("“=”右边没有任何项", rejected("C1 ="));
        assertEquals("“=”右边没有任何项", rejected("C1 = )"));
        assertEquals("“C3”之前缺少 + 或 -", rejected("C1 = C2 C3"));
        assertEquals("“(C3)”之前缺少 + 或 -", rejected("C1 = C2 (C3)"));
        assertEquals("“+”之后缺少一项", rejected("C1 = C2 +"));
        assertEquals("“-”之后缺少一项", rejected("C1 = C2 - + C3"));
        assertEquals("“X2”不是栏次或行次：应写 C 加栏次或 R 加行次，如 C2、R1..R7", rejected("C1 = X2"));
        assertEquals("“2”不是栏次或行次：应写 C 加栏次或 R 加行次，如 C2、R1..R7", rejected("C1 = 2"));
        assertEquals("混用了栏次（C）和行次（R）", rejected("C1 = C2 + R3"));
        assertEquals("混用了栏次（C）和行次（R）", rejected("R1 = R2..C3"));
        assertEquals("“C”中缺少栏次或行次的数字", rejected("C1 = C"));
        assertEquals("“..”之后缺少栏次或行次", rejected("R1 = R2.."));
        assertEquals("“..”之后缺少栏次或行次", rejected("R1 = R2..+R3"));
        assertEquals("范围 R7..R1 应从小到大", rejected("R9 = R7..R1"));
        assertEquals("共 501 项，超过上限 500 项", rejected("R1 = R1..R501"));
        assertEquals("共 501 项，超过上限 500 项", rejected("R1 = R1..R400 + R401..R500 + R501"));
        assertEquals("括号中没有任何项", rejected("C1 = ()"));
        assertEquals("左括号“(”没有对应的右括号", rejected("C1 = (C2 + C3"));
        assertEquals("多了一个右括号“)”", rejected("C1 = C2 + C3)"));
        assertEquals("括号嵌套超过 8 层", rejected("C1 = (((((((((C2)))))))))"));
    }

    @Test
    void numbersAreBoundedWithoutOverflow() {
        assertEquals("栏次或行次 99999999999 超出范围 1–9999", rejected("R1 = R1..R99999999999"));
        assertEquals("栏次或行次 2147483648 超出范围 1–9999", rejected("C2147483648 = C1"));
        assertEquals("栏次或行次 10000 超出范围 1–9999", rejected("C1 = C10000"));
        assertEquals("栏次或行次 0 超出范围 1–9999", rejected("C1 = C0"));
        assertEquals("栏次或行次 0000000000000000000000000000000000000000… 超出范围 1–9999",
                rejected("C1 = C" + "0".repeat(5000)));
        assertEquals("C9999 = +1", parsed("C9999 = C1"));
    }

    @Test
    void aHugeExpressionIsQuotedShort() {
        String error = rejected("C1 = C2 " + "x".repeat(100_000));
        assertEquals("“xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…”之前缺少 + 或 -", error);
    }
}

package org.gongkai.load;

import java.util.ArrayList;
import java.util.List;
import org.gongkai.diag.Position;
import org.gongkai.diag.Printable;
import org.gongkai.model.Identity;
import org.gongkai.model.Limits;

/**
 * Parses the expression of an identity a form prints ("rule" in a form file), such as
 * {@code C1 = C2 + C3 - C6} (栏次: holds on every row) or {@code R59 = R33..R58} (行次: holds in every
 * amount column). Full-width characters as the forms print them (Ｃ１＝Ｃ２＋Ｃ３, （）, －) read as
 * their ASCII forms; parentheses group terms, a minus before them subtracts each; {@code ..},
 * {@code ...} or {@code …} between two numbers sums every number from one to the other.
 * Numbers, ranges and nesting are bounded by {@link Limits}, and every rejection says why.
 */
final class RuleParser {

    /** The identity, or why the expression is not one (Chinese, for the message). */
    record Result(Identity identity, String error) {
    }

    /** Why an expression is rejected. */
    private static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String reason) {
            super(reason, null, false, false);
        }
    }

    private final String text;
    private final List<Identity.Term> terms = new ArrayList<>();
    private char axis;
    private int pos;

    private RuleParser(String text) {
        this.text = text;
    }

    static Result parse(String rule, String printed, Position at) {
        String normal = normalise(rule);
        RuleParser p = new RuleParser(normal);
        try {
            int eq = normal.indexOf('=');
            if (eq < 0 || normal.indexOf('=', eq + 1) >= 0) {
                throw new Invalid("应有且只有一个“=”");
            }
            String target = p.target(normal.substring(0, eq));
            p.pos = eq + 1;
            if (p.pos >= normal.length()) {
                throw new Invalid("“=”右边没有任何项");
            }
            p.sum(false, 0);
            if (p.pos < normal.length()) {
                throw new Invalid(normal.charAt(p.pos) == ')' ? "多了一个右括号“)”" : "“" + p.rest() + "”之前缺少 + 或 -");
            }
            Identity.Axis ax = p.axis == 'C' ? Identity.Axis.COLUMN : Identity.Axis.ROW;
            return new Result(new Identity(printed, rule, ax, target, p.terms, at), null);
        } catch (Invalid e) {
            return new Result(null, e.getMessage());
        }
    }

    /** Full-width forms to ASCII, spaces dropped, the range marks … and ... written "..". */
    static String normalise(String rule) {
        StringBuilder b = new StringBuilder(rule.length());
        rule.codePoints().forEach(cp -> {
            int c = cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp;
            if (c == 0x2212 || c == 0x2013) {
                c = '-';
            }
            if (c == 0x2026) {
                b.append("..");
            } else if (!Character.isWhitespace(c) && c != 0x3000) {
                b.appendCodePoint(c);
            }
        });
        return b.toString().replace("...", "..");
    }

    private String target(String lhs) throws Invalid {
        if (lhs.isEmpty() || "CR".indexOf(lhs.charAt(0)) < 0 || lhs.length() < 2 || !digits(lhs.substring(1))) {
            throw new Invalid("“=”左边应为一个栏次（如 C1）或行次（如 R24）");
        }
        axis = lhs.charAt(0);
        return String.valueOf(number(lhs.substring(1)));
    }

    /** Terms up to the end or a closing parenthesis; {@code negative} when a minus stands before the group. */
    private void sum(boolean negative, int depth) throws Invalid {
        boolean first = true;
        while (pos < text.length() && text.charAt(pos) != ')') {
            boolean minus = false;
            char c = text.charAt(pos);
            if (c == '+' || c == '-') {
                minus = c == '-';
                pos++;
            } else if (!first) {
                throw new Invalid("“" + rest() + "”之前缺少 + 或 -");
            }
            if (pos >= text.length() || text.charAt(pos) == ')' || text.charAt(pos) == '+' || text.charAt(pos) == '-') {
                throw new Invalid("“" + c + "”之后缺少一项");
            }
            term(negative != minus, depth);
            first = false;
        }
        if (first) {
            throw new Invalid(depth == 0 ? "“=”右边没有任何项" : "括号中没有任何项");
        }
    }

    private void term(boolean negative, int depth) throws Invalid {
        if (text.charAt(pos) == '(') {
            if (depth + 1 > Limits.RULE_PARENTHESES) {
                throw new Invalid("括号嵌套超过 " + Limits.RULE_PARENTHESES + " 层");
            }
            pos++;
            sum(negative, depth + 1);
            if (pos >= text.length()) {
                throw new Invalid("左括号“(”没有对应的右括号");
            }
            pos++;
            return;
        }
        int from = ref(false);
        int to = from;
        if (text.startsWith("..", pos)) {
            pos += 2;
            to = ref(true);
            if (to < from) {
                throw new Invalid("范围 " + axis + from + ".." + axis + to + " 应从小到大");
            }
        }
        if (terms.size() + (to - from + 1) > Limits.RULE_TERMS) {
            throw new Invalid("共 " + String.format("%,d", (long) terms.size() + to - from + 1) + " 项，超过上限 "
                    + Limits.RULE_TERMS + " 项");
        }
        for (int n = from; n <= to; n++) {
            terms.add(new Identity.Term(String.valueOf(n), negative));
        }
    }

    /** C or R and a number; after "..", the letter may be left out. */
    private int ref(boolean rangeEnd) throws Invalid {
        int start = pos;
        if (pos < text.length() && (text.charAt(pos) == 'C' || text.charAt(pos) == 'R')) {
            if (text.charAt(pos) != axis) {
                throw new Invalid("混用了栏次（C）和行次（R）");
            }
            pos++;
        } else if (!rangeEnd) {
            throw new Invalid("“" + rest() + "”不是栏次或行次：应写 C 加栏次或 R 加行次，如 C2、R1..R7");
        }
        int digitsFrom = pos;
        while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
            pos++;
        }
        if (pos == digitsFrom) {
            throw new Invalid(pos == start ? "“..”之后缺少栏次或行次"
                    : "“" + Printable.excerpt(text.substring(start)) + "”中缺少栏次或行次的数字");
        }
        return number(text.substring(digitsFrom, pos));
    }

    /** A 栏次 or 行次: 1 to {@link Limits#NUMBER_MAX}, checked on the digits so no number overflows. */
    private static int number(String digits) throws Invalid {
        String n = digits.replaceFirst("^0+(?=\\d)", "");
        if (n.length() > String.valueOf(Limits.NUMBER_MAX).length() || Integer.parseInt(n) > Limits.NUMBER_MAX
                || Integer.parseInt(n) < 1) {
            throw new Invalid("栏次或行次 " + Printable.excerpt(digits) + " 超出范围 1–" + Limits.NUMBER_MAX);
        }
        return Integer.parseInt(n);
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private String rest() {
        return Printable.excerpt(text.substring(pos));
    }
}

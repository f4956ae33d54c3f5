package org.gongkai.load;

import java.util.List;
import java.util.function.Predicate;
import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Position;
import org.gongkai.diag.Printable;

/**
 * snakeyaml's English parse errors in Chinese, at the mark snakeyaml gives. Matched on its
 * problem and context texts (snakeyaml has no error codes); anything not recognised is still
 * reported in Chinese, with snakeyaml's words in the hint.
 */
final class YamlErrors {

    /** One recognised error: when it applies, and what to tell the user. */
    private record Known(Predicate<String> applies, Code code, String message, String hint) {
    }

    private static final String ALIAS_MESSAGE = "不支持锚点和别名（& 与 *）";
    private static final String ALIAS_HINT = "把引用的内容直接写出来；以 & 或 * 开头的文本要加引号";

    private static Predicate<String> has(String... words) {
        return s -> List.of(words).stream().anyMatch(s::contains);
    }

    /** Checked in order against "context / problem"; the first that applies is reported. */
    private static final List<Known> KNOWN = List.of(
            new Known(has("Nesting Depth exceeded"), Code.LOAD_TOO_DEEP,
                    "嵌套层级过深（上限 " + org.gongkai.model.Limits.YAML_DEPTH + " 层）",
                    "内容文件不需要这么深的嵌套；请检查文件是否损坏"),
            new Known(has("exceeds the limit", "code points"), Code.LOAD_TOO_LARGE, "文件过大，超过内容文件的上限",
                    "请检查是否误放了其他文件"),
            new Known(has("alias", "anchor", "Recursive key"), Code.YAML_ALIAS, ALIAS_MESSAGE, ALIAS_HINT),
            new Known(has("while scanning a tag", "tag handle", "Global tag"), Code.YAML_TAG, "不支持标签（以 ! 开头的类型标记）",
                    "内容一律按文本读取，不需要标签；以 ! 开头的文本要加引号"),
            new Known(has("directive", "YAML version", "incompatible YAML document"), Code.YAML_DIRECTIVE,
                    "不支持 YAML 指令（以 % 开头的行）", "删除这一行；以 % 开头的文本要加引号"),
            new Known(has("unknown escape character"), Code.YAML_ESCAPE, "双引号文本中有无法识别的转义序列（反斜杠 \\ 之后）",
                    "双引号中的 \\ 表示转义；要写反斜杠本身请写成 \\\\，或改用单引号"),
            new Known(has("expected escape sequence of"), Code.YAML_ESCAPE, "双引号文本中的转义序列不完整",
                    "\\x 后应有 2 位、\\u 后应有 4 位、\\U 后应有 8 位十六进制数字；要写反斜杠本身请写成 \\\\"),
            new Known(has("unexpected document separator"), Code.YAML_SYNTAX, "YAML 语法错误：引号中的文本里出现了文档分隔符（行首的 --- 或 ...）",
                    "检查前面的引号是否闭合"),
            new Known(has("quoted scalar").and(has("end of stream")), Code.YAML_SYNTAX, "YAML 语法错误：引号没有闭合",
                    "检查这段文字开头的引号是否有对应的结尾引号"),
            new Known(has("block scalar", "chomping", "indentation indicator"), Code.YAML_SYNTAX,
                    "YAML 语法错误：块文本标记（| 或 >）后只能跟 +、- 或 1–9 的缩进数字",
                    "正文从下一行写起，如“text: |”"),
            new Known(has("cannot start any token"), Code.YAML_SYNTAX, "YAML 语法错误：值不能以这个字符开头",
                    "以 @ 或 ` 开头的文本要加引号，如 \"@某某\""),
            new Known(has("mapping values are not allowed"), Code.YAML_SYNTAX, "YAML 语法错误：此处不能出现“键: 值”",
                    "检查上一行的缩进；如果值里含有“: ”，请给整个值加引号"),
            new Known(has("could not find expected ':'"), Code.YAML_SYNTAX, "YAML 语法错误：缺少冒号“:”",
                    "每个键后面要有“: ”（冒号加空格）"),
            new Known(has("sequence entries are not allowed"), Code.YAML_SYNTAX, "YAML 语法错误：此处不能出现列表项“- ”",
                    "检查缩进：列表项属于上一行的键时，要比该键多缩进或与之对齐"),
            new Known(has("mapping keys are not allowed"), Code.YAML_SYNTAX, "YAML 语法错误：此处不能出现“? ”",
                    "以 ? 开头的文本要加引号"),
            new Known(has("expected <block end>", "did not find expected key", "did not find expected '-' indicator"),
                    Code.YAML_SYNTAX, "YAML 语法错误：缩进不一致", "同一层的键要对齐，列表项的“-”要对齐"),
            new Known(has("expected ',' or ']'", "expected ',' or '}'"), Code.YAML_SYNTAX,
                    "YAML 语法错误：方括号或花括号列表中缺少逗号或右括号",
                    "检查“[...]”：每项之间用逗号分隔；含逗号的金额要加引号，如 \"2,484.74\""),
            new Known(has("expected the node content"), Code.YAML_SYNTAX, "YAML 语法错误：此处缺少值",
                    "检查是否多写了逗号、冒号或括号"),
            new Known(has("expected '<document start>'"), Code.YAML_SYNTAX, "YAML 语法错误：顶层内容之后还有多余的内容",
                    "顶层的键从行首写起；检查这一行的缩进"),
            new Known(has("expected a single document", "another document"), Code.YAML_SYNTAX, "一个文件只能包含一个 YAML 文档",
                    "删除多余的“---”分隔行"),
            new Known(has("end of stream"), Code.YAML_SYNTAX, "YAML 语法错误：文件意外结束", "检查是否有未闭合的引号或括号"),
            new Known(has("special characters", "unacceptable code point"), Code.LOAD_CONTROL_CHAR, "文件中有不允许的字符",
                    "删除这个字符"));

    private YamlErrors() {
    }

    /** Reports snakeyaml's {@code context} and {@code problem} at {@code at}. */
    static void report(Diagnostics diagnostics, Position at, String context, String problem, String text) {
        String p = problem == null ? "" : problem;
        String c = context == null ? "" : context;
        if (p.contains("\\t") || p.contains("'\t'") || lineStartsWithTab(text, at.line())) {
            diagnostics.report(at, Code.YAML_TAB, "YAML 中使用了 Tab 字符；缩进只能用空格", "把这一行的 Tab 换成空格");
            return;
        }
        String both = c + " / " + p;
        for (Known k : KNOWN) {
            if (k.applies().test(both)) {
                diagnostics.report(at, k.code(), k.message(), k.hint());
                return;
            }
        }
        String words = Printable.escape((c.isEmpty() ? "" : c + "：") + p.strip());
        diagnostics.report(at, Code.YAML_SYNTAX, "YAML 语法错误",
                "解析器的说明（英文）：" + (words.length() > 120 ? words.substring(0, 120) + "…" : words)
                        + "；对照 docs/content-schema.md 检查这一行的写法");
    }

    private static boolean lineStartsWithTab(String text, int line) {
        int start = 0;
        for (int l = 1; l < line && start >= 0; l++) {
            start = text.indexOf('\n', start);
            start = start < 0 ? -1 : start + 1;
        }
        return start >= 0 && start < text.length() && text.charAt(start) == '\t';
    }
}

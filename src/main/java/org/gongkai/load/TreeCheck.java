package org.gongkai.load;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Position;
import org.gongkai.diag.Printable;
import org.gongkai.diag.ScalarOffsets;
import org.gongkai.diag.SourceLines;
import org.gongkai.model.Limits;
import org.gongkai.model.Limits.TextKind;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The second pass over a composed file, before any reader sees it: anchors and aliases, duplicate
 * and complex keys, and every scalar against the bounds of {@link Limits} (control characters
 * that escapes produced, length by what its key holds, Markdown shape). A file that fails here is
 * not read further, so no later stage meets an unbounded value.
 */
final class TreeCheck {

    private final String name;
    private final String text;
    private final Diagnostics diagnostics;
    private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private SourceLines lines;
    private long markdownChars;
    private boolean markdownTotalReported;

    TreeCheck(String name, String text, Diagnostics diagnostics) {
        this.name = name;
        this.text = text;
        this.diagnostics = diagnostics;
    }

    /** True when the whole tree is within bounds. */
    boolean check(Node root) {
        return visit(root, 0, null, false);
    }

    /** {@code key}: the nearest mapping key above; {@code item}: the node is in a list under it. */
    private boolean visit(Node node, int depth, String key, boolean item) {
        if (!seen.add(node) || node.getAnchor() != null) {
            diagnostics.report(Nodes.position(name, node), Code.YAML_ALIAS, "不支持锚点和别名（& 与 *）", "把引用的内容直接写出来");
            return false;
        }
        if (depth > Limits.YAML_DEPTH) {
            diagnostics.report(Nodes.position(name, node), Code.LOAD_TOO_DEEP, "嵌套层级过深（上限 " + Limits.YAML_DEPTH + " 层）",
                    "请检查文件是否损坏");
            return false;
        }
        boolean ok = true;
        if (node instanceof MappingNode map) {
            Map<String, Node> keys = new HashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k) {
                    ok &= key(k);
                    Node first = keys.putIfAbsent(k.getValue(), k);
                    if (first != null) {
                        diagnostics.report(Nodes.position(name, k), Code.YAML_DUPLICATE_KEY,
                                "重复的键“" + Printable.excerpt(k.getValue()) + "”（第一次出现在第 "
                                        + Nodes.position(name, first).line() + " 行）",
                                "同一层里每个键只能出现一次；删除或合并其中一个");
                        ok = false;
                    }
                    ok &= visit(t.getValueNode(), depth + 1, k.getValue(), false);
                } else {
                    diagnostics.report(Nodes.position(name, t.getKeyNode()), Code.YAML_COMPLEX_KEY, "键必须是简单文本", "");
                    ok = false;
                }
            }
        } else if (node instanceof SequenceNode seq) {
            int max = Limits.listMax(key);
            if (seq.getValue().size() > max) {
                diagnostics.report(Nodes.position(name, seq), Code.LOAD_TOO_MANY,
                        (key == null ? "列表" : "“" + Printable.excerpt(key) + "”") + "有 " + String.format("%,d", seq.getValue().size())
                                + " 项，上限 " + String.format("%,d", max) + " 项",
                        "公开文件的表格、小节和词条远少于此；请检查文件是否由程序错误生成");
                return false;
            }
            for (Node element : seq.getValue()) {
                ok &= visit(element, depth + 1, key, true);
            }
        } else if (node instanceof ScalarNode s) {
            ok = value(s, Limits.kindOf(key), key, item);
        }
        return ok;
    }

    private boolean key(ScalarNode k) {
        if (!seen.add(k) || k.getAnchor() != null) {
            diagnostics.report(Nodes.position(name, k), Code.YAML_ALIAS, "不支持锚点和别名（& 与 *）", "把引用的内容直接写出来");
            return false;
        }
        if (!controls(k)) {
            return false;
        }
        int length = k.getValue().codePointCount(0, k.getValue().length());
        if (length > Limits.NAME_CHARS) {
            diagnostics.report(Nodes.position(name, k), Code.LOAD_TOO_LONG,
                    "键过长：" + String.format("%,d", length) + " 个字符，上限 " + Limits.NAME_CHARS + " 个",
                    "键名是 docs/content-schema.md 中列出的英文单词；检查这一行是否缺少“: ”之后的空格或引号");
            return false;
        }
        return true;
    }

    private boolean value(ScalarNode s, TextKind kind, String key, boolean item) {
        if (!controls(s)) {
            return false;
        }
        String v = s.getValue();
        int length = v.codePointCount(0, v.length());
        if (length > kind.max()) {
            diagnostics.report(Nodes.position(name, s), Code.LOAD_TOO_LONG,
                    (key == null ? "文本" : "“" + Printable.excerpt(key) + "”" + (item ? "中的一项" : "")) + "过长：" + String.format("%,d", length) + " 个字符，" + kind.label() + "上限 "
                            + String.format("%,d", kind.max()) + " 个",
                    hint(kind));
            return false;
        }
        if (kind != TextKind.MARKDOWN) {
            return true;
        }
        markdownChars += length;
        if (markdownChars > Limits.MARKDOWN_FILE_CHARS && !markdownTotalReported) {
            markdownTotalReported = true;
            diagnostics.report(Nodes.position(name, s), Code.LOAD_TOO_LONG, "本文件的 Markdown 正文合计超过 "
                    + String.format("%,d", Limits.MARKDOWN_FILE_CHARS) + " 个字符",
                    "一份公开文件的正文远少于此；请检查是否误放了其他内容");
            return false;
        }
        Optional<MarkdownBounds.Problem> problem = MarkdownBounds.check(v);
        problem.ifPresent(p -> diagnostics.report(at(s, p.offset()), Code.LOAD_MARKDOWN, p.message(), p.hint()));
        return problem.isEmpty();
    }

    private static String hint(TextKind kind) {
        return switch (kind) {
            case NAME -> "名称照原文填写，通常只有几十个字；检查是否把正文写进了这个键";
            case TITLE -> "标题照原文填写；较长的文字写在正文（text、notes 等 Markdown 键）中";
            case CELL -> "单元格照原文填写；检查是否把正文写进了单元格";
            case MARKDOWN -> "把很长的正文分成几个小节（sections）";
        };
    }

    /** A control character in a scalar's value (one an escape such as "\0" or "\x1b" produced). */
    private boolean controls(ScalarNode s) {
        int i = ControlChars.first(s.getValue());
        if (i < 0) {
            return true;
        }
        int cp = s.getValue().codePointAt(i);
        diagnostics.report(at(s, i), Code.LOAD_CONTROL_CHAR, "文本中有不允许的控制字符 " + Printable.describe(cp),
                "它来自双引号中的转义序列或复制粘贴；控制字符在页面上看不见，还可能改变终端的显示。删除它");
        return false;
    }

    /** Where the character at {@code offset} of the scalar's value was written. */
    private Position at(ScalarNode s, int offset) {
        if (lines == null) {
            lines = new SourceLines(name, text);
        }
        return ScalarOffsets.of(lines, Nodes.position(name, s), s.getValue()).position(offset);
    }
}

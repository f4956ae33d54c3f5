package org.gongkai.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Position;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one YAML file into snakeyaml's node tree (compose API: every node keeps its line and
 * column; nothing is bound to objects, so every scalar stays the text that was written).
 * Enforces limits on size and depth, and rejects anchors, aliases and duplicate keys.
 */
public final class YamlLoader {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_DEPTH = 64;

    private final Diagnostics diagnostics;

    public YamlLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The root node, or empty after reporting why the file could not be read. */
    public Optional<Node> load(Path path, String name) {
        Position start = Position.startOf(name);
        if (Files.isDirectory(path)) {
            diagnostics.error(start, "io.directory", "这是一个目录，不是 YAML 文件", "请给出文件路径，或把目录中的文件移到正确位置");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                diagnostics.error(start, "load.too-large",
                        "文件过大（" + size + " 字节），内容文件上限为 " + (MAX_BYTES / 1024 / 1024) + " MB",
                        "一个公开文件的内容远小于此上限；请检查是否误放了其他文件");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            diagnostics.error(start, "io.unreadable", "无法读取文件（" + e.getClass().getSimpleName() + "）",
                    "检查文件是否存在以及读取权限");
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            diagnostics.error(start, "load.encoding", "文件不是有效的 UTF-8 编码", "用 UTF-8 编码另存此文件");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        diagnostics.registerSource(name, text);
        return parse(text, name);
    }

    Optional<Node> parse(String text, String name) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(MAX_BYTES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMaxAliasesForCollections(10);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position at = mark == null ? Position.startOf(name)
                    : new Position(name, mark.getLine() + 1, mark.getColumn() + 1);
            reportSyntax(at, e.getProblem() == null ? e.getMessage() : e.getProblem(), text);
            return Optional.empty();
        } catch (YAMLException e) {
            reportSyntax(Position.startOf(name), String.valueOf(e.getMessage()), text);
            return Optional.empty();
        }
        if (root == null) {
            diagnostics.error(Position.startOf(name), "load.empty", "文件为空", "参照 docs/content-schema.md 填写内容");
            return Optional.empty();
        }
        boolean ok = new Walk(name).visit(root, 0);
        return ok ? Optional.of(root) : Optional.empty();
    }

    private void reportSyntax(Position at, String problem, String text) {
        String p = problem == null ? "" : problem;
        if (p.contains("\\t") || p.contains("'\t'") || lineHasTab(text, at.line())) {
            diagnostics.error(at, "yaml.tab", "YAML 中使用了 Tab 字符；缩进只能用空格", "把这一行的 Tab 换成空格");
        } else if (p.contains("Nesting Depth exceeded")) {
            diagnostics.error(at, "load.too-deep", "嵌套层级过深（上限 " + MAX_DEPTH + " 层）", "内容文件不需要这么深的嵌套；请检查文件是否损坏");
        } else if (p.contains("exceeds the limit") || p.contains("code points")) {
            diagnostics.error(at, "load.too-large", "文件过大，超过内容文件上限", "请检查是否误放了其他文件");
        } else if (p.contains("aliases") || p.contains("alias") || p.contains("anchor")) {
            diagnostics.error(at, "yaml.alias", "不支持锚点和别名（& 与 *）", "把引用的内容直接写出来");
        } else if (p.contains("mapping values are not allowed")) {
            diagnostics.error(at, "yaml.syntax", "YAML 语法错误：此处不能出现“键: 值”",
                    "检查上一行的缩进；如果值里含有“: ”，请给整个值加引号");
        } else if (p.contains("could not find expected ':'")) {
            diagnostics.error(at, "yaml.syntax", "YAML 语法错误：缺少冒号“:”", "每个键后面要有“: ”（冒号加空格）");
        } else if (p.contains("expected <block end>") || p.contains("did not find expected key")
                || p.contains("did not find expected '-' indicator")) {
            diagnostics.error(at, "yaml.syntax", "YAML 语法错误：缩进不一致", "同一层的键要对齐，列表项的“-”要对齐");
        } else if (p.contains("expected ',' or ']'") || p.contains("expected ',' or '}'")) {
            diagnostics.error(at, "yaml.syntax", "YAML 语法错误：方括号或花括号列表中缺少逗号或右括号",
                    "检查“[...]”：每项之间用逗号分隔；含逗号的金额要加引号，如 \"2,484.74\"");
        } else if (p.contains("end of stream") || p.contains("found unexpected end")) {
            diagnostics.error(at, "yaml.syntax", "YAML 语法错误：文件意外结束", "检查是否有未闭合的引号或括号");
        } else if (p.contains("expected a single document")) {
            diagnostics.error(at, "yaml.syntax", "一个文件只能包含一个 YAML 文档", "删除多余的“---”分隔行");
        } else {
            diagnostics.error(at, "yaml.syntax", "YAML 语法错误：" + p.strip(), "对照 docs/content-schema.md 检查这一行的写法");
        }
    }

    private static boolean lineHasTab(String text, int line) {
        String[] lines = text.split("\n", -1);
        return line >= 1 && line <= lines.length && lines[line - 1].startsWith("\t");
    }

    /** Second pass over the composed tree: anchors, aliases and duplicate keys. */
    private final class Walk {
        private final String name;
        private final Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());

        Walk(String name) {
            this.name = name;
        }

        boolean visit(Node node, int depth) {
            if (!seen.add(node) || node.getAnchor() != null) {
                diagnostics.error(Nodes.position(name, node), "yaml.alias", "不支持锚点和别名（& 与 *）", "把引用的内容直接写出来");
                return false;
            }
            if (depth > MAX_DEPTH) {
                diagnostics.error(Nodes.position(name, node), "load.too-deep", "嵌套层级过深（上限 " + MAX_DEPTH + " 层）", "请检查文件是否损坏");
                return false;
            }
            boolean ok = true;
            if (node instanceof MappingNode map) {
                Map<String, Node> keys = new HashMap<>();
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k) {
                        Node first = keys.putIfAbsent(k.getValue(), k);
                        if (first != null) {
                            diagnostics.error(Nodes.position(name, k), "yaml.duplicate-key",
                                    "重复的键“" + k.getValue() + "”（第一次出现在第 " + Nodes.position(name, first).line() + " 行）",
                                    "同一层里每个键只能出现一次；删除或合并其中一个");
                            ok = false;
                        }
                    } else {
                        diagnostics.error(Nodes.position(name, t.getKeyNode()), "yaml.complex-key", "键必须是简单文本", "");
                        ok = false;
                    }
                    ok &= visit(t.getKeyNode(), depth + 1) & visit(t.getValueNode(), depth + 1);
                }
            } else if (node instanceof SequenceNode seq) {
                for (Node item : seq.getValue()) {
                    ok &= visit(item, depth + 1);
                }
            }
            return ok;
        }
    }
}

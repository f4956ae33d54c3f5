package org.gongkai.load;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Position;
import org.gongkai.model.Limits;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one YAML file into snakeyaml's node tree (compose API: every node keeps its line and
 * column; nothing is bound to objects, so every scalar stays the text that was written). Before
 * snakeyaml sees the text, the size, the encoding and raw control characters are checked; after,
 * {@link TreeCheck} checks the tree against {@link Limits}. Every problem is reported in Chinese
 * at its file:line:col.
 */
public final class YamlLoader {

    private final Diagnostics diagnostics;

    public YamlLoader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The root node, or empty after reporting why the file could not be read. */
    public Optional<Node> load(Path path, String name) {
        Position start = Position.startOf(name);
        if (Files.isDirectory(path)) {
            diagnostics.report(start, Code.IO_DIRECTORY, "这是一个目录，不是 YAML 文件", "请给出文件路径，或把目录中的文件移到正确位置");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            long size = Files.size(path);
            if (size > Limits.FILE_BYTES) {
                diagnostics.report(start, Code.LOAD_TOO_LARGE,
                        "文件过大（" + String.format("%,d", size) + " 字节），内容文件上限为 " + (Limits.FILE_BYTES / 1024 / 1024) + " MiB",
                        "一个公开文件的内容远小于此上限；请检查是否误放了其他文件");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            diagnostics.report(start, Code.IO_UNREADABLE, "无法读取文件（" + e.getClass().getSimpleName() + "）",
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
            diagnostics.report(start, Code.LOAD_ENCODING, "文件不是有效的 UTF-8 编码", "用 UTF-8 编码另存此文件");
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        diagnostics.registerSource(name, text);
        return parse(text, name);
    }

    Optional<Node> parse(String text, String name) {
        // snakeyaml would reject most control characters too, but in English and at 1:1.
        if (!ControlChars.scanFile(text, name, diagnostics)) {
            return Optional.empty();
        }
        Node root;
        try {
            root = new Yaml(options()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Position at = mark == null ? Position.startOf(name) : new Position(name, mark.getLine() + 1, mark.getColumn() + 1);
            YamlErrors.report(diagnostics, at, e.getContext(), e.getProblem() == null ? e.getMessage() : e.getProblem(), text);
            return Optional.empty();
        } catch (YAMLException e) {
            // The limits (depth, aliases) carry no mark: find where the events first pass them.
            YamlErrors.report(diagnostics, firstOverLimit(text, name), null, String.valueOf(e.getMessage()), text);
            return Optional.empty();
        }
        if (root == null) {
            diagnostics.report(Position.startOf(name), Code.LOAD_EMPTY, "文件为空", "参照 docs/content-schema.md 填写内容");
            return Optional.empty();
        }
        return new TreeCheck(name, text, diagnostics).check(root) ? Optional.of(root) : Optional.empty();
    }

    private static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Limits.FILE_BYTES);
        options.setNestingDepthLimit(Limits.YAML_DEPTH);
        options.setMaxAliasesForCollections(Limits.YAML_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        return options;
    }

    /** The first anchor, alias or collection deeper than the limit, from the event stream. */
    private static Position firstOverLimit(String text, String name) {
        int depth = 0;
        try {
            for (Event e : new Yaml(options()).parse(new StringReader(text))) {
                boolean anchored = e instanceof NodeEvent n && n.getAnchor() != null;
                if (e instanceof CollectionStartEvent) {
                    depth++;
                } else if (e instanceof CollectionEndEvent) {
                    depth--;
                }
                if (anchored || e instanceof AliasEvent || depth > Limits.YAML_DEPTH) {
                    return new Position(name, e.getStartMark().getLine() + 1, e.getStartMark().getColumn() + 1);
                }
            }
        } catch (YAMLException ignored) {
            // Composing failed first; the start of the file is then the best place there is.
        }
        return Position.startOf(name);
    }
}

package org.gongkai.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gongkai.diag.Code;
import org.gongkai.diag.Diagnostics;
import org.gongkai.diag.Printable;
import org.gongkai.diag.Position;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Typed, positioned access to one YAML mapping. Every wrong type, missing key and unknown key
 * becomes a diagnostic; callers get empty values and carry on, so one run reports all errors.
 */
final class MapReader {

    private final String file;
    private final MappingNode node;
    private final Diagnostics diagnostics;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private MapReader(String file, MappingNode node, Diagnostics diagnostics) {
        this.file = file;
        this.node = node;
        this.diagnostics = diagnostics;
        for (NodeTuple t : node.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k) {
                entries.putIfAbsent(k.getValue(), t);
            }
        }
    }

    /** Reads {@code node} as a mapping, or reports that {@code what} should have been one. */
    static Optional<MapReader> of(Node node, String file, Diagnostics diagnostics, String what) {
        if (node instanceof MappingNode m) {
            return Optional.of(new MapReader(file, m, diagnostics));
        }
        diagnostics.report(Nodes.position(file, node), Code.SCHEMA_TYPE,
                what + "应为映射（键: 值），实际是" + Nodes.kindName(node),
                "参照 docs/content-schema.md 中" + what + "的示例");
        return Optional.empty();
    }

    /** Reports every key not in {@code allowed}, suggesting the nearest allowed key. */
    MapReader allow(String... allowed) {
        List<String> known = Arrays.asList(allowed);
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!known.contains(e.getKey())) {
                String near = nearest(e.getKey(), known);
                String hint = (near != null ? "是不是“" + near + "”？" : "")
                        + "此处可用的键：" + String.join("、", known);
                diagnostics.report(Nodes.position(file, e.getValue().getKeyNode()), Code.SCHEMA_UNKNOWN_KEY,
                        "未知的键“" + Printable.excerpt(e.getKey()) + "”", hint);
            }
        }
        return this;
    }

    String file() {
        return file;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    Position position() {
        return Nodes.position(file, node);
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<Node> node(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? Optional.empty() : Optional.of(t.getValueNode());
    }

    /** A scalar value; empty when absent or written empty, reported when not a scalar. */
    Optional<Scalar> scalar(String key) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            return Optional.empty();
        }
        Node v = t.getValueNode();
        if (v instanceof ScalarNode s) {
            return s.getValue().isEmpty() ? Optional.empty() : Optional.of(new Scalar(s.getValue(), Nodes.position(file, s)));
        }
        diagnostics.report(Nodes.position(file, v), Code.SCHEMA_TYPE,
                "“" + key + "”应为文本，实际是" + Nodes.kindName(v), "把它写成一行文本，或用“|”写多行文本");
        return Optional.empty();
    }

    String text(String key) {
        return scalar(key).map(Scalar::text).orElse("");
    }

    /** A required scalar; reports a missing or empty key at the mapping. */
    Optional<Scalar> required(String key, String hint) {
        Optional<Scalar> s = scalar(key);
        if (s.isEmpty() && (!entries.containsKey(key) || entries.get(key).getValueNode() instanceof ScalarNode)) {
            Position at = entries.containsKey(key) ? Nodes.position(file, entries.get(key).getKeyNode()) : position();
            diagnostics.report(at, Code.SCHEMA_MISSING_KEY, "缺少必填的键“" + key + "”", hint);
        }
        return s;
    }

    /** A list value (empty when absent); reports a value that is not a list. */
    List<Node> list(String key) {
        NodeTuple t = entries.get(key);
        if (t == null) {
            return List.of();
        }
        Node v = t.getValueNode();
        if (v instanceof SequenceNode seq) {
            return seq.getValue();
        }
        if (v instanceof ScalarNode s && s.getValue().isEmpty()) {
            return List.of();
        }
        diagnostics.report(Nodes.position(file, v), Code.SCHEMA_TYPE,
                "“" + key + "”应为列表，实际是" + Nodes.kindName(v), "列表的每一项以“- ”开头，或写成 [a, b]");
        return List.of();
    }

    /** A list that must be present (it may be empty). */
    List<Node> requiredList(String key, String hint) {
        if (!entries.containsKey(key)) {
            diagnostics.report(position(), Code.SCHEMA_MISSING_KEY, "缺少必填的键“" + key + "”", hint);
        }
        return list(key);
    }

    /** A nested mapping; empty (and reported) when it is something else. */
    Optional<MapReader> map(String key, String what) {
        return node(key).flatMap(n -> MapReader.of(n, file, diagnostics, what));
    }

    /** The scalars of a list node such as a row [a, b, c]; a node that is not a list is reported. */
    static List<Scalar> scalarsOf(Node node, String file, Diagnostics diagnostics) {
        if (!(node instanceof SequenceNode seq)) {
            diagnostics.report(Nodes.position(file, node), Code.SCHEMA_TYPE, "这里应为列表，实际是" + Nodes.kindName(node),
                    "写成 [a, b, c]");
            return List.of();
        }
        List<Scalar> out = new ArrayList<>();
        for (Node n : seq.getValue()) {
            if (n instanceof ScalarNode s) {
                out.add(new Scalar(s.getValue(), Nodes.position(file, s)));
            } else {
                diagnostics.report(Nodes.position(file, n), Code.SCHEMA_TYPE, "每一格应为文本，实际是" + Nodes.kindName(n), "");
            }
        }
        return out;
    }

    /** Reads each item of a list of scalars. */
    List<Scalar> scalars(String key) {
        List<Scalar> out = new ArrayList<>();
        for (Node n : list(key)) {
            if (n instanceof ScalarNode s) {
                out.add(new Scalar(s.getValue(), Nodes.position(file, s)));
            } else {
                diagnostics.report(Nodes.position(file, n), Code.SCHEMA_TYPE,
                        "“" + key + "”的每一项应为文本，实际是" + Nodes.kindName(n), "");
            }
        }
        return out;
    }

    private static String nearest(String key, List<String> known) {
        return known.stream()
                .filter(k -> distance(k, key) <= Math.max(1, k.length() / 3))
                .min(Comparator.comparingInt((String k) -> distance(k, key)).thenComparing(k -> k))
                .orElse(null);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

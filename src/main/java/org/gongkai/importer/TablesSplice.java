package org.gongkai.importer;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Replaces the {@code tables:} lists of an existing disclosure file in its text, by the node
 * positions the YAML parser reports, so that every other byte (other parts, comments, quoting,
 * blank lines) stays as it was. Each imported table goes to the tables part that already holds a
 * table of its form, or else to the first tables part.
 */
final class TablesSplice {

    /** One {@code tables:} value: where its text is and which forms it held. */
    private record Slot(int start, int end, boolean block, int indent, List<String> forms, List<ImportedTable> tables) {
    }

    private TablesSplice() {
    }

    /** The file's top-level {@code forms:} value, if any. */
    static Optional<String> formSet(String text) {
        Node root = compose(text);
        if (root instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (key(t).equals("forms") && t.getValueNode() instanceof ScalarNode s) {
                    return Optional.of(s.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /** The new text; empty when the file has no tables part to put the tables in. */
    static Optional<String> splice(String text, List<ImportedTable> tables) {
        List<Slot> slots = slots(text);
        if (slots.isEmpty()) {
            return Optional.empty();
        }
        for (ImportedTable t : tables) {
            Slot target = slots.stream().filter(s -> s.forms().contains(t.form().id())).findFirst().orElse(slots.get(0));
            target.tables().add(t);
        }
        StringBuilder out = new StringBuilder(text);
        List<Slot> backwards = new ArrayList<>(slots);
        backwards.sort(Comparator.comparingInt(Slot::start).reversed());
        for (Slot s : backwards) {
            String list = TablesYaml.of(s.tables(), s.indent()).replace("\n", text.contains("\r\n") ? "\r\n" : "\n");
            if (s.tables().isEmpty()) {
                int lineStart = s.block() ? out.lastIndexOf("\n", s.start() - 1) : -1;
                // An emptied block list becomes "[]" after its key.
                out.replace(s.block() ? keyEnd(out, lineStart) : s.start(), s.end(), s.block() ? " []" : "[]");
            } else if (s.block()) {
                out.replace(out.lastIndexOf("\n", s.start() - 1) + 1, s.end(), list);
            } else {
                // "tables: []  # comment" → "tables:  # comment", then the list on the lines below.
                int from = s.start();
                while (from > 0 && out.charAt(from - 1) == ' ') {
                    from--;
                }
                out.delete(from, s.end());
                int eol = out.indexOf("\n", from);
                int at = eol < 0 ? out.length() : out.charAt(eol - 1) == '\r' ? eol - 1 : eol;
                out.insert(at, (text.contains("\r\n") ? "\r\n" : "\n") + list);
            }
        }
        return Optional.of(out.toString());
    }

    /** The end of "tables:" on the line before a block list (the list starts on the next line). */
    private static int keyEnd(StringBuilder out, int listLineStart) {
        int colon = out.lastIndexOf(":", listLineStart);
        return colon + 1;
    }

    private static List<Slot> slots(String text) {
        List<Slot> slots = new ArrayList<>();
        if (!(compose(text) instanceof MappingNode root)) {
            return slots;
        }
        for (NodeTuple t : root.getValue()) {
            if (!key(t).equals("parts") || !(t.getValueNode() instanceof SequenceNode parts)) {
                continue;
            }
            for (Node p : parts.getValue()) {
                if (!(p instanceof MappingNode part) || !part.getValue().stream().anyMatch(x -> key(x).equals("type")
                        && x.getValueNode() instanceof ScalarNode s && s.getValue().equals("tables"))) {
                    continue;
                }
                for (NodeTuple x : part.getValue()) {
                    if (key(x).equals("tables") && x.getValueNode() instanceof SequenceNode list) {
                        slots.add(slot(text, x.getKeyNode(), list));
                    }
                }
            }
        }
        return slots;
    }

    private static Slot slot(String text, Node key, SequenceNode list) {
        List<String> forms = new ArrayList<>();
        for (Node item : list.getValue()) {
            if (item instanceof MappingNode m) {
                m.getValue().stream().filter(x -> key(x).equals("form") && x.getValueNode() instanceof ScalarNode)
                        .findFirst().ifPresent(x -> forms.add(((ScalarNode) x.getValueNode()).getValue()));
            }
        }
        int start = index(text, list.getStartMark().getIndex());
        boolean block = list.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK && !list.getValue().isEmpty();
        if (!block) {
            return new Slot(start, index(text, list.getEndMark().getIndex()), false, key.getStartMark().getColumn() + 2, forms,
                    new ArrayList<>());
        }
        int end = index(text, lastEnd(list));
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int eol = text.indexOf('\n', end);
        end = eol < 0 ? text.length() : eol;
        if (end > 0 && text.charAt(end - 1) == '\r') {
            end--;
        }
        return new Slot(start, end, true, list.getStartMark().getColumn(), forms, new ArrayList<>());
    }

    /** Where the last scalar or flow collection inside a node ends (block ends lie past trailing comments). */
    private static int lastEnd(Node node) {
        if (node instanceof MappingNode m && !m.getValue().isEmpty() && m.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK) {
            return lastEnd(m.getValue().get(m.getValue().size() - 1).getValueNode());
        }
        if (node instanceof SequenceNode s && !s.getValue().isEmpty() && s.getFlowStyle() == org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK) {
            return lastEnd(s.getValue().get(s.getValue().size() - 1));
        }
        return node.getEndMark().getIndex();
    }

    /** The parser counts code points; the text is indexed in chars. */
    private static int index(String text, int codePoints) {
        return text.offsetByCodePoints(0, codePoints);
    }

    private static String key(NodeTuple t) {
        return t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
    }

    private static Node compose(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(false);
        options.setCodePointLimit(Integer.MAX_VALUE);
        return new Yaml(options).compose(new StringReader(text));
    }
}

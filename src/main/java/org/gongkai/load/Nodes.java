package org.gongkai.load;

import org.gongkai.diag.Position;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Small helpers over snakeyaml nodes. */
final class Nodes {

    private Nodes() {
    }

    static Position position(String file, Node node) {
        return new Position(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    /** What a user would call this node's type, in Chinese. */
    static String kindName(Node node) {
        if (node instanceof MappingNode) {
            return "映射（键: 值）";
        }
        if (node instanceof SequenceNode) {
            return "列表";
        }
        if (node instanceof ScalarNode s && s.getValue().isEmpty()) {
            return "空值";
        }
        return "文本";
    }
}

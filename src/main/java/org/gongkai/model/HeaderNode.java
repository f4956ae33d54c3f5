package org.gongkai.model;

import java.util.List;

/** A node of a form's header tree: a group with children, or a leaf column. */
public record HeaderNode(String label, List<HeaderNode> children, Column leaf) {

    public HeaderNode {
        children = List.copyOf(children);
    }

    public boolean isLeaf() {
        return leaf != null;
    }

    /** Rows of header this node takes: 1 for a leaf, 1 + the deepest child for a group. */
    public int depth() {
        return isLeaf() ? 1 : 1 + children.stream().mapToInt(HeaderNode::depth).max().orElse(0);
    }

    public int width() {
        return isLeaf() ? 1 : children.stream().mapToInt(HeaderNode::width).sum();
    }
}

package org.gongkai.render.terms;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Links the first occurrence of each glossary term in one Markdown document (one narrative section)
 * to its definition. Works on the flexmark AST, so headings, tables, links and code are recognised
 * as such rather than guessed from HTML. Scanning is leftmost-longest: a longer term consumes its
 * span even when it was linked before, so 财政拨款 is never linked inside a later 一般公共预算财政拨款.
 */
public final class TermLinker {

    /** Text under these is never linked. */
    private static final Class<?>[] EXCLUDED = {Heading.class, LinkNodeBase.class, RefNode.class, Code.class,
        TableBlock.class, TermLink.class};

    private TermLinker() {
    }

    public static void link(Node document, TermLinks links) {
        if (links.isEmpty()) {
            return;
        }
        // Collect first: the tree is changed while linking.
        List<Text> texts = new ArrayList<>();
        for (Node n : document.getDescendants()) {
            if (n instanceof Text t && t.getAncestorOfType(EXCLUDED) == null) {
                texts.add(t);
            }
        }
        Set<String> linked = new HashSet<>();
        for (Text t : texts) {
            split(t, links, linked);
        }
    }

    private static void split(Text text, TermLinks links, Set<String> linked) {
        BasedSequence chars = text.getChars();
        List<Node> parts = new ArrayList<>();
        int plainFrom = 0;
        int i = 0;
        while (i < chars.length()) {
            String term = links.longestAt(chars, i);
            if (term == null) {
                i++;
                continue;
            }
            if (linked.add(term)) {
                if (i > plainFrom) {
                    parts.add(new Text(chars.subSequence(plainFrom, i)));
                }
                parts.add(new TermLink(term, links.href(term)));
                plainFrom = i + term.length();
            }
            i += term.length();
        }
        if (parts.isEmpty()) {
            return;
        }
        if (plainFrom < chars.length()) {
            parts.add(new Text(chars.subSequence(plainFrom)));
        }
        for (Node p : parts) {
            text.insertBefore(p);
        }
        text.unlink();
    }
}

package org.gongkai.render.terms;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * A glossary term in running text, linked to its definition. Its own node (not a Markdown Link) so
 * the link sanitiser and authors' links stay separate from what the portal adds.
 */
public final class TermLink extends Node {

    private final String term;
    private final String href;

    TermLink(String term, String href) {
        this.term = term;
        this.href = href;
    }

    public String term() {
        return term;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }

    /** Renders {@code <a class="term" href="…">term</a>}: the link text is the term itself, no title. */
    public static NodeRenderer renderer() {
        return () -> Set.of(new NodeRenderingHandler<>(TermLink.class, (node, context, html) -> write(node, html)));
    }

    private static void write(TermLink node, HtmlWriter html) {
        html.attr("class", "term").attr("href", node.href).withAttr().tag("a").text(node.term).closeTag("a");
    }
}

package org.gongkai.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.List;
import org.gongkai.render.terms.TermLink;
import org.gongkai.render.terms.TermLinker;
import org.gongkai.render.terms.TermLinks;

/**
 * Content Markdown to HTML, safely: raw HTML is escaped, and an attribute provider holds every
 * link and image target to {@link Urls} (flexmark's own URL suppression can be bypassed with mixed
 * case, entities, references or data: URLs): links go to http, https, mailto or relative targets,
 * images only to relative paths inside the site, so no page loads anything from another host.
 * Every fragment then passes {@link HtmlWall}. Thread-safe: parser, renderer and policy are
 * immutable once built.
 */
public final class Markdown {

    /** Attributes that make a browser follow or load a URL. */
    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "xlink:href", "action", "formaction",
            "poster", "cite", "background");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SOFT_BREAK, "");
        options.set(TablesExtension.CLASS_NAME, "md-table");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).nodeRendererFactory(o -> TermLink.renderer()).attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return Markdown::sanitise;
            }
        }).build();
    }

    /** Renders {@code text}; headings are shifted so that "#" becomes {@code topLevel}. */
    public String render(String text, int topLevel) {
        return render(text, topLevel, TermLinks.NONE);
    }

    /** As {@link #render(String, int)}, linking the first occurrence of each of {@code terms}. */
    public String render(String text, int topLevel, TermLinks terms) {
        return HtmlWall.clean(flexmark(text, topLevel, terms));
    }

    /** What flexmark and the link allowlist make of {@code text}, before the second wall. */
    String flexmark(String text, int topLevel, TermLinks terms) {
        Document doc = parser.parse(text);
        for (Node n : doc.getDescendants()) {
            if (n instanceof Heading h) {
                h.setLevel(Math.min(6, h.getLevel() + topLevel - 1));
            }
        }
        TermLinker.link(doc, terms);
        return renderer.render(doc);
    }

    /**
     * Judged by attribute, not by node class: whatever node renders an href (Link, LinkRef, AutoLink,
     * MailLink, a term link) or a src (Image, ImageRef) is checked after flexmark has resolved
     * references and autolinks, so every target the page will carry passes the same allowlist.
     */
    private static void sanitise(Node node, AttributablePart part, MutableAttributes attributes) {
        for (String name : URL_ATTRIBUTES) {
            if (!attributes.contains(name)) {
                continue;
            }
            String url = attributes.getValue(name);
            if (name.equals("src")) {
                if (!Urls.allowedImage(url)) {
                    attributes.replaceValue("src", "");
                    attributes.addValue("class", "blocked-image");
                }
            } else if (!Urls.allowedLink(url)) {
                attributes.replaceValue(name, "#");
                attributes.addValue("class", "blocked-link");
            } else if (Urls.isExternal(url)) {
                attributes.replaceValue("rel", "external noopener noreferrer");
                attributes.addValue("class", "external");
            }
        }
    }
}

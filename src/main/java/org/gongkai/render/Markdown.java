package org.gongkai.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
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
import java.util.Locale;
import java.util.regex.Pattern;
import org.gongkai.render.terms.TermLink;
import org.gongkai.render.terms.TermLinker;
import org.gongkai.render.terms.TermLinks;

/**
 * Content Markdown to HTML, safely: raw HTML is escaped, and an attribute provider keeps only
 * http, https, mailto and relative link targets (flexmark's own URL suppression can be bypassed
 * with mixed case, entities or data: URLs). Images may only be relative, so no page loads anything
 * from another host. Thread-safe: parser and renderer are immutable once built.
 */
public final class Markdown {

    private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
    private static final List<String> LINK_SCHEMES = List.of("http", "https", "mailto");

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
        Document doc = parser.parse(text);
        for (Node n : doc.getDescendants()) {
            if (n instanceof Heading h) {
                h.setLevel(Math.min(6, h.getLevel() + topLevel - 1));
            }
        }
        TermLinker.link(doc, terms);
        return renderer.render(doc);
    }

    private static void sanitise(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof Link && attributes.contains("href")) {
            String href = attributes.getValue("href");
            if (!allowedLink(href)) {
                attributes.replaceValue("href", "#");
                attributes.addValue("class", "blocked-link");
            } else if (isExternal(href)) {
                attributes.replaceValue("rel", "external noopener noreferrer");
                attributes.addValue("class", "external");
            }
        } else if (node instanceof Image && attributes.contains("src")) {
            if (!isRelative(attributes.getValue("src"))) {
                attributes.replaceValue("src", "");
                attributes.addValue("class", "blocked-image");
            }
        }
    }

    /** The target with entities decoded, control characters and spaces dropped, lower-cased. */
    static String normalise(String url) {
        String decoded = com.vladsch.flexmark.util.sequence.Escaping.unescapeHtml(url);
        StringBuilder b = new StringBuilder();
        for (char c : decoded.toCharArray()) {
            if (c > ' ' && c != 0x7f) {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    static boolean allowedLink(String url) {
        String u = normalise(url);
        var m = SCHEME.matcher(u);
        if (m.find()) {
            return LINK_SCHEMES.contains(m.group(1));
        }
        if (u.startsWith("\\")) {
            return false; // browsers read a leading backslash as a slash: another host or scheme may follow
        }
        // Without a scheme, a colon is harmless only after a path, query or fragment has begun.
        int colon = u.indexOf(':');
        int start = Chars.indexOfAny(u, "/?#");
        return colon < 0 || (start >= 0 && start < colon);
    }

    static boolean isRelative(String url) {
        String u = normalise(url);
        return !u.startsWith("//") && !u.startsWith("\\") && !SCHEME.matcher(u).find() && !u.contains(":");
    }

    private static boolean isExternal(String url) {
        String u = normalise(url);
        return u.startsWith("http:") || u.startsWith("https:") || u.startsWith("//");
    }
}

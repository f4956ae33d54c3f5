package org.gongkai.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * The second wall behind {@link Markdown}'s own link handling: every rendered fragment is parsed
 * again by the OWASP Java HTML Sanitizer and only the elements and attributes that the Markdown
 * renderer and the term linker emit get through, with the same URL allowlist ({@link Urls}). If a
 * flexmark upgrade or an overlooked node type ever emits something else, it is dropped here.
 *
 * <p>The sanitizer's events are written back in flexmark's own style ({@code <br />}, only
 * {@code & < > "} escaped). The sanitizer drops whitespace between list items and table rows, so
 * when its result differs from the fragment only there, the fragment is kept byte for byte
 * (whitespace after a tag's {@code >} cannot start markup). Thread-safe: the policy factory is
 * immutable and each call has its own writer.
 */
final class HtmlWall {

    private static final Set<String> VOID = Set.of("br", "hr", "img");
    /** Classes the renderer sets on links: term links, external links, refused links. */
    private static final Pattern LINK_CLASS = Pattern.compile("(term|external|blocked-link)( (external|blocked-link))*");
    private static final Pattern REL = Pattern.compile("(external )?noopener( noreferrer)?");
    /** Fenced code's info word; the class never reaches a script, but it stays a plain token. */
    private static final Pattern CODE_CLASS = Pattern.compile("language-[^\\s\"'<>&]+");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code",
                    "em", "strong", "del", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "a", "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").matching((element, attribute, value) -> Urls.allowedLink(value) ? value : null)
            .onElements("a")
            .allowAttributes("class").matching(LINK_CLASS).onElements("a")
            .allowAttributes("rel").matching(REL).onElements("a")
            .allowAttributes("title").onElements("a", "img")
            .allowAttributes("src").matching((element, attribute, value) -> Urls.allowedImage(value) ? value : null)
            .onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("class").matching(Pattern.compile("blocked-image")).onElements("img")
            .allowAttributes("class").matching(Pattern.compile("md-table")).onElements("table")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,9}")).onElements("ol")
            .allowAttributes("class").matching(CODE_CLASS).onElements("code")
            .toFactory();

    private HtmlWall() {
    }

    private static final Pattern BETWEEN_TAGS = Pattern.compile(">\\s+<");

    /** {@code html} with everything outside the allowlist removed. */
    static String clean(String html) {
        String sanitized = run(html, new ArrayList<>());
        return withoutSpaceBetweenTags(sanitized).equals(withoutSpaceBetweenTags(html)) ? html : sanitized;
    }

    private static String withoutSpaceBetweenTags(String html) {
        return BETWEEN_TAGS.matcher(html).replaceAll("><");
    }

    /** What {@link #clean} removes from {@code html} ("<tag>" or "tag@attribute"); empty for our own output. */
    static List<String> removed(String html) {
        List<String> removed = new ArrayList<>();
        run(html, removed);
        return removed;
    }

    private static String run(String html, List<String> removed) {
        StringBuilder out = new StringBuilder(html.length());
        HtmlSanitizer.sanitize(html, POLICY.apply(new Writer(out), new HtmlChangeListener<List<String>>() {
            @Override
            public void discardedTag(List<String> context, String elementName) {
                context.add("<" + elementName + ">");
            }

            @Override
            public void discardedAttributes(List<String> context, String tagName, String... attributeNames) {
                for (String a : attributeNames) {
                    context.add(tagName + "@" + a);
                }
            }
        }, removed));
        return out.toString();
    }

    /** Writes the sanitizer's events as flexmark writes HTML. */
    private static final class Writer implements HtmlStreamEventReceiver {

        private final StringBuilder out;

        Writer(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            out.append('<').append(name);
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                out.append(' ').append(attributes.get(i)).append("=\"");
                escape(attributes.get(i + 1));
                out.append('"');
            }
            out.append(VOID.contains(name) ? " />" : ">");
        }

        @Override
        public void closeTag(String name) {
            if (!VOID.contains(name)) {
                out.append("</").append(name).append('>');
            }
        }

        @Override
        public void text(String text) {
            escape(text);
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '"' -> out.append("&quot;");
                    default -> out.append(c);
                }
            }
        }
    }
}

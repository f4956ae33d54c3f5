package org.gongkai.portal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gongkai.SeedSite;
import org.gongkai.render.site.Addresses;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page and SVG of the built portal: each relative href and src resolves to a file of the
 * output (and a #fragment to an id in it), nothing is loaded from another host, and links out to
 * other sites are marked as external. 404.html is left out: it is served at any depth, so it uses
 * absolute addresses or none by design (see WebFiles).
 */
class LinkCheckTest {

    static Path out;
    static List<Path> files;
    static final Map<Path, Set<String>> IDS = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        out = SeedSite.get();
        try (Stream<Path> s = Files.walk(out)) {
            files = s.filter(p -> p.toString().endsWith(".html") || p.toString().endsWith(".svg"))
                    .filter(p -> !out.relativize(p).toString().equals(Addresses.NOT_FOUND))
                    .sorted().toList();
        }
    }

    static Document parse(Path p) throws IOException {
        String text = Files.readString(p);
        return p.toString().endsWith(".svg") ? Jsoup.parse(text, "", Parser.xmlParser()) : Jsoup.parse(text);
    }

    static synchronized Set<String> ids(Path p) throws IOException {
        Set<String> ids = IDS.get(p);
        if (ids == null) {
            ids = Set.copyOf(parse(p).select("[id]").eachAttr("id"));
            IDS.put(p, ids);
        }
        return ids;
    }

    /** Every element that names a URL, with the attribute that holds it. */
    record Ref(Element element, String attribute, String url) {
    }

    static List<Ref> refs(Document doc) {
        List<Ref> refs = new ArrayList<>();
        for (String attr : List.of("href", "src", "xlink:href", "action", "poster", "data")) {
            for (Element e : doc.select("[" + attr.replace(":", "|") + "]")) {
                refs.add(new Ref(e, attr, e.attr(attr)));
            }
        }
        return refs;
    }

    static boolean isAbsolute(String url) {
        return url.startsWith("//") || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }

    @Test
    void everyRelativeLinkResolvesToAFileAndItsFragmentToAnId() throws IOException {
        assertTrue(files.size() > 80, "pages: " + files.size());
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : files) {
            for (Ref ref : refs(parse(page))) {
                String url = ref.url();
                if (isAbsolute(url) || url.isEmpty()) {
                    continue;
                }
                checked++;
                String where = out.relativize(page) + ": " + ref.attribute() + "=\"" + url + "\"";
                int hash = url.indexOf('#');
                String fragment = hash >= 0 ? url.substring(hash + 1) : "";
                String path = hash >= 0 ? url.substring(0, hash) : url;
                int query = path.indexOf('?');
                path = query >= 0 ? path.substring(0, query) : path;
                Path target = path.isEmpty() ? page
                        : page.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
                if (!target.startsWith(out) || !Files.isRegularFile(target)) {
                    broken.add(where + " → 没有这个文件");
                } else if (!fragment.isEmpty() && (target.toString().endsWith(".html") || target.toString().endsWith(".svg"))
                        && !ids(target).contains(URLDecoder.decode(fragment, StandardCharsets.UTF_8))) {
                    broken.add(where + " → 目标页没有 id " + fragment);
                }
            }
        }
        assertTrue(checked > 500, "links checked: " + checked);
        assertTrue(broken.isEmpty(), broken.size() + " broken:\n" + String.join("\n", broken));
    }

    @Test
    void nothingIsLoadedFromAnotherHost() throws IOException {
        List<String> remote = new ArrayList<>();
        for (Path page : files) {
            Document doc = parse(page);
            for (Ref ref : refs(doc)) {
                Element e = ref.element();
                boolean loads = ref.attribute().equals("src") || ref.attribute().equals("poster")
                        || ref.attribute().equals("data") || e.tagName().equals("link") && !e.attr("rel").contains("alternate")
                        || e.tagName().equals("image") || e.tagName().equals("use");
                if (loads && isAbsolute(ref.url()) && !ref.url().startsWith("data:")) {
                    remote.add(out.relativize(page) + ": <" + e.tagName() + " " + ref.attribute() + "=" + ref.url() + ">");
                }
            }
            for (Element style : doc.select("style, [style]")) {
                String css = style.tagName().equals("style") ? style.data() : style.attr("style");
                if (css.contains("url(") && (css.contains("//") || css.contains("@import"))) {
                    remote.add(out.relativize(page) + ": CSS " + css);
                }
            }
        }
        try (Stream<Path> s = Files.walk(out.resolve("assets"))) {
            for (Path css : s.filter(p -> p.toString().endsWith(".css")).toList()) {
                String text = Files.readString(css);
                assertTrue(!text.matches("(?s).*url\\(\\s*['\"]?(https?:)?//.*") && !text.contains("@import"),
                        css + " loads from another host");
            }
        }
        assertTrue(remote.isEmpty(), String.join("\n", remote));
    }

    @Test
    void linksToOtherSitesAreMarkedExternal() throws IOException {
        List<String> unmarked = new ArrayList<>();
        for (Path page : files) {
            for (Element a : parse(page).select("a[href]")) {
                String href = a.attr("href");
                if (href.startsWith("http:") || href.startsWith("https:") || href.startsWith("//")) {
                    String host = URI.create(href.startsWith("//") ? "https:" + href : href).getHost();
                    boolean marked = a.hasClass("external") && a.attr("rel").contains("external")
                            && a.attr("rel").contains("noopener");
                    if (!marked) {
                        unmarked.add(out.relativize(page) + ": " + href + " (" + host + ")");
                    }
                }
            }
        }
        assertTrue(unmarked.isEmpty(), String.join("\n", unmarked));
    }
}

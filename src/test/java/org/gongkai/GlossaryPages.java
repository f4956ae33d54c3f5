package org.gongkai;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The portal glossary as one document for tests: the terms of every letter page, in the order
 * glossary.html lists the letters, with links rewritten from the letter pages' folder to the site
 * root (as they read on a single page at the root).
 */
public final class GlossaryPages {

    private GlossaryPages() {
    }

    public static Document all(Path site) throws IOException {
        Document index = Jsoup.parse(Files.readString(site.resolve("glossary.html")));
        Document all = Jsoup.parse("<!DOCTYPE html><html><head><title>all</title></head><body>"
                + "<dl class=\"glossary portal-glossary\"></dl></body></html>");
        Element dl = all.selectFirst("dl");
        for (Element a : index.select(".glossary-letter h2 a")) {
            String path = a.attr("href");
            Document letter = Jsoup.parse(Files.readString(site.resolve(path)));
            for (Element link : letter.select("dl.portal-glossary a[href]")) {
                String resolved = URI.create("http://site/" + path).resolve(link.attr("href")).toString();
                link.attr("href", resolved.substring("http://site/".length()));
            }
            for (Element child : letter.selectFirst("dl.portal-glossary").children()) {
                dl.appendChild(child.clone());
            }
        }
        return all;
    }
}

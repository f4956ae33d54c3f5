package org.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every page of the built seed portal passes the Nu HTML Checker (the engine of vnu.jar) with no
 * errors. Warnings are not failures: the checker warns about things that are legal, such as
 * redundant roles.
 */
class HtmlValidityTest {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    @TempDir
    Path tmp;

    @Test
    void everyBuiltPageHasNoNuCheckerErrors() throws Exception {
        Path out = SeedSite.get();

        List<Path> pages;
        try (Stream<Path> files = Files.walk(out)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() > 50, "expected the whole portal, found " + pages.size() + " pages");

        List<String> errors = nuErrors(out, pages);
        assertTrue(errors.isEmpty(), errors.size() + " Nu HTML Checker errors in "
                + pages.size() + " pages:\n" + String.join("\n", errors));
    }

    /** The checker is really checking: a page with a duplicate id and a stray list item fails. */
    @Test
    void theCheckerReportsErrors() throws Exception {
        Path bad = tmp.resolve("bad.html");
        Files.writeString(bad, "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>t</title></head>"
                + "<body><p id=\"a\">一</p><p id=\"a\">二</p><div><li>三</li></div></body></html>");
        List<String> errors = nuErrors(tmp, List.of(bad));
        assertEquals(2, errors.size(), String.join("\n", errors));
        assertTrue(errors.get(0).startsWith("bad.html:1:"), errors.get(0));
    }

    private static List<String> nuErrors(Path root, List<Path> pages) throws Exception {
        Collector errors = new Collector(root);
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(HTML_SCHEMA, errors);
        validator.setUpValidatorAndParsers(errors, false, false);
        for (Path page : pages) {
            validator.checkHtmlFile(page.toFile(), true);
        }
        return errors.found;
    }

    /** Keeps errors (with page, line and column), ignores warnings. */
    private static final class Collector implements ErrorHandler {
        private final Path root;
        final List<String> found = new ArrayList<>();

        Collector(Path root) {
            this.root = root;
        }

        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) {
            found.add(where(e) + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            found.add(where(e) + "(fatal) " + e.getMessage());
        }

        private String where(SAXParseException e) {
            String page = e.getSystemId() == null ? "?"
                    : root.relativize(Path.of(URI.create(e.getSystemId()))).toString();
            return page + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": ";
        }
    }
}

package org.gongkai.render.site;

import java.nio.charset.StandardCharsets;
import org.gongkai.model.Department;
import org.gongkai.model.Disclosure;
import org.gongkai.model.Kind;
import org.gongkai.model.Part;
import org.gongkai.model.Scheme;
import org.gongkai.model.Table;

/**
 * Every address of the portal in one place: the paths of pages and files below the site root, and
 * the anchors links point at. The page that is written and every link to it take the address from
 * here, so they cannot disagree. This class sits below every other render package and depends on
 * the model only. A disclosure's folder is its model key, {@link Disclosure#path()}.
 */
public final class Addresses {

    // Pages of the whole portal. The long ones are split with stable addresses (glossary by letter,
    // comparison by peer group and year, downloads by department), the first page linking the rest.
    public static final String HOME = "index.html";
    public static final String SEARCH = "search.html";
    /** The glossary's index: letters and terms, linking the letter pages. */
    public static final String GLOSSARY = "glossary.html";
    /** The peer groups, linking each group's page. */
    public static final String COMPARE = "compare.html";
    /** What the open data is, linking each department's downloads. */
    public static final String DATA = "data.html";
    /** Servers send it for any missing address, so it links by absolute address (see NotFoundView). */
    public static final String NOT_FOUND = "404.html";

    // Files at the root.
    public static final String DATAPACKAGE = "datapackage.json";
    public static final String MANIFEST = "manifest.json";
    public static final String SUMS = "SHA256SUMS";
    public static final String SITEMAP = "sitemap.xml";
    public static final String ROBOTS = "robots.txt";

    // Assets: the bundled ones and the site's own (content/assets/) share the folder.
    public static final String STYLESHEET = asset("gongkai.css");
    /** The search index's folder: its index file and the parts a query loads on demand. */
    public static final String SEARCH_FOLDER = asset("search/");
    /** The file the search page loads first: what the other parts of the index hold. */
    public static final String SEARCH_INDEX = searchShard("index");
    public static final String SEARCH_CORE = asset("search-core.js");
    public static final String SEARCH_SCRIPT = asset("search.js");

    /** Anchor of a disclosure overview's full list of data notes. */
    public static final String DATA_NOTES = "data-notes";
    /** Anchor of a department page's multi-year table. */
    public static final String YEARS_TABLE = "t-years";

    private static final String TABLES = "tables";
    private static final String CHARTS = "charts";
    private static final String DATA_FOLDER = "data";

    private Addresses() {
    }

    /** e.g. assets/gongkai.css */
    public static String asset(String name) {
        return "assets/" + name;
    }

    /** A file of the search index, e.g. assets/search/g12.js (see render.search.SearchShards). */
    public static String searchShard(String name) {
        return SEARCH_FOLDER + name + ".js";
    }

    /** The n-th (1-based) file of a sitemap split in parts, e.g. sitemap-2.xml. */
    public static String sitemapPart(int n) {
        return "sitemap-" + n + ".xml";
    }

    /** e.g. years/2021.html */
    public static String year(String year) {
        return "years/" + year + ".html";
    }

    /** The folder of a department's pages, e.g. jianghan-dsj. */
    public static String folder(Department d) {
        return d.id();
    }

    /** The folder of a disclosure's pages, e.g. jianghan-dsj/2021-final. */
    public static String folder(Disclosure d) {
        return d.path();
    }

    /** e.g. jianghan-dsj/index.html */
    public static String department(Department d) {
        return folder(d) + "/" + HOME;
    }

    /** A disclosure's overview, e.g. jianghan-dsj/2021-final/index.html. */
    public static String disclosure(Disclosure d) {
        return folder(d) + "/" + HOME;
    }

    /** The whole disclosure on one page, for printing. */
    public static String full(Disclosure d) {
        return folder(d) + "/full.html";
    }

    /** A part's page; the overview part is the disclosure's overview. */
    public static String part(Disclosure d, Part part) {
        return part.type() == Part.PartType.OVERVIEW ? disclosure(d) : folder(d) + "/" + part.slug() + ".html";
    }

    /** A table's own page, e.g. jianghan-dsj/2021-final/tables/expense.html. */
    public static String table(Disclosure d, Table t) {
        return folder(d) + "/" + TABLES + "/" + t.slug() + ".html";
    }

    /** 科目说明: the codes the disclosure's tables use. */
    public static String codes(Disclosure d) {
        return folder(d) + "/codes.html";
    }

    /** The list of the disclosure's performance-form projects. */
    public static String projects(Disclosure d) {
        return folder(d) + "/projects.html";
    }

    /** A table row on its table's page. */
    public static String row(Disclosure d, Table t, int index) {
        return table(d, t) + "#" + rowId(tableId(t), index);
    }

    /** A glossary entry on its part's page. */
    public static String term(Disclosure d, Part.GlossaryPart part, int index) {
        return part(d, part) + "#" + termId(part, index);
    }

    /** A performance form on its part's page. */
    public static String form(Disclosure d, Part part, int index) {
        return part(d, part) + "#" + formId(part, index);
    }

    /** A code on the disclosure's 科目说明 page. */
    public static String code(Disclosure d, Scheme scheme, String code) {
        return codes(d) + "#" + codeId(scheme, code);
    }

    /** The search page asking {@code query}, e.g. search.html?q=%E4%B8%89%E5%85%AC (what the search box sends). */
    public static String search(String query) {
        return SEARCH + "?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The portal glossary's page of one index letter ("A"…"Z", or "#" for the rest), e.g. glossary/j.html. */
    public static String glossaryLetter(String letter) {
        return "glossary/" + letterSlug(letter) + ".html";
    }

    /** A term of the portal glossary, by its index letter and its anchor on that letter's page. */
    public static String portalTerm(String letter, String id) {
        return glossaryLetter(letter) + "#" + id;
    }

    /**
     * A peer group's part of the addresses, from its name, so that it stays while the group's name
     * does and whatever other groups come and go: "g-" and the first 40 bits of the name's SHA-256.
     */
    public static String groupSlug(String groupName) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(groupName.getBytes(StandardCharsets.UTF_8));
            StringBuilder b = new StringBuilder("g-");
            for (int i = 0; i < 5; i++) {
                b.append(String.format("%02x", hash[i]));
            }
            return b.toString();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The folder of the peer groups' pages (and of the charts they show). */
    public static final String COMPARE_FOLDER = "compare";

    /** A peer group's page: its departments' newest disclosures side by side, e.g. compare/g-1a2b3c4d5e.html. */
    public static String compareGroup(String groupSlug) {
        return COMPARE_FOLDER + "/" + groupSlug + ".html";
    }

    /** The folder of a peer group's comparisons by year (and their charts). */
    public static String compareFolder(String groupSlug) {
        return COMPARE_FOLDER + "/" + groupSlug;
    }

    /** A peer group's comparison of one year and kind, e.g. compare/g-1a2b3c4d5e/2021-final.html. */
    public static String comparison(String groupSlug, String year, Kind kind) {
        return compareFolder(groupSlug) + "/" + year + "-" + kind.slug() + ".html";
    }

    /** A department's open data downloads, e.g. downloads/jianghan-dsj.html. */
    public static String downloads(Department d) {
        return "downloads/" + d.id() + ".html";
    }

    // Open data files, under data/ as the Fiscal Data Package layout recommends.

    /** e.g. data/jianghan-dsj/2021-final/expense.csv */
    public static String csv(Disclosure d, Table t) {
        return DATA_FOLDER + "/" + folder(d) + "/" + t.slug() + ".csv";
    }

    /** e.g. data/jianghan-dsj/2021-final/expense.xlsx: the table laid out like the printed form. */
    public static String xlsx(Disclosure d, Table t) {
        return DATA_FOLDER + "/" + folder(d) + "/" + t.slug() + ".xlsx";
    }

    /** e.g. data/jianghan-dsj/2021-final.xlsx: every table of the disclosure, a sheet each. */
    public static String workbook(Disclosure d) {
        return DATA_FOLDER + "/" + folder(d) + ".xlsx";
    }

    /** e.g. data/jianghan-dsj/2021-final.json */
    public static String json(Disclosure d) {
        return DATA_FOLDER + "/" + folder(d) + ".json";
    }

    /** The CSV's address relative to the disclosure's JSON file, e.g. 2021-final/expense.csv. */
    public static String csvFromJson(Disclosure d, Table t) {
        return d.year() + "-" + d.kind().slug() + "/" + t.slug() + ".csv";
    }

    // Charts: a chart's file sits in a charts/ folder beside the pages that show it.

    /** The file below the site root, e.g. jianghan-dsj/2021-final/charts/expense-split.svg. */
    public static String chart(String folder, String slug) {
        return folder.isEmpty() ? chartHref(slug) : folder + "/" + chartHref(slug);
    }

    /** The file relative to the pages in its folder, e.g. charts/expense-split.svg. */
    public static String chartHref(String slug) {
        return CHARTS + "/" + chartFile(slug);
    }

    public static String chartFile(String slug) {
        return slug + ".svg";
    }

    /** The figure's anchor on the pages that show it. */
    public static String chartId(String slug) {
        return "chart-" + slug;
    }

    // Anchors.

    /** The id tables of {@code table} carry on its own page and in the full text. */
    public static String tableId(Table table) {
        return "t-" + table.slug();
    }

    /** The stable id of body row {@code index} (0-based): the table's id, then -r and its 1-based number. */
    public static String rowId(String tableId, int index) {
        return tableId + "-r" + (index + 1);
    }

    /** The row-header cell of a panel of a body row. */
    public static String rowHeaderId(String rowId, int panel) {
        return rowId + "-p" + panel;
    }

    /** The n-th (1-based, in document order) header cell of a table. */
    public static String headerId(String tableId, int n) {
        return tableId + "-h" + n;
    }

    /** The 栏次 cell of a column (0-based index). */
    public static String columnNumberId(String tableId, int column) {
        return tableId + "-n" + (column + 1);
    }

    /** The note below a table on its n-th (1-based) restored cell. */
    public static String markId(String tableId, int n) {
        return tableId + "-m" + n;
    }

    /**
     * The anchor of a part's {@code index}-th (0-based) top-level section: the part's slug, "-s" and
     * its number; stable, so search results can point into a page.
     */
    public static String sectionId(Part part, int index) {
        return part.slug() + "-s" + (index + 1);
    }

    /** A subsection's anchor: its parent's, "-" and its 1-based number. */
    public static String subsectionId(String parentId, int index) {
        return parentId + "-" + (index + 1);
    }

    /**
     * The anchor of the {@code index}-th (0-based) entry of a disclosure's glossary part. Position,
     * not the printed number: printed numbers repeat ("1" under several headings) and may be empty.
     */
    public static String termId(Part.GlossaryPart part, int index) {
        return part.slug() + "-term-" + (index + 1);
    }

    /** The {@code index}-th (0-based) performance form of a part. */
    public static String formId(Part part, int index) {
        return part.slug() + "-" + (index + 1);
    }

    /** A performance form's heading. */
    public static String formHeadingId(Part part, int index) {
        return formId(part, index) + "-h";
    }

    /** A code on the 科目说明 page; scheme-prefixed so equal digits in two schemes could never clash. */
    public static String codeId(Scheme scheme, String code) {
        return (scheme == Scheme.FUNCTIONAL ? "f-" : "e-") + code;
    }

    /**
     * A readable anchor for a portal glossary term: "term-" and its letters and digits (punctuation
     * such as quotes and brackets dropped, so the fragment is a plain URL code point sequence). The
     * glossary makes clashing ones unique.
     */
    public static String portalTermId(String term) {
        StringBuilder b = new StringBuilder("term-");
        term.codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** An index letter of the portal glossary; anything but A–Z is the "other" group. */
    public static String letterId(String letter) {
        boolean latin = letter.length() == 1 && letter.charAt(0) >= 'A' && letter.charAt(0) <= 'Z';
        return latin ? "letter-" + letter : "letter-other";
    }

    private static String letterSlug(String letter) {
        boolean latin = letter.length() == 1 && letter.charAt(0) >= 'A' && letter.charAt(0) <= 'Z';
        return latin ? letter.toLowerCase(java.util.Locale.ROOT) : "other";
    }

    /** A disclosure's entry on its year's page. */
    public static String yearEntryId(Disclosure d) {
        return d.department().id() + "-" + d.kind().slug();
    }

    /** A group's comparison of each department's newest disclosure (on the group's page). */
    public static String latestComparisonId(String groupSlug) {
        return groupSlug + "-latest";
    }

    /** A group's comparison of one year and kind (on its own page, and in its chart's name). */
    public static String comparisonId(String groupSlug, String year, Kind kind) {
        return groupSlug + "-" + year + "-" + kind.slug();
    }

    /** The figure table of a comparison. */
    public static String comparisonTableId(String comparisonId) {
        return "t-" + comparisonId;
    }

    /**
     * A site path as a URL path: what may not stand in one (anything but unreserved characters and
     * '/') percent-encoded. The sitemap and the web archives both use it, so their addresses agree.
     */
    public static String encode(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format("%02X", c));
            }
        }
        return b.toString();
    }
}

package org.gongkai.render.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.gongkai.SeedSite;
import org.gongkai.bench.SyntheticCorpus;
import org.gongkai.diag.Diagnostics;
import org.gongkai.load.ContentReader;
import org.gongkai.model.Portal;
import org.gongkai.model.Part;
import org.gongkai.model.Term;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sharded index finds exactly what the whole index found: on the seed portal, the search core
 * over the files the build wrote (and over shards cut very small, so that keys span files and every
 * query reads many) gives the same JSON — total, order, every field of every result — as the
 * whole-index core of before over the whole index, for a few hundred queries, with and without
 * filters, with the page's limit and with no effective limit.
 */
class ShardedSearchTest {

    static SearchIndex index;
    static List<String> queries;

    static final List<String> FILTERS = List.of("null", "{year: \"2021\"}", "{department: \"jianghan-dsj\"}",
            "{kind: \"budget\"}", "{year: \"2021\", kind: \"final\", department: \"\"}");

    @BeforeAll
    static void build() {
        SeedSite.get();
        index = SearchIndex.of(SeedSite.portal());
        queries = queries(index);
    }

    /** Hand-picked queries, every term, and pieces of entries' texts (fixed seed), some run together. */
    static List<String> queries(SearchIndex index) {
        Set<String> q = new LinkedHashSet<>(List.of("事业运行", "2010350", "三公经费", "“三公”经费", "一般 公共", "支出",
                "运行事业", "税", "a", "年 万", "zzzz", "", "   ", "基本支出 人员经费", "一般公共预算财政拨款", "决算", "预算",
                "公用经费", "机关运行经费", "项目支出", "合计", "2021", "1", "江汉", "大数据 中心", "出 支", "政府性基金",
                "IT", "Ａ", "事业运行事业运行", "的", "万元", "，", "“", "2,812.11", "表3", "住房公积金"));
        for (var d : SeedSite.portal().disclosures()) {
            for (Part p : d.parts()) {
                if (p instanceof Part.GlossaryPart g) {
                    g.terms().stream().map(Term::term).forEach(q::add);
                }
            }
        }
        Random random = new Random(21);
        List<SearchIndex.Entry> entries = index.entries();
        for (int i = 0; i < 160; i++) {
            String text = SearchText.normalise(entries.get(random.nextInt(entries.size())).text());
            if (text.length() < 2) {
                continue;
            }
            int at = random.nextInt(text.length() - 1);
            int len = 1 + random.nextInt(Math.min(8, text.length() - at));
            String piece = text.substring(at, at + len);
            // Now and then two pieces as two words, or a piece with a typo.
            if (i % 5 == 0) {
                piece = piece + " " + text.substring(0, Math.min(3, text.length()));
            } else if (i % 7 == 0 && piece.length() > 2) {
                piece = piece.substring(0, 1) + "哦" + piece.substring(2);
            }
            q.add(piece);
        }
        return new ArrayList<>(q);
    }

    @Test
    void builtShardsFindWhatTheWholeIndexFound() throws IOException {
        try (SearchRunner whole = SearchRunner.whole(index); SearchRunner sharded = SearchRunner.site(SeedSite.get())) {
            int compared = compare(whole, sharded, FILTERS);
            assertTrue(compared > 1000, "compared " + compared);
            // The seed portal is small, yet its index is in several files of each kind.
            assertTrue(sharded.names().stream().filter(n -> n.startsWith("g")).count() >= 1, sharded.names().toString());
        }
    }

    @Test
    void tinyShardsFindWhatTheWholeIndexFound() {
        List<SearchShards.Shard> shards = SearchShards.of(index, 700, 2_000);
        try (SearchRunner whole = SearchRunner.whole(index); SearchRunner sharded = SearchRunner.shards(shards)) {
            assertTrue(shards.size() > 300, "files: " + shards.size());
            compare(whole, sharded, List.of("null", "{year: \"2021\", kind: \"final\"}"));
        }
    }

    private static int compare(SearchRunner whole, SearchRunner sharded, List<String> filters) {
        int n = 0;
        for (String filter : filters) {
            for (String q : queries) {
                for (int limit : new int[] {50, 100_000}) {
                    // Unfiltered with every limit; filtered with the page's limit (enough to cover ranking).
                    if (!filter.equals("null") && limit != 50) {
                        continue;
                    }
                    String expected = whole.search(q, limit, filter);
                    assertEquals(expected, sharded.search(q, limit, filter), "query “" + q + "” filter " + filter + " limit " + limit);
                    n++;
                }
            }
        }
        return n;
    }

    /**
     * A query reads the files that hold its grams and the entries it shows, not the whole index: on
     * 100 department-years (the seeds cloned, see SyntheticCorpus), with the build's budgets.
     */
    @Test
    void aQueryTouchesAFewFiles(@TempDir Path tmp) throws IOException {
        new SyntheticCorpus(Path.of("content"), 10).write(tmp.resolve("c"), 100);
        Portal portal = new ContentReader(tmp.resolve("c"), new Diagnostics()).read().orElseThrow().portal();
        List<SearchShards.Shard> shards = SearchShards.of(SearchIndex.of(portal));
        long grams = shards.stream().filter(s -> s.name().startsWith("g")).count();
        long blocks = shards.stream().filter(s -> s.name().startsWith("e")).count();
        assertTrue(grams >= 2 && blocks >= 12, grams + " gram files, " + blocks + " blocks");
        try (SearchRunner sharded = SearchRunner.shards(shards)) {
            for (String q : List.of("事业运行", "三公经费", "一般公共预算财政拨款支出", "机关运行经费")) {
                sharded.forget();
                JsonNode found = new ObjectMapper().readTree(sharded.search(q, 50, "null"));
                assertEquals(50, found.path("results").size(), q);
                List<String> loaded = sharded.loaded();
                assertEquals(loaded.size(), Set.copyOf(loaded).size(), "each file once: " + loaded);
                // Its gram files and the one or two blocks that hold the first 50 results.
                assertTrue(loaded.size() <= 5, q + ": " + loaded + " of " + shards.size());
            }
            sharded.forget();
            sharded.search("zzzz", 50, "null");
            assertTrue(sharded.loaded().size() <= 1, sharded.loaded().toString());
        }
    }

    /** Every file stays within its budget; the written index is deterministic. */
    @Test
    void filesStayWithinTheirBudget() throws IOException {
        for (SearchShards.Shard s : SearchShards.of(index, 3_000, 5_000)) {
            int bytes = s.script().get().getBytes(StandardCharsets.UTF_8).length;
            if (s.name().startsWith("g")) {
                assertTrue(bytes <= 3_000, s.name() + ": " + bytes);
            }
        }
        Path dir = SeedSite.get().resolve("assets/search");
        List<SearchShards.Shard> again = SearchShards.of(SearchIndex.of(SeedSite.portal()));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(again.size(), files.count());
        }
        for (SearchShards.Shard s : again) {
            assertEquals(Files.readString(dir.resolve(s.name() + ".js")), s.script().get(), s.name());
        }
    }
}

package org.gongkai.render.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The search index split into files a search page loads on demand, by script tag (a page opened
 * from file:// may load a script but not fetch a file), so that a query reads a few small files
 * whatever the size of the portal. Entries are numbered in the order results rank when their scores
 * tie (type: rows, terms, tables, departments, disclosures, text; then the portal's order), so the
 * results a query shows sit together in a few blocks.
 * <ul>
 * <li>{@code index}: loaded by the page; the type names, the number of entries, which keys each gram file holds and
 * the first entry of each block;</li>
 * <li>{@code g0, g1, …}: the inverted index, keys in order: for each key (see {@link SearchText#keys})
 * the numbers of the entries filed under it, the first in base 36, the rest as base-36
 * differences; a key too long for one file continues in the next;</li>
 * <li>{@code e0, e1, …}: the entries ({@code [type, page, anchor, text(, figure)]}, pages numbered
 * within the block), read only for the results shown and to confirm exact matches;</li>
 * <li>{@code f}: for the filters, read only when one is set: each run of entries whose pages share
 * department, year and kind.</li>
 * </ul>
 * Each file stays under its byte budget unless one entry alone is larger. assets/search-core.js
 * reads the files; its ranking is the one it had over the single index. Same content, same bytes.
 */
public final class SearchShards {

    /** The global the index file assigns. */
    public static final String META = "GONGKAI_SEARCH";
    /** The global every gram file and entry block adds itself to, by name. */
    public static final String SHARDS = "GONGKAI_SEARCH_SHARDS";
    /** The index file's name. */
    public static final String INDEX = "index";
    /** The filter file's name. */
    public static final String FILTERS = "f";
    static final int GRAM_BYTES = 512 * 1024;
    static final int BLOCK_BYTES = 256 * 1024;
    private static final String HEADER = "/* 站内搜索索引：由 gongkai build 生成，请勿手工修改。 */\n";

    /** One file: its name (assets/search/{name}.js) and its text, made when asked. */
    public record Shard(String name, Supplier<String> script) {
    }

    private SearchShards() {
    }

    public static List<Shard> of(SearchIndex index) {
        return of(index, GRAM_BYTES, BLOCK_BYTES);
    }

    /** With the given byte budgets per gram file and per entry block (tests use small ones). */
    static List<Shard> of(SearchIndex index, int gramBytes, int blockBytes) {
        // Stable: within a type, the portal's order.
        List<SearchIndex.Entry> entries = index.entries().stream()
                .sorted(Comparator.comparingInt((SearchIndex.Entry e) -> -e.type().rank())).toList();
        Map<String, SearchIndex.PageInfo> pages = index.pages();
        Map<String, Postings> postings = new HashMap<>();
        for (int n = 0; n < entries.size(); n++) {
            for (String key : SearchText.keys(SearchText.normalise(entries.get(n).text()))) {
                postings.computeIfAbsent(key, k -> new Postings()).add(n);
            }
        }
        List<String> keys = postings.keySet().stream().sorted().toList();
        List<List<Slice>> gramFiles = layoutGrams(keys, postings, gramBytes);
        List<int[]> blocks = layoutBlocks(entries, pages, blockBytes);

        List<Shard> out = new ArrayList<>();
        out.add(new Shard(INDEX, () -> meta(entries, gramFiles, blocks)));
        out.add(new Shard(FILTERS, () -> filters(entries, pages)));
        for (int f = 0; f < gramFiles.size(); f++) {
            List<Slice> slices = gramFiles.get(f);
            String name = gramName(f);
            out.add(new Shard(name, () -> gramFile(name, slices, postings)));
        }
        for (int b = 0; b < blocks.size(); b++) {
            int[] range = blocks.get(b);
            String name = blockName(b);
            out.add(new Shard(name, () -> block(name, range[0], range[1], entries, pages)));
        }
        return out;
    }

    static String gramName(int n) {
        return "g" + n;
    }

    static String blockName(int n) {
        return "e" + n;
    }

    /** Part of one key's postings: values {@code from} to {@code to} (exclusive). */
    private record Slice(String key, int from, int to) {
    }

    /**
     * Keys in order, packed into files of at most {@code budget} bytes. A key that does not fit in
     * what is left of a file starts the next one; a key longer than a whole file is cut across files.
     */
    private static List<List<Slice>> layoutGrams(List<String> keys, Map<String, Postings> postings, int budget) {
        List<List<Slice>> files = new ArrayList<>();
        List<Slice> file = new ArrayList<>();
        // The file's opening and closing ("{\n", "};\n"); per key: "key": "…",\n.
        long base = utf8(opening(gramName(Integer.MAX_VALUE))) + 5;
        long used = base;
        for (String key : keys) {
            int[] values = postings.get(key).values();
            long overhead = utf8(SearchIndex.js(key)) + 6;
            int from = 0;
            while (from < values.length) {
                long room = budget - used - overhead;
                int to = from;
                long size = 0;
                while (to < values.length) {
                    long item = Integer.toString(to == from ? values[to] : values[to] - values[to - 1], 36).length()
                            + (to == from ? 0 : 1);
                    if (to > from && size + item > room) {
                        break;
                    }
                    size += item;
                    to++;
                }
                if ((to < values.length || size > room) && !file.isEmpty()) {
                    files.add(file);
                    file = new ArrayList<>();
                    used = base;
                    continue;
                }
                file.add(new Slice(key, from, to));
                used += overhead + size;
                from = to;
                if (from < values.length) {
                    files.add(file);
                    file = new ArrayList<>();
                    used = base;
                }
            }
        }
        if (!file.isEmpty()) {
            files.add(file);
        }
        return files;
    }

    /** Entry ranges [from, to) of at most {@code budget} bytes each (one entry at least). */
    private static List<int[]> layoutBlocks(List<SearchIndex.Entry> entries, Map<String, SearchIndex.PageInfo> pages,
            int budget) {
        List<int[]> blocks = new ArrayList<>();
        int start = 0;
        long base = utf8(opening(blockName(Integer.MAX_VALUE))) + 40;
        long used = base;
        java.util.Set<String> listed = new java.util.HashSet<>();
        for (int n = 0; n < entries.size(); n++) {
            SearchIndex.Entry e = entries.get(n);
            long size = utf8(entry(e, 0)) + 2;
            if (!listed.contains(e.page())) {
                size += utf8(page(e.page(), pages.get(e.page()))) + 2;
            }
            if (n > start && used + size > budget) {
                blocks.add(new int[] {start, n});
                start = n;
                used = base;
                listed.clear();
                size = utf8(entry(e, 0)) + 2 + utf8(page(e.page(), pages.get(e.page()))) + 2;
            }
            listed.add(e.page());
            used += size;
        }
        if (start < entries.size() || blocks.isEmpty()) {
            blocks.add(new int[] {start, entries.size()});
        }
        return blocks;
    }

    private static String meta(List<SearchIndex.Entry> entries, List<List<Slice>> gramFiles, List<int[]> blocks) {
        StringBuilder b = new StringBuilder(HEADER);
        b.append("var ").append(META).append(" = {\n\"types\": [");
        SearchIndex.Type[] types = SearchIndex.Type.values();
        for (int i = 0; i < types.length; i++) {
            b.append(i == 0 ? "" : ", ").append(SearchIndex.js(types[i].label()));
        }
        b.append("],\n\"entries\": ").append(entries.size()).append(",\n\"grams\": [\n");
        for (int f = 0; f < gramFiles.size(); f++) {
            List<Slice> s = gramFiles.get(f);
            b.append('[').append(SearchIndex.js(s.get(0).key())).append(", ")
                    .append(SearchIndex.js(s.get(s.size() - 1).key())).append(']')
                    .append(f < gramFiles.size() - 1 ? ",\n" : "\n");
        }
        b.append("],\n\"blocks\": [");
        for (int k = 0; k < blocks.size(); k++) {
            b.append(k == 0 ? "" : ", ").append(blocks.get(k)[0]);
        }
        b.append("]\n};\n");
        return b.toString();
    }

    /**
     * {@code {"pages": [[department id, year, kind]…], "runs": "start,page start,page …"}}: each
     * run of entries whose pages have the same department, year and kind, by its first entry and
     * the number of that triple (both base 36, starts as differences).
     */
    private static String filters(List<SearchIndex.Entry> entries, Map<String, SearchIndex.PageInfo> pages) {
        Map<List<String>, Integer> triples = new LinkedHashMap<>();
        StringBuilder runs = new StringBuilder();
        int last = 0;
        Integer previous = null;
        for (int n = 0; n < entries.size(); n++) {
            SearchIndex.PageInfo p = pages.get(entries.get(n).page());
            Integer t = triples.computeIfAbsent(List.of(p.department(), p.year(), p.kind()), k -> triples.size());
            if (!t.equals(previous)) {
                runs.append(runs.isEmpty() ? "" : " ").append(Integer.toString(n - last, 36)).append(',')
                        .append(Integer.toString(t, 36));
                last = n;
                previous = t;
            }
        }
        StringBuilder b = new StringBuilder(opening(FILTERS)).append("{\n\"pages\": [\n");
        int i = 0;
        for (List<String> t : triples.keySet()) {
            b.append('[').append(SearchIndex.js(t.get(0))).append(", ").append(SearchIndex.js(t.get(1))).append(", ")
                    .append(SearchIndex.js(t.get(2))).append(']').append(++i < triples.size() ? ",\n" : "\n");
        }
        return b.append("],\n\"runs\": \"").append(runs).append("\"\n};\n").toString();
    }

    private static String gramFile(String name, List<Slice> slices, Map<String, Postings> postings) {
        StringBuilder b = new StringBuilder(opening(name)).append("{\n");
        for (int i = 0; i < slices.size(); i++) {
            Slice s = slices.get(i);
            int[] values = postings.get(s.key()).values();
            b.append(SearchIndex.js(s.key())).append(": \"");
            for (int v = s.from(); v < s.to(); v++) {
                if (v > s.from()) {
                    b.append(',');
                }
                b.append(Integer.toString(v == s.from() ? values[v] : values[v] - values[v - 1], 36));
            }
            b.append('"').append(i < slices.size() - 1 ? ",\n" : "\n");
        }
        return b.append("};\n").toString();
    }

    private static String block(String name, int from, int to, List<SearchIndex.Entry> entries,
            Map<String, SearchIndex.PageInfo> pages) {
        Map<String, Integer> local = new LinkedHashMap<>();
        for (int n = from; n < to; n++) {
            local.putIfAbsent(entries.get(n).page(), local.size());
        }
        StringBuilder b = new StringBuilder(opening(name)).append("{\n\"start\": ").append(from).append(",\n\"pages\": [\n");
        int i = 0;
        for (String p : local.keySet()) {
            b.append(page(p, pages.get(p))).append(++i < local.size() ? ",\n" : "\n");
        }
        b.append("],\n\"entries\": [\n");
        for (int n = from; n < to; n++) {
            SearchIndex.Entry e = entries.get(n);
            b.append(entry(e, local.get(e.page()))).append(n < to - 1 ? ",\n" : "\n");
        }
        return b.append("]\n};\n").toString();
    }

    private static String opening(String name) {
        return HEADER + "var " + SHARDS + " = " + SHARDS + " || {};\n" + SHARDS + "[" + SearchIndex.js(name) + "] = ";
    }

    /** {@code [path, title, department id, year, kind]}. */
    private static String page(String path, SearchIndex.PageInfo info) {
        return "[" + SearchIndex.js(path) + ", " + SearchIndex.js(info.title()) + ", " + SearchIndex.js(info.department())
                + ", " + SearchIndex.js(info.year()) + ", " + SearchIndex.js(info.kind()) + "]";
    }

    /** {@code [type, page, anchor, text(, figure)]}: only table rows with an amount carry the figure. */
    private static String entry(SearchIndex.Entry e, int page) {
        return "[" + e.type().ordinal() + ", " + page + ", " + SearchIndex.js(e.anchor()) + ", " + SearchIndex.js(e.text())
                + (e.figure().isEmpty() ? "" : ", " + SearchIndex.js(e.figure())) + "]";
    }

    private static long utf8(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    /** One key's entries, increasing, kept as variable-length differences (a few bytes each). */
    private static final class Postings {
        private byte[] bytes = new byte[4];
        private int size;
        private int count;
        private int last = -1;

        void add(int value) {
            if (value == last) {
                return;
            }
            int delta = last < 0 ? value : value - last;
            last = value;
            count++;
            while (size + 5 > bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
            }
            while (delta >= 0x80) {
                bytes[size++] = (byte) (delta & 0x7F | 0x80);
                delta >>>= 7;
            }
            bytes[size++] = (byte) delta;
        }

        int[] values() {
            int[] out = new int[count];
            int at = 0;
            int value = 0;
            for (int i = 0; i < count; i++) {
                int delta = 0;
                int shift = 0;
                byte x;
                do {
                    x = bytes[at++];
                    delta |= (x & 0x7F) << shift;
                    shift += 7;
                } while ((x & 0x80) != 0);
                value = i == 0 ? delta : value + delta;
                out[i] = value;
            }
            return out;
        }
    }
}

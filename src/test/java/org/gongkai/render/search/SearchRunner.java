package org.gongkai.render.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.mozilla.javascript.BaseFunction;
import org.mozilla.javascript.Context;
import org.mozilla.javascript.Function;
import org.mozilla.javascript.Scriptable;
import org.mozilla.javascript.ScriptableObject;
import org.mozilla.javascript.Undefined;

/**
 * Runs a search script in Rhino: either the sharded index with the portal's search-core.js (files
 * loaded on demand, as the page's script tags would, and recorded), or the whole index with the
 * whole-index core of before. Both answer with the same JSON: {query, total, results}.
 */
public final class SearchRunner implements AutoCloseable {

    private final Context cx;
    private final Scriptable scope;
    private final Map<String, String> files;
    private final List<String> loaded = new ArrayList<>();
    private final boolean whole;

    private SearchRunner(Map<String, String> files, String core, boolean whole) {
        this.files = files;
        this.whole = whole;
        cx = Context.enter();
        cx.setOptimizationLevel(-1);
        cx.setLanguageVersion(Context.VERSION_ES6);
        scope = cx.initStandardObjects();
        if (whole) {
            cx.evaluateString(scope, files.get("whole"), "whole-index.js", 1, null);
        } else {
            cx.evaluateString(scope, files.get(SearchShards.INDEX), "index.js", 1, null);
            ScriptableObject.putProperty(scope, "loadShard", new Loader());
        }
        cx.evaluateString(scope, core, whole ? "whole-index-core.js" : "search-core.js", 1, null);
    }

    /** The sharded index of a built site (its assets/search/ folder) with the site's search-core.js. */
    public static SearchRunner site(Path site) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(site.resolve("assets/search"))) {
            for (Path p : s.sorted().toList()) {
                files.put(p.getFileName().toString().replaceFirst("\\.js$", ""), Files.readString(p));
            }
        }
        return new SearchRunner(files, Files.readString(site.resolve("assets/search-core.js")), false);
    }

    /** Shards made here (e.g. with small budgets) with the bundled search-core.js. */
    public static SearchRunner shards(List<SearchShards.Shard> shards) {
        Map<String, String> files = new LinkedHashMap<>();
        shards.forEach(s -> files.put(s.name(), s.script().get()));
        return new SearchRunner(files, resource("/assets/search-core.js"), false);
    }

    /** The whole index of before, with the whole-index core of before. */
    public static SearchRunner whole(SearchIndex index) {
        return new SearchRunner(Map.of("whole", WholeIndex.script(index)), resource("/search/whole-index-core.js"), true);
    }

    /**
     * The answer as JSON text. {@code filter} is a JavaScript expression such as
     * {@code {year: "2021"}} or {@code null}.
     */
    public String search(String query, int limit, String filter) {
        ScriptableObject.putProperty(scope, "q", query);
        String call = whole
                ? "JSON.stringify(GongkaiSearch.search(GONGKAI_SEARCH_INDEX, q, " + limit + ", " + filter + "))"
                : "var answer = null; GongkaiSearch.search(GONGKAI_SEARCH, loadShard, q, " + limit + ", " + filter
                        + ", function (r) { answer = r; }); JSON.stringify(answer)";
        return Context.toString(cx.evaluateString(scope, call, "query", 1, null));
    }

    /** The files loaded so far, in order (the index file not counted: the page loads it). */
    public List<String> loaded() {
        return List.copyOf(loaded);
    }

    public void forget() {
        loaded.clear();
    }

    /** The text of one file of the index. */
    public String file(String name) {
        return files.get(name);
    }

    public List<String> names() {
        return List.copyOf(files.keySet());
    }

    @Override
    public void close() {
        Context.exit();
    }

    private static String resource(String name) {
        try (InputStream in = SearchRunner.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** load(name, callback): evaluates the file as a script tag would, then calls back with what it added. */
    private final class Loader extends BaseFunction {
        @Override
        public Object call(Context c, Scriptable s, Scriptable thisObj, Object[] args) {
            String name = Context.toString(args[0]);
            Function callback = (Function) args[1];
            loaded.add(name);
            String text = files.get(name);
            Object data = null;
            if (text != null) {
                c.evaluateString(scope, text, name + ".js", 1, null);
                Scriptable shards = (Scriptable) ScriptableObject.getProperty(scope, SearchShards.SHARDS);
                data = ScriptableObject.getProperty(shards, name);
            }
            callback.call(c, scope, scope, new Object[] {data});
            return Undefined.instance;
        }
    }
}

package org.gongkai.render.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search index as it was before it was split: one script holding every page and entry,
 * searched by the whole-index core kept beside it (src/test/resources/search/whole-index-core.js,
 * the search-core.js of that time, unchanged). Tests run both on the same queries to show that the
 * sharded index finds exactly what the whole index found.
 */
public final class WholeIndex {

    public static final String GLOBAL = "GONGKAI_SEARCH_INDEX";

    private WholeIndex() {
    }

    /**
     * The script: {@code var GONGKAI_SEARCH_INDEX = {types, pages: [[path, title, department id,
     * year, kind]…], entries: [[type, page number, anchor, text(, figure)]…]};}, one page or entry
     * per line; only table rows with an amount carry the figure.
     */
    public static String script(SearchIndex index) {
        List<String> pagePaths = new ArrayList<>(index.pages().keySet());
        Map<String, Integer> number = new LinkedHashMap<>();
        for (int i = 0; i < pagePaths.size(); i++) {
            number.put(pagePaths.get(i), i);
        }
        StringBuilder b = new StringBuilder();
        b.append("/* 站内搜索索引：由 gongkai build 生成，请勿手工修改。 */\n");
        b.append("var ").append(GLOBAL).append(" = {\n\"types\": [");
        SearchIndex.Type[] types = SearchIndex.Type.values();
        for (int i = 0; i < types.length; i++) {
            b.append(i == 0 ? "" : ", ").append(SearchIndex.js(types[i].label()));
        }
        b.append("],\n\"pages\": [\n");
        for (int i = 0; i < pagePaths.size(); i++) {
            String p = pagePaths.get(i);
            SearchIndex.PageInfo info = index.pages().get(p);
            b.append('[').append(SearchIndex.js(p)).append(", ").append(SearchIndex.js(info.title())).append(", ").append(SearchIndex.js(info.department()))
                    .append(", ").append(SearchIndex.js(info.year())).append(", ").append(SearchIndex.js(info.kind())).append(']')
                    .append(i < pagePaths.size() - 1 ? ",\n" : "\n");
        }
        b.append("],\n\"entries\": [\n");
        List<SearchIndex.Entry> entries = index.entries();
        for (int i = 0; i < entries.size(); i++) {
            SearchIndex.Entry e = entries.get(i);
            b.append('[').append(e.type().ordinal()).append(", ").append(number.get(e.page())).append(", ")
                    .append(SearchIndex.js(e.anchor())).append(", ").append(SearchIndex.js(e.text()))
                    .append(e.figure().isEmpty() ? "" : ", " + SearchIndex.js(e.figure())).append(']')
                    .append(i < entries.size() - 1 ? ",\n" : "\n");
        }
        b.append("]\n};\n");
        return b.toString();
    }

}

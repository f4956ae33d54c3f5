/*
 * Gongkai 站内搜索的核心：纯函数，不接触页面，便于在测试中用 JavaScript 引擎直接运行。
 * 中文没有空格分词，所以按相邻两个字（二元组，bigram）匹配：查询的二元组在条目中出现得越多，排得越前；
 * 整个查询原样出现的条目最先。
 */
var GongkaiSearch = (function () {
  "use strict";

  /*
   * When scores tie, higher ranks first: table rows, then terms, tables, departments, disclosures,
   * running text. Indexed by the type number of the index (SearchIndex.Type: department, disclosure,
   * table, row, term, text).
   */
  var TYPE_RANK = [2, 1, 3, 5, 4, 0];
  var MIN_SHARE = 0.6;

  function normalise(s) {
    return String(s).toLowerCase().replace(/[\s\u3000]+/g, " ").replace(/^ | $/g, "");
  }

  /** Distinct character bigrams of each word of the query; a one-character word is its own gram. */
  function grams(query) {
    var words = normalise(query).split(" ");
    var seen = {};
    var out = [];
    for (var w = 0; w < words.length; w++) {
      var word = words[w];
      if (word.length === 0) {
        continue;
      }
      var list = [];
      if (word.length === 1) {
        list.push(word);
      }
      for (var i = 0; i + 1 < word.length; i++) {
        list.push(word.substring(i, i + 2));
      }
      for (var j = 0; j < list.length; j++) {
        if (!seen.hasOwnProperty(list[j])) {
          seen[list[j]] = true;
          out.push(list[j]);
        }
      }
    }
    return out;
  }

  function snippet(text, at, length) {
    var radius = 40;
    var start = Math.max(0, at - radius);
    var end = Math.min(text.length, at + length + radius);
    return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length ? "…" : "");
  }

  /** Whether page {@code page} ([path, title, department, year, kind]) passes {@code filter}. */
  function passes(page, filter) {
    if (!filter) {
      return true;
    }
    return (!filter.department || page[2] === filter.department)
        && (!filter.year || page[3] === filter.year)
        && (!filter.kind || page[4] === filter.kind);
  }

  /**
   * Searches {@code index} (the GONGKAI_SEARCH_INDEX object) for {@code query}, among the pages of
   * {@code filter} ({department, year, kind}; an empty or missing field does not narrow). Returns
   * {query, total, results: [{type, href, title, text, figure, department, year, kind, snippet,
   * exact, score}]}, best first, at most {@code limit} results (default 50). The order is fixed:
   * score, then type, then index order.
   */
  function search(index, query, limit, filter) {
    var max = limit || 50;
    var q = normalise(query);
    var gs = grams(q);
    var found = [];
    if (gs.length === 0) {
      return { query: q, total: 0, results: [] };
    }
    var phrase = q.replace(/ /g, "");
    for (var n = 0; n < index.entries.length; n++) {
      var e = index.entries[n];
      if (!passes(index.pages[e[1]], filter)) {
        continue;
      }
      var text = normalise(e[3]);
      var hits = 0;
      var first = -1;
      for (var g = 0; g < gs.length; g++) {
        var at = text.indexOf(gs[g]);
        if (at >= 0) {
          hits++;
          if (first < 0 || at < first) {
            first = at;
          }
        }
      }
      var share = hits / gs.length;
      if (share < MIN_SHARE) {
        continue;
      }
      var exactAt = text.indexOf(phrase);
      var exact = exactAt >= 0;
      found.push({ n: n, entry: e, score: share + (exact ? 1 : 0), exact: exact,
        at: exact ? exactAt : first, length: exact ? phrase.length : 2 });
    }
    found.sort(function (a, b) {
      if (b.score !== a.score) {
        return b.score - a.score;
      }
      var ta = TYPE_RANK[a.entry[0]], tb = TYPE_RANK[b.entry[0]];
      if (tb !== ta) {
        return tb - ta;
      }
      return a.n - b.n;
    });
    var results = [];
    for (var r = 0; r < found.length && r < max; r++) {
      var f = found[r];
      var page = index.pages[f.entry[1]];
      var anchor = f.entry[2];
      results.push({
        type: index.types[f.entry[0]],
        href: page[0] + (anchor ? "#" + anchor : ""),
        title: page[1],
        text: f.entry[3],
        figure: f.entry.length > 4 ? f.entry[4] : "",
        department: page[2],
        year: page[3],
        kind: page[4],
        snippet: snippet(normalise(f.entry[3]), f.at, f.length),
        exact: f.exact,
        score: f.score
      });
    }
    return { query: q, total: found.length, results: results };
  }

  return { search: search, grams: grams, normalise: normalise };
}());

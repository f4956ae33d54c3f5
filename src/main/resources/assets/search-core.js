/*
 * Gongkai 站内搜索的核心：纯函数，不接触页面，便于在测试中用 JavaScript 引擎直接运行。
 * 中文没有空格分词，所以按相邻两个字（二元组，bigram）匹配：查询的二元组在条目中出现得越多，排得越前；
 * 整个查询原样出现的条目最先。
 * 索引分成许多小文件（见 SearchShards.java）：一次查询只读取含查询二元组的倒排文件和要显示的条目所在的文件。
 */
var GongkaiSearch = (function () {
  "use strict";

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

  /** The last i with list[i] <= n (list increasing, list[0] <= n). */
  function floor(list, n) {
    var lo = 0, hi = list.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (list[mid] <= n) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  function narrows(filter) {
    return !!(filter && (filter.department || filter.year || filter.kind));
  }

  /** The filter file's runs as two lists: first entry of each run, and its [department, year, kind]. */
  function runs(data) {
    if (!data.starts) {
      var starts = [], pages = [], parts = data.runs.split(" "), at = 0;
      for (var i = 0; i < parts.length; i++) {
        var pair = parts[i].split(",");
        at += parseInt(pair[0], 36);
        starts.push(at);
        pages.push(data.pages[parseInt(pair[1], 36)]);
      }
      data.starts = starts;
      data.runPages = pages;
    }
    return data;
  }

  /** Whether entry n's page passes {@code filter} ({department, year, kind}; empty fields do not narrow). */
  function passes(filters, n, filter) {
    if (!narrows(filter)) {
      return true;
    }
    var page = filters.runPages[floor(filters.starts, n)];
    return (!filter.department || page[0] === filter.department)
        && (!filter.year || page[1] === filter.year)
        && (!filter.kind || page[2] === filter.kind);
  }

  /** The gram files that hold gram g: its own key, or for a one-character gram every key it begins. */
  function gramFiles(meta, g) {
    var out = [];
    for (var f = 0; f < meta.grams.length; f++) {
      var first = meta.grams[f][0], last = meta.grams[f][1];
      if (g.length === 1 ? first.charAt(0) <= g && g <= last.charAt(0) : first <= g && g <= last) {
        out.push("g" + f);
      }
    }
    return out;
  }

  /** Calls each(value) for every number of a posting string (base 36, differences after the first). */
  function decode(posting, each) {
    var parts = posting.split(",");
    var value = 0;
    for (var i = 0; i < parts.length; i++) {
      value = i === 0 ? parseInt(parts[0], 36) : value + parseInt(parts[i], 36);
      each(value);
    }
  }

  /** Loads every named file not loaded yet, then calls done(); fail(name) when one cannot be read. */
  function loadAll(state, names, done) {
    var waiting = 0, finished = false;
    var wanted = [];
    for (var i = 0; i < names.length; i++) {
      if (!state.files.hasOwnProperty(names[i]) && wanted.indexOf(names[i]) < 0) {
        wanted.push(names[i]);
      }
    }
    if (wanted.length === 0) {
      done();
      return;
    }
    waiting = wanted.length;
    wanted.forEach(function (name) {
      state.load(name, function (data) {
        if (finished) {
          return;
        }
        if (!data) {
          finished = true;
          state.fail(name);
          return;
        }
        state.files[name] = data;
        if (--waiting === 0) {
          finished = true;
          done();
        }
      });
    });
  }

  function blockOf(meta, n) {
    return "e" + floor(meta.blocks, n);
  }

  function entryOf(state, n) {
    var block = state.files[blockOf(state.meta, n)];
    return { entry: block.entries[n - block.start], pages: block.pages };
  }

  /**
   * Searches the index described by {@code meta} (the GONGKAI_SEARCH object) for {@code query},
   * among the pages of {@code filter} ({department, year, kind}; an empty or missing field does not
   * narrow). {@code load(name, callback)} reads one file of the index and calls back with its data
   * (GONGKAI_SEARCH_SHARDS[name]) or null. Calls {@code done} with {query, total, results:
   * [{type, href, title, text, figure, department, year, kind, snippet, exact, score}]}, best first,
   * at most {@code limit} results (default 50), or {query, error: file name} when a file is missing.
   * The order is fixed: score (the share of the query's grams an entry holds, plus one when it holds
   * the whole query), then type (table rows, terms, tables, departments, disclosures, text), then
   * the portal's order; entries are numbered in that order of type and place.
   */
  function search(meta, load, query, limit, filter, done) {
    var max = limit || 50;
    var q = normalise(query);
    var gs = grams(q);
    if (gs.length === 0) {
      done({ query: q, total: 0, results: [] });
      return;
    }
    var phrase = q.replace(/ /g, "");
    // The whole query can only be in an entry that holds every bigram of it, also those across words.
    var extra = [];
    for (var p = 0; p + 1 < phrase.length; p++) {
      var pg = phrase.substring(p, p + 2);
      if (gs.indexOf(pg) < 0 && extra.indexOf(pg) < 0) {
        extra.push(pg);
      }
    }
    var state = { meta: meta, load: load, files: {}, fail: function (name) { done({ query: q, error: name }); } };
    var needed = [];
    gs.concat(extra).forEach(function (g) { needed = needed.concat(gramFiles(meta, g)); });
    if (narrows(filter)) {
      needed.push("f");
    }
    loadAll(state, needed, function () {
      var filters = narrows(filter) ? runs(state.files.f) : null;
      var all = gs.concat(extra);
      var Counts = all.length < 65535 ? Uint16Array : Uint32Array;
      // How many of the query's grams (and of the extra bigrams) each entry holds, from its keys.
      var hits = new Counts(meta.entries);
      var more = new Counts(meta.entries);
      var mark = new Counts(meta.entries);
      var touched = [];
      all.forEach(function (g, gi) {
        var isExtra = gi >= gs.length;
        var count = function (n) {
          if (mark[n] !== gi + 1) {
            mark[n] = gi + 1;
            if (isExtra) {
              more[n]++;
              return;
            }
            if (hits[n] === 0) {
              touched.push(n);
            }
            hits[n]++;
          }
        };
        gramFiles(meta, g).forEach(function (name) {
          var shard = state.files[name];
          if (g.length === 2) {
            if (Object.prototype.hasOwnProperty.call(shard, g)) {
              decode(shard[g], count);
            }
          } else {
            for (var key in shard) {
              if (Object.prototype.hasOwnProperty.call(shard, key) && key.charAt(0) === g) {
                decode(shard[key], count);
              }
            }
          }
        });
      });
      var full = [], part = [];
      for (var i = 0; i < touched.length; i++) {
        var n = touched[i];
        var share = hits[n] / gs.length;
        if (share < MIN_SHARE || !passes(filters, n, filter)) {
          continue;
        }
        // Only an entry with every gram can hold the whole query: the others' score is their share.
        (hits[n] === gs.length ? full : part).push({ n: n, share: share,
          maybe: hits[n] === gs.length && more[n] === extra.length });
      }
      // Entries are numbered in the order ties are broken (type, then the portal's order).
      full.sort(function (a, b) { return a.n - b.n; });
      part.sort(function (a, b) { return b.share !== a.share ? b.share - a.share : a.n - b.n; });
      var total = full.length + part.length;
      var maybe = full.filter(function (c) { return c.maybe; });
      var exact = [], checked = 0;

      function finish() {
        var ranked = exact.length >= max ? exact
            : exact.concat(full.filter(function (c) { return !(c.exactAt >= 0); }), part);
        var top = ranked.slice(0, max);
        loadAll(state, top.map(function (c) { return blockOf(meta, c.n); }), function () {
          done({ query: q, total: total, results: top.map(function (c) { return result(state, c, gs, phrase); }) });
        });
      }

      // Entries that may hold the whole query rank first: confirm them in rank order until enough are found.
      function confirm() {
        while (exact.length < max && checked < maybe.length) {
          var batch = maybe.slice(checked, checked + Math.max(max - exact.length, 10));
          var missing = batch.map(function (c) { return blockOf(meta, c.n); })
              .filter(function (name) { return !state.files.hasOwnProperty(name); });
          if (missing.length > 0) {
            loadAll(state, missing, confirm);
            return;
          }
          batch.forEach(function (c) {
            c.exactAt = normalise(entryOf(state, c.n).entry[3]).indexOf(phrase);
            if (c.exactAt >= 0) {
              exact.push(c);
            }
          });
          checked += batch.length;
        }
        finish();
      }
      confirm();
    });
  }

  function result(state, c, gs, phrase) {
    var found = entryOf(state, c.n);
    var e = found.entry;
    var page = found.pages[e[1]];
    var text = normalise(e[3]);
    var exact = c.exactAt !== undefined && c.exactAt >= 0;
    var at = exact ? c.exactAt : -1;
    if (!exact) {
      for (var g = 0; g < gs.length; g++) {
        var i = text.indexOf(gs[g]);
        if (i >= 0 && (at < 0 || i < at)) {
          at = i;
        }
      }
    }
    return {
      type: state.meta.types[e[0]],
      href: page[0] + (e[2] ? "#" + e[2] : ""),
      title: page[1],
      text: e[3],
      figure: e.length > 4 ? e[4] : "",
      department: page[2],
      year: page[3],
      kind: page[4],
      snippet: snippet(text, at, exact ? phrase.length : 2),
      exact: exact,
      score: c.share + (exact ? 1 : 0)
    };
  }

  return { search: search, grams: grams, normalise: normalise };
}());

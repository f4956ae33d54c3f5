/*
 * Gongkai 站内搜索页面：读取地址中的 ?q=，用 search-core.js 在分片索引（assets/search/）中查找，列出结果。
 * 索引文件按需以 <script> 加载，只用本地脚本文件，从文件系统（file://）打开也能用；
 * 不用 innerHTML，结果文字一律作为文本插入。
 */
(function () {
  "use strict";

  function query() {
    return param("q");
  }

  function param(name) {
    var m = new RegExp("[?&]" + name + "=([^&#]*)").exec(window.location.search);
    if (!m) {
      return "";
    }
    try {
      return decodeURIComponent(m[1].replace(/\+/g, " "));
    } catch (e) {
      return "";
    }
  }

  function el(name, className, text) {
    var e = document.createElement(name);
    if (className) {
      e.className = className;
    }
    if (text) {
      e.appendChild(document.createTextNode(text));
    }
    return e;
  }

  function clear(out) {
    while (out.firstChild) {
      out.removeChild(out.firstChild);
    }
  }

  /** Loads one file of the index by script tag, then calls back with what it added (null when it failed). */
  function loader(base) {
    return function (name, callback) {
      var script = document.createElement("script");
      script.src = base + name + ".js";
      script.onload = function () {
        var shards = window.GONGKAI_SEARCH_SHARDS;
        callback(shards && shards.hasOwnProperty(name) ? shards[name] : null);
      };
      script.onerror = function () {
        callback(null);
      };
      document.head.appendChild(script);
    };
  }

  function render(out, found) {
    clear(out);
    if (found.error) {
      out.appendChild(el("p", "search-status", "搜索索引文件 " + found.error + ".js 无法读取，门户可能不完整。可以从首页按部门、年度浏览。"));
      out.setAttribute("data-state", "done");
      return;
    }
    var status = el("p", "search-status", found.total === 0
        ? "没有找到与“" + found.query + "”相关的内容。可以换用更短的词，或从首页按部门、年度浏览。"
        : "找到 " + found.total + " 条与“" + found.query + "”相关的结果"
          + (found.total > found.results.length ? "，列出前 " + found.results.length + " 条" : "") + "。");
    out.appendChild(status);
    out.setAttribute("data-state", "done");
    if (found.results.length === 0) {
      return;
    }
    var list = el("ol", "search-results");
    for (var i = 0; i < found.results.length; i++) {
      var r = found.results[i];
      var item = el("li", "search-result");
      // A table row answers with what it prints: "2010350 事业运行 · 本年支出合计 236.77 万元".
      var row = r.figure !== "";
      var link = el("a", null, row ? r.text + " · " + r.figure : r.title);
      link.setAttribute("href", r.href);
      item.appendChild(el("span", "result-type", r.type));
      item.appendChild(document.createTextNode(" "));
      item.appendChild(link);
      item.appendChild(row ? el("p", "result-where", r.title) : el("p", "result-text", r.snippet));
      list.appendChild(item);
    }
    out.appendChild(list);
  }

  function start() {
    var out = document.getElementById("search-results");
    var input = document.getElementById("q");
    if (!out || !input || typeof GONGKAI_SEARCH === "undefined" || typeof GongkaiSearch === "undefined") {
      return;
    }
    document.documentElement.className += " js";
    var q = query();
    input.value = q;
    var filter = {};
    var names = ["department", "year", "kind"];
    for (var i = 0; i < names.length; i++) {
      var value = param(names[i]);
      var select = document.getElementById("filter-" + names[i]);
      if (select && value) {
        select.value = value;
        // Only a value the page offers narrows the search.
        filter[names[i]] = select.value;
      }
    }
    if (q.replace(/\s+/g, "") !== "") {
      clear(out);
      out.appendChild(el("p", "search-status", "正在搜索…"));
      out.setAttribute("data-state", "searching");
      GongkaiSearch.search(GONGKAI_SEARCH, loader(out.getAttribute("data-index") || ""), q, 50, filter, function (found) {
        render(out, found);
      });
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());

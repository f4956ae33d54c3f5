/*
 * Search probe for BrowserSearchTest: opens the portal's search page (from file://) once per query
 * in QUERIES (each "?q=…&year=…" as the search form sends it) in an iframe, waits until the page
 * has loaded the parts of the index it needs and shown its results, and writes what it shows as
 * one JSON line per query into #out: the status line and, per result, type, link, link text and
 * the line below. Needs Chromium's --allow-file-access-from-files to read the frames.
 */
(function () {
  "use strict";
  var out = document.getElementById("out");

  function report(line) {
    out.appendChild(document.createTextNode(line + "\n"));
  }

  function shown(doc) {
    var box = doc.getElementById("search-results");
    if (!box || box.getAttribute("data-state") !== "done") {
      return null;
    }
    var status = box.querySelector(".search-status");
    var items = [];
    var list = box.querySelectorAll("li.search-result");
    for (var i = 0; i < list.length; i++) {
      var li = list[i];
      var a = li.querySelector("a");
      var below = li.querySelector("p");
      items.push([li.querySelector(".result-type").textContent, a.getAttribute("href"), a.textContent,
        below ? below.className + ":" + below.textContent : ""]);
    }
    return { status: status ? status.textContent : "", results: items };
  }

  function open(search) {
    return new Promise(function (resolve) {
      var f = document.createElement("iframe");
      f.onload = function () {
        var tries = 0;
        (function poll() {
          var seen = null;
          try {
            seen = shown(f.contentDocument);
          } catch (e) {
            seen = { status: "ERROR " + e, results: [] };
          }
          if (seen || ++tries > 2000) {
            f.parentNode.removeChild(f);
            resolve(seen || { status: "TIMEOUT", results: [] });
          } else {
            setTimeout(poll, 10);
          }
        }());
      };
      f.src = BASE + "search.html" + search;
      document.body.appendChild(f);
    });
  }

  async function run() {
    for (var i = 0; i < QUERIES.length; i++) {
      report(JSON.stringify(await open(QUERIES[i])));
    }
    report("DONE");
  }

  run().catch(function (e) { report("ERROR " + e); });
}());

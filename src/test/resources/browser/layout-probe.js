/*
 * Layout probe for BrowserLayoutTest: loads every page listed in PAGES into an iframe of a phone's
 * and a desktop's width (the iframe is the page's viewport), measures, and writes one line per
 * problem into #out. Needs Chromium's --allow-file-access-from-files to read the frames.
 */
(function () {
  "use strict";
  var out = document.getElementById("out");
  var PHONE = { width: 375, height: 667 };
  var DESKTOP = { width: 1280, height: 800 };

  function report(line) {
    out.appendChild(document.createTextNode(line + "\n"));
  }

  function load(src, size) {
    return new Promise(function (resolve) {
      var f = document.createElement("iframe");
      f.style.width = size.width + "px";
      f.style.height = size.height + "px";
      f.onload = function () { resolve(f); };
      f.src = src;
      document.body.appendChild(f);
    });
  }

  function innerScrollers(doc, win) {
    var found = [];
    var all = doc.querySelectorAll("body *");
    for (var i = 0; i < all.length; i++) {
      var el = all[i];
      var y = win.getComputedStyle(el).overflowY;
      if ((y === "auto" || y === "scroll") && el.scrollHeight > el.clientHeight + 1) {
        found.push(el.tagName.toLowerCase() + "." + el.className);
      }
    }
    return found;
  }

  async function run() {
    var links = [];
    for (var i = 0; i < PAGES.length; i++) {
      var page = PAGES[i];
      var f = await load(BASE + page, DESKTOP);
      var scrollers = innerScrollers(f.contentDocument, f.contentWindow);
      if (scrollers.length > 0) {
        report("VSCROLL 1280 " + page + " " + scrollers.join(" "));
      }
      var first = f.contentDocument.querySelector("main .key-figures a.figure-value");
      if (first) {
        links.push(new URL(first.getAttribute("href"), f.contentWindow.location.href).href);
      }
      f.remove();

      f = await load(BASE + page, PHONE);
      var doc = f.contentDocument;
      if (doc.documentElement.scrollWidth > f.contentWindow.innerWidth) {
        report("HSCROLL 375 " + page + " " + doc.documentElement.scrollWidth);
      }
      if (doc.querySelector("main .key-figures")) {
        var figure = doc.querySelector("main .key-figures .figure");
        var bottom = figure.getBoundingClientRect().bottom;
        report((bottom <= PHONE.height ? "FIGURE-OK " : "FIGURE-LOW ") + page + " " + Math.round(bottom));
      }
      f.remove();
    }
    // A row reached by its address: highlighted, and below its (sticky) column headers.
    for (var j = 0; j < links.length; j++) {
      var frame = await load(links[j], DESKTOP);
      await new Promise(function (r) { setTimeout(r, 50); });
      var d = frame.contentDocument;
      var row = d.getElementById(decodeURIComponent(links[j].split("#")[1]));
      var cell = row.firstElementChild;
      var marked = frame.contentWindow.getComputedStyle(cell).backgroundColor !== "rgb(255, 255, 255)";
      var head = row.closest("table").querySelector("thead").getBoundingClientRect();
      var top = row.getBoundingClientRect().top;
      var inView = head.top >= 0 && head.bottom <= top + 1 && top < DESKTOP.height;
      report((marked && inView ? "TARGET-OK " : "TARGET-BAD ") + links[j].substring(BASE.length)
          + " marked=" + marked + " head=" + Math.round(head.top) + ".." + Math.round(head.bottom) + " row=" + Math.round(top));
      frame.remove();
    }
    report("DONE");
  }

  run().catch(function (e) { report("ERROR " + e); });
}());

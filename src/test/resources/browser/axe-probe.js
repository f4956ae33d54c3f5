/*
 * Accessibility probe for AxeTest: loads every page listed in PAGES into an iframe at a phone's and a
 * desktop's width, injects axe-core (AXE, its source) into the frame, runs it on the frame's document
 * and writes one line per violation into #out, then DONE. Needs --allow-file-access-from-files.
 */
(function () {
  "use strict";
  var out = document.getElementById("out");

  function report(line) {
    out.appendChild(document.createTextNode(line + "\n"));
  }

  function load(src, width) {
    return new Promise(function (resolve) {
      var f = document.createElement("iframe");
      f.style.width = width + "px";
      f.style.height = "800px";
      f.onload = function () { resolve(f); };
      f.src = src;
      document.body.appendChild(f);
    });
  }

  async function check(page, width) {
    var f = await load(BASE + page, width);
    var doc = f.contentDocument;
    var script = doc.createElement("script");
    script.textContent = AXE;
    doc.head.appendChild(script);
    var result = await f.contentWindow.axe.run(doc, { resultTypes: ["violations"] });
    result.violations.forEach(function (v) {
      var where = v.nodes.slice(0, 3).map(function (n) { return n.target.join(" "); }).join(" | ");
      report("VIOLATION " + width + " " + page + " " + v.id + " (" + v.impact + ") " + where);
    });
    f.remove();
  }

  async function run() {
    for (var i = 0; i < PAGES.length; i++) {
      try {
        await check(PAGES[i], 1280);
        await check(PAGES[i], 375);
      } catch (e) {
        report("ERROR " + PAGES[i] + " " + e);
      }
    }
    report("CHECKED " + PAGES.length);
    report("DONE");
  }

  run();
})();

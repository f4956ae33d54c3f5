#!/usr/bin/env bash
# Runs axe-core (WCAG 2.1 A/AA rules) on every page of a built portal in headless Chromium and
# prints the violations per page. Not part of the test suite: it needs chromium and npm.
#   tools/axe-check.sh site-output [pattern]
# Install once: apt-get install chromium; npm install --prefix /tmp/axe axe-core@4
set -euo pipefail
site=$(cd "${1:-site-output}" && pwd)
pattern=${2:-*.html}
axe=${AXE_JS:-/tmp/axe/node_modules/axe-core/axe.min.js}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
total=0
while IFS= read -r page; do
  rel=${page#"$site"/}
  copy="$(dirname "$page")/.axe-$(basename "$page")"
  # A copy of the page with axe inlined; the results are written into the DOM, which chromium dumps.
  {
    sed 's#</body>##; s#</html>##' "$page"
    printf '<script>%s</script>\n' "$(cat "$axe")"
    cat <<'JS'
<script>
axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']}})
  .then(function (r) {
    var out = document.createElement('pre'); out.id = 'axe-result';
    out.textContent = 'AXE ' + JSON.stringify(r.violations.map(function (v) {
      return {id: v.id, impact: v.impact, nodes: v.nodes.length, target: v.nodes[0].target.join(' ')};
    }));
    document.body.appendChild(out);
  });
</script></body></html>
JS
  } > "$copy"
  result=$(timeout 60 chromium --headless --no-sandbox --disable-gpu --user-data-dir="$work/profile" \
      --virtual-time-budget=15000 --dump-dom "file://$copy" 2>/dev/null | grep -o 'AXE \[.*\]' || echo 'AXE ?')
  rm -f "$copy"
  json=${result#AXE }
  if [ "$json" != "[]" ]; then
    echo "$rel: $json"
    total=$((total + 1))
  fi
done < <(find "$site" -name "$pattern" ! -name '.axe-*' | sort)
echo "pages with violations: $total"

#!/usr/bin/env bash
# Benchmark: `gongkai build` over synthetic corpora of N department-years (the seeds in content/
# cloned into departments and years, see src/test/java/org/gongkai/bench/SyntheticCorpus.java), and
# Hugo on a synthetic site with the same number of HTML pages, run in turn on the same machine.
#
#   bench/run.sh [N ...]            default: 100 1000 10000
#
# Environment: HEAP (Java heap, default 512m), RUNS (alternating Gongkai/Hugo rounds, default 1),
# WORK (scratch folder, default a new mktemp -d; corpora there are reused), HUGO=0 to skip Hugo,
# YEARS (years per department, default 10), KEEP=1 to keep the built sites, JAR (default
# target/gongkai.jar) and CP (the test classes, default target/test-classes) to time another build.
# Needs /usr/bin/time (GNU time) and, for the comparison, hugo (apt-get install hugo).
# Prints one Markdown table row per run: wall and CPU seconds, peak RSS, files, HTML pages, pages/s.
set -euo pipefail

cd "$(dirname "$0")/.."
ROOT=$(pwd)
HEAP=${HEAP:-512m}
RUNS=${RUNS:-1}
YEARS=${YEARS:-10}
HUGO=${HUGO:-1}
WORK=${WORK:-$(mktemp -d -t gongkai-bench.XXXXXX)}
mkdir -p "$WORK"
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(100 1000 10000)

if [ ! -x /usr/bin/time ]; then
  echo "需要 GNU time（/usr/bin/time，Debian/Ubuntu：apt-get install time）" >&2
  exit 2
fi
if [ "$HUGO" = 1 ] && ! command -v hugo >/dev/null; then
  echo "需要 hugo 作对照（apt-get install hugo），或设 HUGO=0 跳过" >&2
  exit 2
fi

JAR=${JAR:-$ROOT/target/gongkai.jar}
CP=${CP:-$ROOT/target/test-classes}
if [ ! -f "$JAR" ] || [ ! -d "$CP/org/gongkai/bench" ]; then
  mvn -B -q -DskipTests package
fi

echo "# $(date -u +%Y-%m-%dT%H:%MZ) · $(nproc) CPU · $(java -version 2>&1 | head -1) · heap $HEAP" \
  "· $( [ "$HUGO" = 1 ] && hugo version | cut -d' ' -f1-2 )"
echo "# scratch: $WORK"
echo
echo "| tool | department-years | exit | wall s | CPU s | peak RSS MiB | files | HTML pages | pages/s | ms/page |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"

# field NAME FILE: one value of a /usr/bin/time -v report.
field() { grep -F "$1" "$2" | head -1 | sed 's/.*: //'; }

# seconds H:MM:SS.ss|M:SS.ss → seconds
seconds() { echo "$1" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.1f", s }'; }

# row TOOL N TIMEFILE SITE: prints the table row and sets PAGES.
row() {
  local tool=$1 n=$2 t=$3 site=$4
  local wall cpu rss code files
  wall=$(seconds "$(field 'Elapsed (wall clock)' "$t")")
  cpu=$(awk -v u="$(field 'User time' "$t")" -v s="$(field 'System time' "$t")" 'BEGIN { printf "%.1f", u + s }')
  rss=$(awk -v k="$(field 'Maximum resident set size' "$t")" 'BEGIN { printf "%d", k / 1024 }')
  code=$(field 'Exit status' "$t")
  if [ "$code" = 0 ] && [ -d "$site" ]; then
    files=$(find "$site" -type f | wc -l)
    PAGES=$(find "$site" -type f -name '*.html' | wc -l)
    awk -v t="$tool" -v n="$n" -v c="$code" -v w="$wall" -v cpu="$cpu" -v r="$rss" -v f="$files" -v p="$PAGES" \
      'BEGIN { printf "| %s | %d | %s | %s | %s | %s | %d | %d | %.0f | %.2f |\n", t, n, c, w, cpu, r, f, p, p / w, w * 1000 / p }'
  else
    PAGES=""
    echo "| $tool | $n | $code | $wall | $cpu | $rss | — | — | — | — |"
  fi
}

PER_DY=""   # HTML pages per department-year, from the last Gongkai build that finished
for n in "${SIZES[@]}"; do
  corpus=$WORK/corpus-$n
  if [ ! -d "$corpus" ]; then
    java -cp "$CP" org.gongkai.bench.SyntheticCorpus "$ROOT/content" "$corpus" "$n" "$YEARS" >/dev/null
  fi
  for r in $(seq 1 "$RUNS"); do
    site=$WORK/site-$n
    rm -rf "$site" "$WORK"/.site-"$n".gongkai-*
    t=$WORK/time-gongkai-$n-$r.txt
    /usr/bin/time -v -o "$t" java -Xmx"$HEAP" -jar "$JAR" build --content "$corpus" --out "$site" \
      >"$WORK/gongkai-$n-$r.log" 2>&1 || true
    row gongkai "$n" "$t" "$site"
    if [ -n "$PAGES" ]; then
      target=$PAGES
      PER_DY=$(awk -v p="$PAGES" -v n="$n" 'BEGIN { printf "%.4f", p / n }')
    elif [ -n "$PER_DY" ]; then
      # The build did not finish: Hugo gets the page count the last finished build had per department-year.
      target=$(awk -v p="$PER_DY" -v n="$n" 'BEGIN { printf "%d", p * n }')
    else
      target=""
    fi
    [ "${KEEP:-0}" = 1 ] || rm -rf "$site"
    if [ "$HUGO" = 1 ] && [ -n "$target" ]; then
      hsrc=$WORK/hugo-src-$target
      [ -d "$hsrc" ] || java -cp "$CP" org.gongkai.bench.HugoSite "$hsrc" "$target" >/dev/null
      hout=$WORK/hugo-out-$n
      rm -rf "$hout" "$WORK/hugo-cache"
      t=$WORK/time-hugo-$n-$r.txt
      /usr/bin/time -v -o "$t" hugo --quiet --source "$hsrc" --destination "$hout" --cacheDir "$WORK/hugo-cache" \
        >"$WORK/hugo-$n-$r.log" 2>&1 || true
      row hugo "$n" "$t" "$hout"
      [ "${KEEP:-0}" = 1 ] || rm -rf "$hout"
    fi
  done
done

#!/usr/bin/env bash
# Regenerates src/main/resources/fonts/gongkai-chart-sans.otf, the font the chart renderer
# measures text with (see docs/charts.md). Needs Debian's fonts-noto-cjk and fonttools:
#   apt-get install fonts-noto-cjk fonttools
# The subset is every character of GB 2312 plus printable ASCII and a few punctuation marks,
# taken from Noto Sans CJK SC Regular (SIL Open Font License 1.1), without hinting or layout
# tables, and renamed (a modified version under the OFL) to "Gongkai Chart Sans".
set -euo pipefail
cd "$(dirname "$0")/.."
src=${NOTO_CJK:-/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc}
out=src/main/resources/fonts/gongkai-chart-sans.otf
mkdir -p "$(dirname "$out")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

/usr/bin/python3 - "$tmp/chars.txt" <<'PY'
import sys
chars = set()
for hi in range(0xA1, 0xF8):
    for lo in range(0xA1, 0xFF):
        try:
            chars.add(bytes([hi, lo]).decode('gb2312'))
        except UnicodeDecodeError:
            pass
chars |= {chr(c) for c in range(0x20, 0x7F)}
chars |= set('\u00a0\u2013\u2014\u2026\u00b7\u3000')
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(sorted(chars)))
PY

# The face index of Noto Sans CJK SC in the collection.
index=$(/usr/bin/python3 - "$src" <<'PY'
import sys
from fontTools.ttLib import TTCollection
for i, f in enumerate(TTCollection(sys.argv[1], lazy=True).fonts):
    if f['name'].getDebugName(4) == 'Noto Sans CJK SC':
        print(i)
        break
PY
)

pyftsubset "$src" --font-number="$index" --text-file="$tmp/chars.txt" \
  --layout-features='' --no-hinting \
  --drop-tables+=BASE,GDEF,GPOS,GSUB,VORG,vhea,vmtx \
  --name-IDs='*' --output-file="$tmp/subset.otf"

/usr/bin/python3 - "$tmp/subset.otf" "$out" <<'PY'
import sys
from fontTools.ttLib import TTFont
f = TTFont(sys.argv[1], recalcTimestamp=False)
name = f['name']
family = 'Gongkai Chart Sans'
for rec in list(name.names):
    if rec.nameID in (1, 4, 16):
        name.setName(family, rec.nameID, rec.platformID, rec.platEncID, rec.langID)
    elif rec.nameID == 6:
        name.setName('GongkaiChartSans-Regular', rec.nameID, rec.platformID, rec.platEncID, rec.langID)
    elif rec.nameID == 3:
        name.setName('Gongkai Chart Sans Regular; subset of Noto Sans CJK SC 2.004', rec.nameID,
                     rec.platformID, rec.platEncID, rec.langID)
    elif rec.nameID == 7:
        name.removeNames(nameID=7)
name.setName('Subset of Noto Sans CJK SC Regular 2.004 (GB 2312 and ASCII) for measuring chart labels; '
             'modified under the SIL Open Font License 1.1.', 10, 3, 1, 0x409)
f['head'].modified = f['head'].created  # no build-time stamp: regenerating gives the same bytes
f.save(sys.argv[2])
PY
ls -l "$out"

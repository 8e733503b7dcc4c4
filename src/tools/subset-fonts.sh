#!/usr/bin/env bash
# Makes the bundled brochure fonts: Noto Sans Regular and Bold (Debian's fonts-noto-core, version
# 2.004) cut down to the Latin scripts, punctuation, currency and common symbols (1,310 of 3,317
# glyphs), without the layout tables OpenPDF does not read (GSUB, GPOS, GDEF). Outlines, metrics,
# hinting and names are kept, so pages look the same; a smaller font is faster to read at start-up
# and to subset into every brochure. Greek, Cyrillic and anything else come from the DejaVu Sans
# fallback. Noto Sans has no reserved font name (SIL OFL 1.1), so the subset keeps its name.
# Usage: src/tools/subset-fonts.sh   (needs fonts-noto-core and python3-fonttools; run as committed,
# with fontTools 4.38 of Debian 12, it reproduces the committed files)
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
source_dir=${NOTO_DIR:-/usr/share/fonts/truetype/noto}
target_dir="$here/src/main/resources/dev/careers/export/pdf/fonts"
unicodes="U+0000-024F,U+02B0-036F,U+1E00-1EFF,U+2000-20CF,U+2100-22FF,U+2460-24FF,U+25A0-27BF,U+FB00-FB06,U+FEFF,U+FFFC-FFFD"
for weight in Regular Bold; do
  python3 -m fontTools.subset "$source_dir/NotoSans-$weight.ttf" --unicodes="$unicodes" \
    --layout-features='' --drop-tables+=GSUB,GPOS,GDEF,DSIG \
    --name-IDs='*' --name-languages='*' --name-legacy --notdef-outline \
    --output-file="$target_dir/NotoSans-$weight.ttf"
done

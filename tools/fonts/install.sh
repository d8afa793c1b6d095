#!/usr/bin/env bash
# Makes the Chinese serif face of the PDFs: Noto Serif CJK SC (Debian's fonts-noto-cjk) converted to TrueType
# outlines as "Noto Serif CJK SC TT", Regular and Bold, installed for the current user where fontconfig (and so
# Chromium) finds them. Chromium embeds CFF fonts such as Noto CJK in a PDF only as unnamed Type 3 glyphs; TrueType
# faces are embedded as real, named, subset fonts. Once per machine, about 1.5 minutes (the two faces at once, each
# ~0.9 GB of memory); a face already made from the same source and script is kept.
# Needs: apt-get install fonts-noto-cjk python3-fonttools fontconfig
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${BIBLIOGRAPHY_FONT_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/fonts/bibliography}
src=/usr/share/fonts/opentype/noto
mkdir -p "$dir"
pids=()
for style in Regular Bold; do
  in="$src/NotoSerifCJK-$style.ttc" out="$dir/NotoSerifCJKSCTT-$style.ttf"
  [ -f "$in" ] || { echo "tools/fonts/install.sh: $in is missing (apt-get install fonts-noto-cjk)" >&2; exit 1; }
  if [ -f "$out" ] && [ "$out" -nt "$in" ] && [ "$out" -nt "$here/cjk-truetype.py" ]; then continue; fi
  /usr/bin/python3 "$here/cjk-truetype.py" "$in" "Noto Serif CJK SC" "Noto Serif CJK SC TT" "$out.tmp" && mv "$out.tmp" "$out" &
  pids+=($!)
done
for pid in "${pids[@]}"; do wait "$pid"; done
fc-cache "$dir"
echo "Noto Serif CJK SC TT (TrueType) in $dir: $(cd "$dir" && ls NotoSerifCJKSCTT-*.ttf | paste -sd' ')"

#!/usr/bin/env bash
# The `pdf` command on the real list: RUNS runs (default 5) of the Release build, each timed with /usr/bin/time, then
# the median wall time and user+sys CPU (Chromium's processes included only where the command waits for them: the
# wall time is the number that counts), the load average before each run (quiet means below 1 on this 2-core machine),
# each PDF's size and page count, pdffonts' summary, and whether the runs gave byte-identical PDFs.
# Usage: bench/pdf.sh          BIN=path/to/bibliography bench/pdf.sh   (another build, e.g. the native AOT binary)
# Needs: chromium, poppler-utils, time, fonts (tools/fonts/install.sh); as .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1767225600}
RUNS=${RUNS:-5}
work=$(mktemp -d /tmp/bench-pdf.XXXXXX)
if [ -z "${BIN:-}" ]; then
  echo "Building the generator (Release) …" >&2
  dotnet build generator -c Release -o "$work/bin" -v quiet -nologo >/dev/null
  BIN="$work/bin/bibliography"
fi

for i in $(seq 1 "$RUNS"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$BIN" pdf --base-url https://example.org/bibliography/ --output "$work/site$i" >"$work/log$i" 2>&1 \
    || { cat "$work/log$i" >&2; exit 1; }
  read -r wall user sys <"$work/time"
  printf 'run %d: %5.2f s wall, %5.2f s CPU (generator), load average before %s\n' "$i" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$load"
  echo "$wall" >>"$work/walls"
done
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "pdf, both editions: median $(median <"$work/walls") s wall over $RUNS runs (min $(sort -n "$work/walls" | head -1) s)"
for lang in en zh; do
  pdf="$work/site1/pdf/bibliography.$lang.pdf"
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ { print $2 }')
  fonts=$(pdffonts "$pdf" | awk 'NR > 2 { t = $2 " " $3; if ($2 == "Type") t = "Type 3"; n[t]++; e[$(NF-4)]++ } END { for (k in n) printf "%s%d %s", s, n[k], k; s = ", " }')
  names=$(pdffonts "$pdf" | awk 'NR > 2 { sub(/^[A-Z]+\+/, "", $1); print $1 }' | sort -u | paste -sd' ')
  same=yes; for i in $(seq 2 "$RUNS"); do cmp -s "$pdf" "$work/site$i/pdf/bibliography.$lang.pdf" || same=no; done
  printf '%s: %d KiB, %d pages; fonts: %s (%s); identical in every run: %s\n' "$lang" "$(( $(stat -c %s "$pdf") / 1024 ))" "$pages" "$fonts" "$names" "$same"
done
rm -rf "$work"

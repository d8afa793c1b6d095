#!/usr/bin/env bash
# Preview speed: time from saving one fragment to the rewritten page being served by `serve`.
# Usage: bench/preview.sh BINARY CORPUS_DIR THEME_DIR [EDITS]   (the corpus from `synth --papers N --out DIR`; it is edited in place)
set -euo pipefail
bin=$1 corpus=$2 theme=$3 edits=${4:-5}
port=$((20000 + RANDOM % 20000))
log=$(mktemp)
"$bin" serve --seed "$corpus/seed.txt" --content "$corpus" --theme "$theme" --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for ((i = 0; i < 600; i++)); do curl -sf "http://127.0.0.1:$port/en/" >/dev/null && break; sleep 0.1; done
frag="$corpus/papers/synth-00500.md"
cp "$frag" "$frag.orig"
times=()
for ((e = 1; e <= edits; e++)); do
  marker="edit$e-$RANDOM"
  sed "s/This synthetic paper proposes/This synthetic paper ($marker) proposes/" "$frag.orig" >"$frag.tmp"
  start=$(date +%s%N)
  mv "$frag.tmp" "$frag"
  until curl -sf "http://127.0.0.1:$port/en/papers/synth-00500/" | grep -q "$marker"; do
    (( $(date +%s%N) - start > 60000000000 )) && { echo "no rewritten page after 60 s" >&2; exit 1; }
    sleep 0.005
  done
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
  sleep 0.5
done
mv "$frag.orig" "$frag"
printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "preview: save fragment → page served, median %d ms (min %d, max %d, %d edits)\n", v[int((NR + 1) / 2)], v[1], v[NR], NR }'

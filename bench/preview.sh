#!/usr/bin/env bash
# Preview speed: time from saving one fragment (its prose: the common case while writing) to the rewritten page being
# served by `serve` after the server announced the new version to open tabs.
# Usage: bench/preview.sh BINARY CORPUS_DIR THEME_DIR [EDITS] [prose|title]
#   (the corpus from `synth --papers N --out DIR`; it is edited in place). `prose` (the default) edits the annotation,
#   which the server patches into the site it has; `title` edits the front matter, which loads the site again.
set -euo pipefail
bin=$1 corpus=$2 theme=$3 edits=${4:-5} what=${5:-prose}
port=$((20000 + RANDOM % 20000))
log=$(mktemp)
"$bin" serve --seed "$corpus/seed.txt" --content "$corpus" --theme "$theme" --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for ((i = 0; i < 600; i++)); do curl -sf "http://127.0.0.1:$port/en/" >/dev/null && break; sleep 0.1; done
frag="$corpus/papers/synth-00500.md"
cp "$frag" "$frag.orig"
# Measured as an open tab sees it: the server announces a new version on its live-reload event stream (the tab then
# reloads), and the page fetched after that announcement must have the edit. So the time is save → announcement →
# page served, without a poll's own delay in it.
events=$(mktemp -u)
mkfifo "$events"
curl -sN "http://127.0.0.1:$port/__bib/events" >"$events" &
stream=$!
trap 'kill "$server" "$stream" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$events"' EXIT
exec 3<"$events"
next_version() { local line; while IFS= read -r -t 60 line <&3; do [[ $line == data:* ]] && return 0; done; return 1; }
next_version # the version when the stream opens
times=()
for ((e = 1; e <= edits; e++)); do
  marker="edit$e-$RANDOM"
  case $what in
    prose) sed "s/This synthetic paper proposes/This synthetic paper ($marker) proposes/" "$frag.orig" >"$frag.tmp" ;;
    title) sed "s/^title: \"/title: \"$marker /" "$frag.orig" >"$frag.tmp" ;;
  esac
  start=$(date +%s%N)
  mv "$frag.tmp" "$frag"
  # The page is read whole before it is searched: `curl | grep -q` under pipefail fails when grep stops at an early
  # match while curl is still writing (a title edit's marker is near the top), and then waits for a version that never comes.
  until next_version && page=$(curl -sf "http://127.0.0.1:$port/en/papers/synth-00500/") && [[ $page == *"$marker"* ]]; do
    (( $(date +%s%N) - start > 60000000000 )) && { echo "no rewritten page after 60 s; the server said:" >&2; tail -5 "$log" >&2; exit 1; }
  done
  times+=($(( ($(date +%s%N) - start) / 1000000 )))
  sleep 0.5
done
mv "$frag.orig" "$frag"
printf '%s\n' "${times[@]}" | sort -n | awk -v what="$what" '{ v[NR] = $1 } END { printf "preview (%s edit): save fragment → page served, median %d ms (min %d, max %d, %d edits)\n", what, v[int((NR + 1) / 2)], v[1], v[NR], NR }'

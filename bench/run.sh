#!/usr/bin/env bash
# Benchmark: the generator's Release build against Hugo on the same bibliography, side by side.
# For the real list, 1 000 and 10 000 synthetic papers and 10 000 in uneven parts (`10000u`: one part of 1 200 items,
# one of three; override with SIZES="real 1000"), RUNS runs each (default 5), alternating the two tools, it prints the
# median wall time, median user+sys CPU, median peak RSS, pages written, the ratio ours/Hugo and the machine's load
# average before and after each size, then the targets of issue #17 (10 000 papers: wall ≤ 0.5× Hugo, peak RSS ≤ 1.0×;
# growth 1 000 → 10 000 ≤ 10×; preview of a prose edit on 10 000 papers < 100 ms) each as met or not. It also times
# the real site's build as the README runs it, cold (fresh process).
# Usage: bench/run.sh            (installs hugo, time and a C toolchain from Debian's packages when they are missing)
#        PUBLISH=r2r bench/run.sh (the ReadyToRun build instead of the native, ahead-of-time compiled one)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

RUNS=${RUNS:-5}
SIZES=${SIZES:-"real 1000 10000 10000u"}
work=${BENCH_DIR:-$(mktemp -d /tmp/bench.XXXXXX)}
mkdir -p "$work"

PUBLISH=${PUBLISH:-aot}
need=()
command -v hugo >/dev/null || need+=(hugo)
[ -x /usr/bin/time ] || need+=(time)
command -v curl >/dev/null || need+=(curl)   # bench/preview.sh
if [ "$PUBLISH" = aot ]; then
  # Native AOT links with the system's C toolchain and zlib.
  command -v clang >/dev/null || command -v gcc >/dev/null || need+=(clang)
  [ -f /usr/include/zlib.h ] || need+=(zlib1g-dev)
fi
if [ ${#need[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "Installing ${need[*]} from Debian's packages …" >&2
  $sudo apt-get update -qq >/dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${need[@]}" >/dev/null
fi

# The compiled binary, not `dotnet run`: a Release publish, native ahead-of-time compiled (no JIT at start-up), or with
# ReadyToRun (PUBLISH=r2r). bench/RESULTS.md has the options measured.
case "$(uname -m)" in x86_64) rid=linux-x64 ;; aarch64) rid=linux-arm64 ;; *) echo "unsupported machine $(uname -m)" >&2; exit 1 ;; esac
if [ "$PUBLISH" = aot ]; then
  echo "Publishing the generator (Release, native AOT, $rid; about 2 minutes) …" >&2
  dotnet publish generator -c Release -r "$rid" -o "$work/bin" -p:PublishAot=true -v quiet -nologo >/dev/null
else
  echo "Publishing the generator (Release, ReadyToRun) …" >&2
  dotnet publish generator -c Release -o "$work/bin" -p:PublishReadyToRun=true -v quiet -nologo >/dev/null
fi
ours="$work/bin/bibliography"
# The corpus and its Hugo twin come from the benchmark's own tool (bench/Bibliography.Bench), not from the product.
echo "Building the benchmark tool …" >&2
dotnet build bench/Bibliography.Bench -c Release -o "$work/bench-tool" -v quiet -nologo >/dev/null
synth="$work/bench-tool/bibliography-bench"

# measure LABEL OUTDIR CMD… → appends "wall cpu rss" to $work/LABEL.times; the command's output goes to $work/LABEL.log
# Before each run: the previous output deleted and written back, and (as root, where the kernel lets us) the page cache
# dropped and the inputs of both tools read again. Without it the page cache fills with the gigabytes earlier runs
# wrote, and the kernel's reclaim makes each later run slower than the one before (system time 5 → 11 s over three
# runs of ours at 10 000 papers), which measures the order of the runs, not the tools.
WARM=${WARM:-}
fresh_cache() {
  sync
  if [ -w /proc/sys/vm/drop_caches ]; then
    echo 3 >/proc/sys/vm/drop_caches
    [ -n "$WARM" ] && find $WARM -type f -exec cat {} + >/dev/null
  fi
  return 0
}

measure() {
  local label=$1 out=$2; shift 2
  rm -rf "$out"
  fresh_cache
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.tmp" "$@" >"$work/$label.log" 2>&1 || { cat "$work/$label.log" >&2; return 1; }
  awk '{ printf "%s %.3f %s\n", $1, $2 + $3, $4 }' "$work/time.tmp" >>"$work/$label.times"
}

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
col() { awk -v c="$1" '{ print $c }' "$2" | median; }
pages() { find "$1" -name '*.html' | wc -l; }

printf '%-8s %-6s %10s %10s %10s %7s\n' "N" "tool" "wall s" "cpu s" "RSS MiB" "pages"
for n in $SIZES; do
  load_before=$(cut -d' ' -f1 /proc/loadavg)
  if [ "$n" = real ]; then
    seed="$root/seeds/llm-multimodal-reading-list.txt"; content="$root/content"
  else
    seed="$work/synth-$n/seed.txt"; content="$work/synth-$n"
    case $n in
      *u) "$synth" synth --papers "${n%u}" --uneven --out "$content" >/dev/null ;;
      *) "$synth" synth --papers "$n" --out "$content" >/dev/null ;;
    esac
  fi
  "$synth" synth --seed "$seed" --content "$content" --hugo "$work/hugo-$n" >/dev/null
  WARM="$seed $content $root/themes/default $work/hugo-$n $ours"
  [ -x "$(command -v hugo)" ] && WARM="$WARM $(command -v hugo)"
  rm -f "$work/ours-$n.times" "$work/hugo-$n.times"
  for ((r = 0; r < RUNS; r++)); do
    # Alternate which tool goes first, so neither always runs on a warmer cache.
    if (( r % 2 == 0 )); then
      measure "ours-$n" "$work/out-ours-$n" "$ours" build --seed "$seed" --content "$content" --theme "$root/themes/default" --output "$work/out-ours-$n"
      measure "hugo-$n" "$work/out-hugo-$n" hugo --quiet -s "$work/hugo-$n" -d "$work/out-hugo-$n"
    else
      measure "hugo-$n" "$work/out-hugo-$n" hugo --quiet -s "$work/hugo-$n" -d "$work/out-hugo-$n"
      measure "ours-$n" "$work/out-ours-$n" "$ours" build --seed "$seed" --content "$content" --theme "$root/themes/default" --output "$work/out-ours-$n"
    fi
  done
  for tool in ours hugo; do
    t="$work/$tool-$n.times"
    printf '%-8s %-6s %10.2f %10.2f %10.0f %7d\n' "$n" "$tool" "$(col 1 "$t")" "$(col 2 "$t")" "$(( $(col 3 "$t" | cut -d. -f1) / 1024 ))" "$(pages "$work/out-$tool-$n")"
  done
  awk -v a="$(col 1 "$work/ours-$n.times")" -v b="$(col 1 "$work/hugo-$n.times")" -v c="$(col 2 "$work/ours-$n.times")" -v d="$(col 2 "$work/hugo-$n.times")" \
      -v e="$(col 3 "$work/ours-$n.times")" -v f="$(col 3 "$work/hugo-$n.times")" \
      -v l1="$load_before" -v l2="$(cut -d' ' -f1 /proc/loadavg)" \
      'BEGIN { printf "%-8s %-6s %10.2f %10.2f %10.2f   (ours/Hugo; load average %s before, %s after)\n", "", "ratio", a / b, c / d, e / f, l1, l2 }'
done

# The targets, on the 10 000-paper corpora.
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t ? "met" : "NOT met") }'; }
for n in 10000 10000u; do
  [ -f "$work/ours-$n.times" ] || continue
  wall=$(awk -v a="$(col 1 "$work/ours-$n.times")" -v b="$(col 1 "$work/hugo-$n.times")" 'BEGIN { printf "%.2f", a / b }')
  rss=$(awk -v a="$(col 3 "$work/ours-$n.times")" -v b="$(col 3 "$work/hugo-$n.times")" 'BEGIN { printf "%.2f", a / b }')
  echo "target   $n: wall $wall× Hugo (≤ 0.5: $(verdict "$wall" 0.5)), peak RSS $rss× Hugo (≤ 1.0: $(verdict "$rss" 1.0))"
done

# Growth: 10 000 papers against 1 000 (target ≤ 10×).
if [ -f "$work/ours-1000.times" ] && [ -f "$work/ours-10000.times" ]; then
  growth=$(awk -v a="$(col 1 "$work/ours-10000.times")" -v b="$(col 1 "$work/ours-1000.times")" 'BEGIN { printf "%.1f", a / b }')
  # Hugo's own growth in the same run shows how much of it is the machine (a slower disk while 20 000 files are written).
  hugo_growth=$(awk -v a="$(col 1 "$work/hugo-10000.times")" -v b="$(col 1 "$work/hugo-1000.times")" 'BEGIN { printf "%.1f", a / b }')
  echo "growth   ours 10 000 / 1 000 papers: ${growth}× wall (≤ 10: $(verdict "$growth" 10)); Hugo's in the same run: ${hugo_growth}×"
fi

# Preview: one fragment saved → the rewritten page served by `serve`, on the 1 000- and 10 000-paper corpora; an edit
# to the prose (the target: < 100 ms at 10 000 papers) and one to the front matter (the title: the site loads again).
for n in 1000 10000; do
  [ -d "$work/synth-$n" ] || continue
  for what in prose title; do
    line=$(bench/preview.sh "$ours" "$work/synth-$n" "$root/themes/default" 9 "$what") || { echo "preview: not measured" >&2; continue; }
    echo "$n papers, $line"
    if [ "$n" = 10000 ] && [ "$what" = prose ]; then
      ms=$(sed -E 's/.*median ([0-9]+) ms.*/\1/' <<<"$line")
      echo "target   preview of an edited page on 10 000 papers: $ms ms (< 100: $(awk -v v="$ms" 'BEGIN { print (v < 100 ? "met" : "NOT met") }'))"
    fi
  done
done

# The real site as the README builds it: one cold process on the repository's own inputs.
rm -f "$work/real-site.times"
WARM="$root/seeds $root/content $root/themes/default $ours"
for ((r = 0; r < RUNS; r++)); do measure real-site "$work/out-real" "$ours" build --output "$work/out-real"; done
printf 'real site build (the README'"'"'s build, published %s binary): median %.2f s wall, %.2f s cpu; %s\n' "$PUBLISH" \
  "$(col 1 "$work/real-site.times")" "$(col 2 "$work/real-site.times")" "$(tail -1 "$work/real-site.log" | cut -c1-60)…"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ { print $2 }') GiB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "work folder: $work"

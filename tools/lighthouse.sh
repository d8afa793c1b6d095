#!/usr/bin/env bash
# Prints Lighthouse's accessibility, best-practices and SEO scores (0-100) for pages of a served site, one line a page:
#   en/ accessibility=100 best-practices=100 seo=100
# followed, for a score below 100, by the audits that lost points. Exits 1 when any score is below 100.
#
# usage: tools/lighthouse.sh BASE_URL [PATH...]
#   BASE_URL  where the site is served, e.g. http://127.0.0.1:8000/repo/ (build it with the same --base-url)
#   PATH      pages relative to BASE_URL (default: en/ zh/ en/papers/chain-of-thought/ zh/papers/chain-of-thought/)
# Needs `npm ci` in tools/ and Chromium (CHROME_PATH, default /usr/bin/chromium).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
base=${1:?usage: tools/lighthouse.sh BASE_URL [PATH...]}
shift
pages=("$@")
[ ${#pages[@]} -gt 0 ] || pages=(en/ zh/ en/papers/chain-of-thought/ zh/papers/chain-of-thought/)
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
for page in "${pages[@]}"; do
  # The flags keep Chromium off the network (only package registries are reachable here) and allow running as root.
  "$here/node_modules/.bin/lighthouse" "$base$page" \
    --only-categories=accessibility,best-practices,seo --disable-full-page-screenshot --output=json --output-path="$work/report.json" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run --user-data-dir=$(mktemp -d -p "$work")" \
    || true # Lighthouse exits 0 even when a page fails; the report says what happened
  node - "$work/report.json" "$page" <<'JS' || status=1
const [file, page] = process.argv.slice(2);
let report;
try { report = require(file); } catch (e) { console.log(`${page} accessibility=none best-practices=none seo=none`); console.log(`  no report: ${e.message}`); process.exit(1); }
const score = (id) => { const c = report.categories[id]; return c && c.score !== null ? Math.round(c.score * 100) : 'none'; };
const scores = ['accessibility', 'best-practices', 'seo'].map((id) => [id, score(id)]);
console.log(`${page} ${scores.map(([id, s]) => `${id}=${s}`).join(' ')}`);
if (report.runtimeError) console.log(`  runtime error: ${report.runtimeError.code} ${report.runtimeError.message}`);
for (const [id] of scores) {
  for (const ref of (report.categories[id] || { auditRefs: [] }).auditRefs) {
    const audit = report.audits[ref.id];
    if (ref.weight > 0 && audit.score !== null && audit.score < 1) console.log(`  ${id}/${ref.id}: ${audit.title}`);
  }
}
process.exit(scores.every(([, s]) => s === 100) ? 0 : 1);
JS
  rm -f "$work/report.json"
done
exit "$status"

#!/usr/bin/env bash
# Blame-linter speed figures, side by side with alex (npm) on the same generated text, in one run:
#  1. throughput on 1,000 generated postmortems: ours (the `lint` verb, whole process) vs alex (in-process)
#  2. linear cost: the same documents with 10 times the text
#  3. a 1 MB single-line input
# usage: bench/lint-vs-alex.sh            (needs dotnet and node/npm; installs alex@11.0.1 under bench/.npm)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$root/bench/.npm"
echo "*" > "$root/bench/.npm/.gitignore"
cp "$root/bench/alex-throughput.mjs" "$root/bench/.npm/"
(cd "$root/bench/.npm" && [ -f package.json ] || echo '{ "name": "lint-bench", "private": true, "type": "module" }' \
  > "$root/bench/.npm/package.json")
(cd "$root/bench/.npm" && npm install --no-audit --no-fund --no-save alex@11.0.1 >/dev/null)

dotnet build -c Release "$root/src/McpPostmortem/McpPostmortem.csproj" -o "$work/bin" >/dev/null
cli="$work/bin/mcp-postmortem"

node "$root/bench/generate-postmortems.mjs" "$work/x1/docs" 1000 1
node "$root/bench/generate-postmortems.mjs" "$work/x10/docs" 1000 10

# Milliseconds of one `lint` run over a path (exit code 1 just means findings).
time_ours() {
  local start end
  start=$(date +%s%N)
  "$cli" lint --format json "$1" > "$work/out.json" || [ $? -eq 1 ]
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}

"$cli" lint "$work/x1/docs/pm-0000.md" > /dev/null || true   # warm the file cache and the runtime
: > "$work/empty.md"
startup=$(time_ours "$work/empty.md")
ours1=$(time_ours "$work/x1/docs")
ours10=$(time_ours "$work/x10/docs")
ours1mb=$(time_ours "$work/x1/one-line-1mb.md")
alex1=$(node "$root/bench/.npm/alex-throughput.mjs" "$work/x1/docs")
alex_ms=$(node -e "console.log(Math.round(JSON.parse(process.argv[1]).ms))" "$alex1")
bytes1=$(du -sb "$work/x1/docs" | cut -f1)
bytes10=$(du -sb "$work/x10/docs" | cut -f1)

echo "documents: 1000 generated postmortems, $bytes1 bytes (x10 set: $bytes10 bytes)"
echo "alex (npm 11.0.1, in-process, same text):   ${alex_ms} ms   ($alex1)"
echo "mcp-postmortem lint (whole process, json):  ${ours1} ms; process start-up alone (empty file): ${startup} ms"
awk -v a="$alex_ms" -v o="$ours1" -v s="$startup" 'BEGIN {
  printf "speed ratio alex/ours, whole process:        %.1fx\n", a / (o > 0 ? o : 1)
  w = o - s; printf "speed ratio alex/ours, linting (minus start-up): %.1fx (target >= 50x)\n", a / (w > 0 ? w : 1) }'
awk -v x1="$ours1" -v x10="$ours10" -v s="$startup" 'BEGIN {
  printf "10x text: %d ms vs %d ms whole process = %.2fx; minus start-up %.2fx (target <= 11x)\n",
    x10, x1, x10 / (x1 > 0 ? x1 : 1), (x10 - s) / ((x1 - s) > 0 ? (x1 - s) : 1) }'
echo "1 MB single line: ${ours1mb} ms whole process, $(( ours1mb - startup )) ms minus start-up (target < 1000 ms)"

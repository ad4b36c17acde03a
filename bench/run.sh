#!/usr/bin/env bash
# The benchmark in one run: publishes the Native AOT server, builds the JIT server, installs the Node
# reference server (@modelcontextprotocol/server-memory, pinned), then measures all three side by side
# and writes bench/results/<date>-<machine>.md. Takes a few minutes; not part of CI.
# Usage: bash bench/run.sh [rounds]   (rounds of cold start per server, default 15)
#        bash bench/run.sh folder     (postmortem_stats and find_related_postmortems over a generated
#                                      folder of 10,000 postmortems; writes <date>-<machine>-folder.md)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if [[ "${1:-}" == "folder" ]]; then
  mkdir -p bench/results
  out="bench/results/$(date -u +%Y-%m-%d)-$(hostname)-folder.md"
  artifacts=$(mktemp -d)
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  started=$(date -u +"%Y-%m-%d %H:%M UTC")
  echo "running FolderAnalysisBenchmarks (generates 10,000 postmortems; a few minutes)"
  dotnet run -c Release --project bench/McpPostmortem.Benchmarks -- \
    --filter "*FolderAnalysis*" --artifacts "$artifacts" --exporters github >&2
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  {
    echo "# Folder analysis benchmark, $started"
    echo
    echo "Machine: $(hostname), $(nproc) x $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
      "$(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) RAM; load average" \
      "$load_before at start, $load_after at the end (a busy machine gives slower absolute figures)."
    echo "Command: \`bash bench/run.sh folder\` (BenchmarkDotNet, in process, monitoring strategy:" \
      "1 warm-up and 3 measured calls per row)."
    echo
    # BenchmarkDotNet escapes the quotes of the descriptions as HTML; the table reads better without them.
    sed "s/&#39;//g" "$artifacts"/results/*FolderAnalysisBenchmarks-report-github.md
  } > "$out"
  rm -rf "$artifacts"
  echo "wrote $out"
  exit 0
fi

rounds=${1:-15}
aot=artifacts/aot/mcp-postmortem
jit=src/McpPostmortem/bin/Release/net10.0/mcp-postmortem

echo "publishing the Native AOT server (needs clang and zlib1g-dev)"
dotnet publish src/McpPostmortem -c Release -r linux-x64 -o artifacts/aot -v q >/dev/null
echo "building the JIT server"
dotnet build src/McpPostmortem -c Release -v q >/dev/null
echo "installing the Node reference server"
(cd bench/stdio && npm ci --no-audit --no-fund --silent)

mkdir -p bench/results
out="bench/results/$(date -u +%Y-%m-%d)-$(hostname).md"
node bench/stdio/bench.mjs --aot "$aot" --jit "$jit" --rounds "$rounds" --out "$out"

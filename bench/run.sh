#!/usr/bin/env bash
# The benchmark in one run: publishes the Native AOT server, builds the JIT server, installs the Node
# reference server (@modelcontextprotocol/server-memory, pinned), then measures all three side by side
# and writes bench/results/<date>-<machine>.md. Takes a few minutes; not part of CI.
# Usage: bash bench/run.sh [rounds]   (rounds of cold start per server, default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

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

#!/usr/bin/env bash
# Starts the mcp-postmortem MCP server over stdio, for clients that launch it with this script.
# Uses the installed .NET tool when there is one; otherwise builds this repository's source once
# (and again after a source change) and runs the built binary. stdout carries the MCP protocol, so
# everything this script says goes to stderr.
set -euo pipefail

if command -v mcp-postmortem >/dev/null 2>&1; then
  exec mcp-postmortem "$@"
fi

for tool in "$HOME/.dotnet/tools/mcp-postmortem" "$HOME/.dotnet/tools/mcp-postmortem.exe"; do
  if [ -x "$tool" ]; then
    exec "$tool" "$@"
  fi
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
project="$root/src/McpPostmortem/McpPostmortem.csproj"
if [ ! -f "$project" ]; then
  echo "mcp-postmortem is not installed and no source was found at $project." >&2
  echo "Install it: dotnet tool install --global McpPostmortem" >&2
  exit 127
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "mcp-postmortem needs the .NET 10 SDK to build from source; dotnet was not found on PATH." >&2
  exit 127
fi

# The build goes to its own folder so it never competes with a developer's Debug or Release build.
out="$root/artifacts/run-server"
binary="$out/mcp-postmortem"
if [ -f "$out/mcp-postmortem.exe" ]; then
  binary="$out/mcp-postmortem.exe"
fi

stale=""
if [ ! -x "$binary" ]; then
  stale="yes"
elif [ -n "$(find "$root/src" "$root/Directory.Build.props" "$root/Directory.Packages.props" \
    -newer "$binary" \( -name '*.cs' -o -name '*.csproj' -o -name '*.props' -o -name '*.scriban' \
    -o -name '*.json' \) -print -quit)" ]; then
  stale="yes"
fi

if [ -n "$stale" ]; then
  echo "Building mcp-postmortem from $root (first start or changed source)..." >&2
  dotnet build "$project" -c Release -o "$out" -nologo -v quiet 1>&2
  if [ -f "$out/mcp-postmortem.exe" ]; then
    binary="$out/mcp-postmortem.exe"
  fi
  touch "$binary"
fi

exec "$binary" "$@"

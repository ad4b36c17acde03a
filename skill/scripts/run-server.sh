#!/usr/bin/env bash
# Starts the mcp-postmortem MCP server over stdio, for clients that launch it with this script
# (the Claude Code plugin does). Uses the installed .NET tool when there is one (see
# install-tool.sh); otherwise this repository's source, built once (and again after a source
# change) into artifacts/run-server. stdout carries the MCP protocol, so everything this script
# says goes to stderr.
#
# A first build takes a minute or more, longer than clients wait for a server to start (Claude
# Code: 30 s), so that first start fails. The build runs in a session of its own and finishes even
# when the client gives up, and the next start uses it. To avoid the failed first start, install the
# tool once ahead: bash skill/scripts/install-tool.sh
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
  echo "Install it from a clone of the repository: bash skill/scripts/install-tool.sh" >&2
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
  mkdir -p "$root/artifacts"
  log="$root/artifacts/run-server.log"
  pidfile="$root/artifacts/run-server.pid"
  build=""
  if [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
    build="$(cat "$pidfile")"
    echo "mcp-postmortem: waiting for the build another start began (log: $log)..." >&2
  else
    echo "mcp-postmortem is not installed; building it from $root first (a minute or more;" >&2
    echo "a client may give up waiting, and the build still finishes for the next start)." >&2
    echo "Install it once ahead instead: bash $root/skill/scripts/install-tool.sh" >&2
    # setsid (where there is one): a client that kills this script, or its process group, on its
    # start timeout does not kill the build.
    detach=""
    if command -v setsid >/dev/null 2>&1; then
      detach="setsid"
    fi
    $detach bash -c 'dotnet build "$1" -c Release -o "$2" -nologo -v quiet && touch "$2/built"' \
      _ "$project" "$out" </dev/null >"$log" 2>&1 &
    build=$!
    echo "$build" > "$pidfile"
  fi

  # wait works only for our own child; a build another start began is polled instead.
  if ! wait "$build" 2>/dev/null; then
    while kill -0 "$build" 2>/dev/null; do
      sleep 1
    done
  fi

  if [ ! -f "$out/built" ] || [ "$out/built" -ot "$log" ]; then
    echo "The build failed; its output:" >&2
    cat "$log" >&2
    exit 1
  fi

  rm -f "$pidfile"
  if [ -f "$out/mcp-postmortem.exe" ]; then
    binary="$out/mcp-postmortem.exe"
  fi
  touch "$binary"
fi

exec "$binary" "$@"

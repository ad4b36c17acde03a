#!/usr/bin/env bash
# Native AOT: the server publishes with zero trim and AOT warnings, and the published binary runs a
# whole tool session. A type missing from the source-generated JSON context, or a reflection-only API,
# fails only at run time in the AOT binary, so the binary itself is driven: by its own demo verb (a .NET
# client), and by the official TypeScript MCP client calling every tool that tools/list returns.
# Appends "pass <name>" / "fail <name>" lines to TestResults/checks.txt; exits 1 when any check failed.
set -uo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

mkdir -p TestResults artifacts
status=0
record() {
  echo "$1 $2" >>TestResults/checks.txt
  echo "$1 $2"
  if [ "$1" = fail ]; then
    status=1
  fi
}

out=artifacts/aot
binary=$out/mcp-postmortem
log=artifacts/aot-publish.log
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# AOT links with the platform toolchain: clang and zlib from Debian.
if ! command -v clang >/dev/null || ! dpkg -s zlib1g-dev >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq clang zlib1g-dev
fi

# 1. Publish. The project turns PublishAot on for any -r, with each trim warning shown on its own.
rm -rf "$out"
dotnet publish src/McpPostmortem -c Release -r linux-x64 -o "$out" 2>&1 | tee "$log"
published=${PIPESTATUS[0]}
warnings=$(grep -oE 'warning (IL|CS|CA)[0-9]+[^[]*' "$log" | sort -u)
count=$(grep -c . <<<"$warnings" || true)
echo "AOT publish: exit $published, $count distinct trim/AOT warning(s)"
if [ -n "$warnings" ]; then
  echo "$warnings"
fi

if [ "$published" -eq 0 ] && [ "$count" -eq 0 ] && [ -x "$binary" ]; then
  record pass aot-publish-without-warnings
else
  record fail aot-publish-without-warnings
  for name in aot-demo-session aot-matches-jit aot-every-tool-session; do
    record fail "$name"
  done

  exit 1
fi

# 2. The demo verb: the AOT binary starts itself as the server and builds the reference incident.
if "$binary" demo --dir "$work/demo" >"$work/demo.txt" 2>&1 && grep -q '^Rendered: ' "$work/demo.txt" \
  && ls "$work"/demo/*.md >/dev/null 2>&1; then
  record pass aot-demo-session
else
  cat "$work/demo.txt"
  record fail aot-demo-session
fi

# 3. The same incident through the JIT build renders the same document: AOT changes nothing a user sees.
jit=src/McpPostmortem/bin/Debug/net10.0/mcp-postmortem
if [ ! -x "$jit" ]; then
  dotnet build src/McpPostmortem -v q >/dev/null
fi

if "$jit" demo --dir "$work/jit" >/dev/null 2>&1 \
  && diff -r --exclude='*.json' --exclude='.*' "$work/jit" "$work/demo"; then
  record pass aot-matches-jit
else
  record fail aot-matches-jit
fi

# 4. A non-.NET client: every listed tool called at least once, results checked against output schemas.
client=.ci/checks/aot-client
if (cd "$client" && npm ci --no-audit --no-fund --silent) \
  && node "$client/session.mjs" "$binary" src/McpPostmortem/Cli/reference-incident.json "$work/session"; then
  record pass aot-every-tool-session
else
  record fail aot-every-tool-session
fi

exit "$status"

#!/usr/bin/env bash
# Drives the BUILT server with real MCP clients at pinned versions (tests/clients/package-lock.json):
#   1. MCP Inspector CLI: tools/list --strict must print no portability warning; a whole postmortem
#      through tools/call; an unknown argument refused with the accepted list.
#   2. The official TypeScript SDK client (tests/clients/drive.mjs): a whole postmortem, a cancelled
#      call, output schemas checked by the SDK itself.
# Usage: .ci/real-clients.sh [Debug|Release]   (default: $CONFIGURATION, else Release)
# Needs node and npm (Node 20 works; the Inspector asks for Node 22 in its engines but runs its CLI here).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
config=${1:-${CONFIGURATION:-Release}}
server="$root/src/McpPostmortem/bin/$config/net10.0/mcp-postmortem"
if [[ ! -x "$server" ]]; then
  dotnet build "$root/src/McpPostmortem/McpPostmortem.csproj" -c "$config" --nologo -v quiet
fi

cd "$root/tests/clients"
# npm ci installs exactly the pinned tree of package-lock.json; a checkout that has it already skips it.
if [[ ! -d node_modules/@modelcontextprotocol/inspector || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
folder="$work/postmortems"
mkdir -p "$folder"
passed=0

inspector() {
  npx --no-install @modelcontextprotocol/inspector --cli --format json "$server" --dir "$folder" "$@"
}

# expect FILE JS: JS is an expression over `r`, the parsed JSON output; fails the script when false.
expect() {
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    if (!(eval(process.argv[2]))) { console.error("FAILED: " + process.argv[2] + "\n" + JSON.stringify(r).slice(0, 2000)); process.exit(1); }
  ' "$1" "$2"
  passed=$((passed + 1))
}

echo "== Inspector: tools/list --strict"
npx --no-install @modelcontextprotocol/inspector --cli --strict "$server" --dir "$folder" --method tools/list \
  > "$work/tools.json" 2> "$work/strict.txt" || { cat "$work/strict.txt"; exit 1; }
cat "$work/strict.txt"
if grep -Eq '^(Warning|Error):|portability|warnings? across' "$work/strict.txt"; then
  echo "FAILED: inspector --strict reported schema problems" >&2
  exit 1
fi
passed=$((passed + 1))
expect "$work/tools.json" 'r.tools.length >= 10 && r.tools.every(t => t.name.length <= 40 && t.description.length <= 2000)'

echo "== Inspector: a whole postmortem through tools/call"
inspector --method tools/call --tool-name create_postmortem \
  --tool-args-json '{"title":"Inspector drive","incident_date":"2025-07-09","severity":"SEV3","timezone":"UTC"}' \
  > "$work/create.json"
expect "$work/create.json" 'r.result.structuredContent.id === "2025-07-09-inspector-drive"'
id=2025-07-09-inspector-drive
inspector --method tools/call --tool-name add_timeline_events --tool-args-json '{"id":"'$id'","events":[
  {"time":"10:00","description":"Requests began to fail.","kind":"started"},
  {"time":"10:04","description":"The latency alert fired.","kind":"detected"},
  {"time":"10:30","description":"The cache node was replaced and errors stopped.","kind":"mitigated"}]}' \
  > "$work/events.json"
expect "$work/events.json" 'r.result.structuredContent.item_ids.length === 3 && r.result.structuredContent.revision === 2'
inspector --method tools/call --tool-name set_summary \
  --tool-args-json '{"id":"'$id'","summary":"For 30 minutes requests failed while a cache node was unhealthy.","expected_revision":2}' \
  > "$work/summary.json"
expect "$work/summary.json" 'r.result.structuredContent.revision === 3'
inspector --method tools/call --tool-name set_summary \
  --tool-args-json '{"id":"'$id'","summary":"A stale edit.","expected_revision":2}' > "$work/stale.json" || true
expect "$work/stale.json" 'JSON.stringify(r).includes("at revision 3, not expected_revision 2")'
inspector --method tools/call --tool-name set_summary \
  --tool-args-json '{"id":"'$id'","summary":"x","sumary":"typo"}' > "$work/unknown.json" || true
expect "$work/unknown.json" 'JSON.stringify(r).includes("It accepts: id, summary, expected_revision")'
inspector --method tools/call --tool-name render_postmortem --tool-args-json '{"id":"'$id'"}' > "$work/render.json"
expect "$work/render.json" 'require("fs").readFileSync(r.result.structuredContent.path, "utf8").includes("Inspector drive")'
inspector --method tools/call --tool-name get_postmortem --tool-args-json '{"id":"'$id'"}' > "$work/get.json"
expect "$work/get.json" 'r.result.structuredContent.postmortem.revision === 3 && r.result.structuredContent.postmortem.timeline.length === 3'

echo "== TypeScript SDK client: whole postmortem and a cancelled call"
mkdir -p "$work/sdk"
node drive.mjs "$server" "$work/sdk"
passed=$((passed + 1))

echo "real-clients: $passed passed, 0 failed"

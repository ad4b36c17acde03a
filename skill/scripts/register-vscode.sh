#!/usr/bin/env bash
# Writes the postmortem MCP server into WORKSPACE/.vscode/mcp.json for VS Code (Copilot agent
# mode). Keeps the other servers already in the file. Uses the installed mcp-postmortem tool, or
# this repository's source when no tool is installed.
#
# Usage: register-vscode.sh [WORKSPACE] [--from-source] [--command PATH]
#   WORKSPACE      the folder opened in VS Code (default: the current folder)
#   --from-source  use the source build even when the tool is installed
#   --command      start this executable (for example a tool installed with --tool-path)
set -euo pipefail

workspace="."
from_source=""
forced_command=""
while [ $# -gt 0 ]; do
  case "$1" in
    --from-source) from_source="yes"; shift ;;
    --command) forced_command="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    -*) echo "Unknown argument: $1 (see --help)" >&2; exit 2 ;;
    *) workspace="$1"; shift ;;
  esac
done

# shellcheck source=server-command.sh
source "$(dirname "${BASH_SOURCE[0]}")/server-command.sh"
command=()
while IFS= read -r part; do
  command+=("$part")
done < <(server_command "$forced_command" "$from_source")
if [ "${#command[@]}" -eq 0 ]; then
  exit 1
fi

config="$workspace/.vscode/mcp.json"
mkdir -p "$workspace/.vscode"

merge_with_node() {
  node - "$config" "${command[@]}" <<'JS'
const fs = require("fs");
const [path, command, ...args] = process.argv.slice(2);
const text = fs.existsSync(path) ? fs.readFileSync(path, "utf8").replace(/^\uFEFF/, "") : "";
let config = {};
if (text.trim().length > 0) {
  try {
    config = JSON.parse(text);
  } catch (error) {
    // VS Code's files are JSONC; rewriting one as plain JSON would drop the user's comments.
    console.error(`${path} is not plain JSON (${error.message}); it may have comments or trailing ` +
      "commas. Install python3 so this script can keep them, or add the server yourself.");
    process.exit(1);
  }
}
if (config === null || typeof config !== "object" || Array.isArray(config)) {
  console.error(`${path} does not hold a JSON object; fix it or add the server yourself.`);
  process.exit(1);
}
config.servers = config.servers || {};
config.servers.postmortem = { type: "stdio", command, args };
fs.writeFileSync(path, JSON.stringify(config, null, 2) + "\n");
JS
}

by_hand() {
  echo "Add this under \"servers\" in $config:" >&2
  printf '  "postmortem": {"type": "stdio", "command": "%s", "args": [%s]}\n' \
    "${command[0]//\"/\\\"}" "$args_json" >&2
}

args_json=""
for arg in "${command[@]:1}"; do
  args_json="${args_json:+$args_json, }\"${arg//\"/\\\"}\""
done

if command -v python3 >/dev/null 2>&1; then
  python3 "$(dirname "${BASH_SOURCE[0]}")/merge-vscode-config.py" "$config" "${command[@]}"
elif command -v node >/dev/null 2>&1; then
  merge_with_node || { by_hand; exit 1; }
elif [ ! -s "$config" ]; then
  printf '{\n  "servers": {\n    "postmortem": {\n      "type": "stdio",\n      "command": "%s",\n      "args": [%s]\n    }\n  }\n}\n' \
    "${command[0]//\"/\\\"}" "$args_json" > "$config"
else
  echo "$config exists and neither python3 nor node is available to merge it." >&2
  by_hand
  exit 1
fi

echo "Wrote 'postmortem' to $config: ${command[*]}"
echo "In VS Code: open the folder, then run 'MCP: List Servers' and start 'postmortem'."

#!/usr/bin/env bash
# Registers the postmortem MCP server with Claude Code (claude mcp add). Uses the installed
# mcp-postmortem tool, or this repository's source when no tool is installed.
#
# Usage: register-claude-code.sh [--scope local|user|project] [--from-source] [--command PATH]
#   --scope        where Claude Code keeps the registration (default: user, every project)
#   --from-source  use the source build even when the tool is installed
#   --command      start this executable (for example a tool installed with --tool-path)
set -euo pipefail

scope="user"
from_source=""
forced_command=""
while [ $# -gt 0 ]; do
  case "$1" in
    --scope) scope="$2"; shift 2 ;;
    --from-source) from_source="yes"; shift ;;
    --command) forced_command="$2"; shift 2 ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    *) echo "Unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

# shellcheck source=server-command.sh
source "$(dirname "${BASH_SOURCE[0]}")/server-command.sh"
mapfile -t command < <(server_command "$forced_command" "$from_source")
if [ "${#command[@]}" -eq 0 ]; then
  exit 1
fi

if ! command -v claude >/dev/null 2>&1; then
  echo "Claude Code (claude) is not on PATH. Register the server yourself with:" >&2
  echo "  claude mcp add --transport stdio --scope $scope postmortem -- ${command[*]}" >&2
  exit 1
fi

# A second run replaces the first registration instead of failing on the existing name.
claude mcp remove --scope "$scope" postmortem >/dev/null 2>&1 || true
claude mcp add --transport stdio --scope "$scope" postmortem -- "${command[@]}"
echo "Registered 'postmortem' with Claude Code ($scope scope): ${command[*]}"
echo "Check it with: claude mcp get postmortem"

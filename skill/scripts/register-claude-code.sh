#!/usr/bin/env bash
# Registers the postmortem MCP server with Claude Code (claude mcp add). Uses the installed
# mcp-postmortem tool, or this repository's source when no tool is installed.
#
# Usage: register-claude-code.sh [--scope local|user|project] [--from-source] [--command PATH]
#   --scope        where Claude Code keeps the registration (default: user, every project).
#                  project writes the team's .mcp.json, so it registers the command name
#                  mcp-postmortem, which each teammate installs (install-tool.sh), never a path
#                  that exists only on this machine.
#   --from-source  use the source build even when the tool is installed (not with --scope project)
#   --command      start this executable (for example a tool installed with --tool-path)
set -euo pipefail

scope="user"
from_source=""
forced_command=""
while [ $# -gt 0 ]; do
  case "$1" in
    --scope|--command)
      if [ $# -lt 2 ]; then
        echo "$1 needs a value (see --help)" >&2
        exit 2
      fi
      if [ "$1" = "--scope" ]; then scope="$2"; else forced_command="$2"; fi
      shift 2 ;;
    --from-source) from_source="yes"; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "Unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

case "$scope" in
  local|user|project) ;;
  *) echo "--scope must be local, user or project, not '$scope'" >&2; exit 2 ;;
esac

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command=()
if [ "$scope" = "project" ] && [ -z "$forced_command" ]; then
  # The project's .mcp.json travels to every teammate: only the command name works everywhere.
  if [ -n "$from_source" ]; then
    echo "--from-source registers a script path on this machine, which teammates do not have;" >&2
    echo "it cannot go into the project's shared .mcp.json. Use --scope local or user for that." >&2
    exit 2
  fi
  if ! command -v mcp-postmortem >/dev/null 2>&1 && [ ! -x "$HOME/.dotnet/tools/mcp-postmortem" ]; then
    echo "--scope project registers the command mcp-postmortem for the whole team, and it is not" >&2
    echo "installed here. Install it first (each teammate does the same):" >&2
    echo "  bash $here/install-tool.sh" >&2
    echo "or pass --command mcp-postmortem to register the name anyway." >&2
    exit 1
  fi
  command=(mcp-postmortem)
else
  # shellcheck source=server-command.sh
  source "$here/server-command.sh"
  while IFS= read -r part; do
    command+=("$part")
  done < <(server_command "$forced_command" "$from_source")
  if [ "${#command[@]}" -eq 0 ]; then
    exit 1
  fi
fi

if [ "$scope" = "project" ] && [ "${command[0]#/}" != "${command[0]}" ]; then
  echo "Note: ${command[0]} is a path on this machine; teammates need the same path for .mcp.json." >&2
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
if [ "${command[0]}" = "bash" ]; then
  echo "Note: this runs from source and builds on its first start, which can outlast Claude Code's" >&2
  echo "start timeout. Install the tool once instead: bash $here/install-tool.sh" >&2
fi

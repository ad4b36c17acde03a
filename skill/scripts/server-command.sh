#!/usr/bin/env bash
# Prints how a client should start the server, one argument per line: the installed tool when
# there is one, else this repository's run-server.sh (which builds from source). Sourced by the
# register scripts; --command PATH or --from-source in their arguments override the choice.
set -euo pipefail

server_command() {
  local forced_command="$1" from_source="$2"
  local here root
  here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  root="$(cd "$here/../.." && pwd)"

  if [ -n "$forced_command" ]; then
    printf '%s\n' "$forced_command"
    return
  fi

  if [ -z "$from_source" ]; then
    if command -v mcp-postmortem >/dev/null 2>&1; then
      printf '%s\n' "mcp-postmortem"
      return
    fi

    if [ -x "$HOME/.dotnet/tools/mcp-postmortem" ]; then
      printf '%s\n' "$HOME/.dotnet/tools/mcp-postmortem"
      return
    fi
  fi

  if [ ! -f "$root/src/McpPostmortem/McpPostmortem.csproj" ]; then
    echo "mcp-postmortem is not installed and there is no source to build beside this script." >&2
    echo "Install it from a clone of the repository: bash skill/scripts/install-tool.sh" >&2
    return 1
  fi

  printf '%s\n' "bash" "$root/skill/scripts/run-server.sh"
}

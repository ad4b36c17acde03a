#!/usr/bin/env bash
# Builds the mcp-postmortem .NET tool package from this repository and installs it, so every
# client (and the Claude Code plugin) starts the command `mcp-postmortem` at once instead of
# building on first start. Run it once before registering the server or installing the plugin,
# and again after pulling a new version. Needs the .NET 10 SDK; the build takes a minute or more.
#
# Usage: install-tool.sh [--native] [--tool-path DIR]
#   --native         the Native AOT package for this machine: starts faster, no JIT. Linux needs
#                    clang and zlib1g-dev, macOS the Xcode command line tools.
#   --tool-path DIR  install into DIR (for example .tools) instead of ~/.dotnet/tools
set -euo pipefail

native=""
tool_path=""
while [ $# -gt 0 ]; do
  case "$1" in
    --native) native="yes"; shift ;;
    --tool-path)
      if [ $# -lt 2 ]; then
        echo "--tool-path needs a folder (see --help)" >&2
        exit 2
      fi
      tool_path="$2"; shift 2 ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    *) echo "Unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
project="$root/src/McpPostmortem/McpPostmortem.csproj"
if [ ! -f "$project" ]; then
  echo "No source at $project: run this script from a clone of the repository." >&2
  exit 1
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is needed to build the tool; dotnet was not found on PATH." >&2
  exit 127
fi

version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props")"
packages="$root/artifacts/packages"
mkdir -p "$packages"
rm -f "$packages"/McpPostmortem*."$version".nupkg

if [ -n "$native" ]; then
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) rid="linux-x64" ;;
    Linux-aarch64|Linux-arm64) rid="linux-arm64" ;;
    Darwin-x86_64) rid="osx-x64" ;;
    Darwin-arm64) rid="osx-arm64" ;;
    *) echo "No Native AOT package for $(uname -s) $(uname -m); run without --native." >&2; exit 1 ;;
  esac
  package="McpPostmortem.Native"
  echo "Packing $package $version for $rid (Native AOT; a few minutes)..."
  dotnet pack "$project" -c Release -p:PostmortemNative=true -o "$packages" -nologo -v quiet
  dotnet pack "$project" -c Release -r "$rid" -p:PostmortemNative=true -o "$packages" -nologo -v quiet
else
  package="McpPostmortem"
  echo "Packing $package $version (framework-dependent: runs wherever .NET 10 runs)..."
  dotnet pack "$project" -c Release -o "$packages" -nologo -v quiet
fi

if [ -n "$tool_path" ]; then
  where=(--tool-path "$tool_path")
  command_path="$(cd "$(dirname "$tool_path")" && pwd)/$(basename "$tool_path")/mcp-postmortem"
else
  where=(--global)
  command_path="$HOME/.dotnet/tools/mcp-postmortem"
fi

# Both packages install the command mcp-postmortem, and a rebuilt package keeps its version
# number, so whatever is installed there goes first.
for installed in McpPostmortem McpPostmortem.Native; do
  dotnet tool uninstall "${where[@]}" "$installed" >/dev/null 2>&1 || true
done

# --source replaces the configured feeds: the package comes from this folder, with no network.
dotnet tool install "${where[@]}" --source "$packages" "$package" --version "$version"

echo "Installed $package $version: $command_path"
if [ -z "$tool_path" ] && ! command -v mcp-postmortem >/dev/null 2>&1; then
  echo "Note: $HOME/.dotnet/tools is not on PATH in this shell. Add it (export PATH=\"\$PATH:\$HOME/.dotnet/tools\")"
  echo "or give clients the full path above. The register scripts find it either way."
fi

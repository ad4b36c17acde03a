#!/usr/bin/env bash
# Installs the server and the skill the way a new user would, and checks that they work:
#   1. dotnet pack the framework-dependent tool package; install it from the local folder with the
#      network cut off; the installed command answers initialize, tools/list and a small session.
#   2. The same for the Native AOT package for linux-x64 (pointer package + RID package).
#   3. The skills installer from npm (skills@1.5.18, the last one for Node 20) installs the skill
#      from a clean copy of the repository; SKILL.md's links resolve in the installed copy.
#   4. Client configurations: Claude Code (claude mcp add via the register script, the plugin),
#      VS Code (.vscode/mcp.json via the register script) and the example files under skill/clients.
# Slow (a Native AOT build takes minutes), so CI runs it apart from the unit tests.
# PACKAGE_CHECK_AOT=0 skips step 2; PACKAGE_CHECK_CLAUDE=0 skips the Claude Code checks of step 4.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$root/Directory.Build.props")"
project="$root/src/McpPostmortem/McpPostmortem.csproj"
skills_version="1.5.18"
claude_version="2.1.197"

step() { printf '\n== %s\n' "$*"; }

# Runs a command with no network at all, when this machine lets us make a network namespace.
offline() {
  if unshare -n true 2>/dev/null; then
    unshare -n "$@"
  else
    echo "(unshare -n is not available here; running with the network)" >&2
    "$@"
  fi
}

# The package carries the repository's .mcp/server.json and is typed as a tool and an MCP server.
check_package() {
  local package="$1" folder="$2"
  python3 - "$folder/$package.$version.nupkg" "$root/src/McpPostmortem/.mcp/server.json" <<'PY'
import json, sys, zipfile
nupkg, server_json = sys.argv[1:]
with zipfile.ZipFile(nupkg) as z:
    packed = json.loads(z.read(".mcp/server.json"))
    nuspec = next(z.read(n).decode("utf-8-sig") for n in z.namelist() if n.endswith(".nuspec"))
with open(server_json, encoding="utf-8") as f:
    assert packed == json.load(f), ".mcp/server.json in the package differs from the repository's"
for kind in ("DotnetTool", "McpServer"):
    assert f'<packageType name="{kind}" />' in nuspec, f"package type {kind} missing from the nuspec"
print(f"{nupkg.rsplit('/', 1)[-1]}: .mcp/server.json matches; nuspec has the expected package types")
PY
}

step "Framework-dependent package McpPostmortem $version"
packages="$work/packages"
dotnet pack "$project" -c Release -o "$packages" -nologo -v quiet
ls -l "$packages"
check_package McpPostmortem "$packages"
offline dotnet tool install --tool-path "$work/tools" --source "$packages" McpPostmortem --version "$version"
offline node "$root/.ci/mcp-smoke.mjs" "$work/tools/mcp-postmortem" --dir "$work/postmortems"

if [ "${PACKAGE_CHECK_AOT:-1}" != "0" ]; then
  step "Native AOT package McpPostmortem.Native $version for linux-x64"
  if ! command -v clang >/dev/null 2>&1 || [ ! -f /usr/include/zlib.h ]; then
    apt-get update -qq
    apt-get install -y -qq clang zlib1g-dev
  fi
  native="$work/native"
  dotnet pack "$project" -c Release -p:PostmortemNative=true -o "$native" -nologo -v quiet
  dotnet pack "$project" -c Release -r linux-x64 -p:PostmortemNative=true -o "$native" -nologo -v quiet
  ls -l "$native"
  check_package McpPostmortem.Native "$native"
  offline dotnet tool install --tool-path "$work/native-tools" --source "$native" McpPostmortem.Native \
    --version "$version"
  file -L "$work/native-tools/mcp-postmortem" || true
  offline node "$root/.ci/mcp-smoke.mjs" "$work/native-tools/mcp-postmortem" --dir "$work/postmortems"
fi

step "A clean copy of the repository, as a new user clones it"
clone="$work/clone"
mkdir -p "$clone"
git -C "$root" ls-files -z | (cd "$root" && xargs -0 cp --parents -t "$clone")
echo "$(git -C "$root" ls-files | wc -l) tracked files copied to $clone"

step "install-tool.sh, the documented first install: packs the clone and installs the tool"
# A home of its own, so the tool lands where a new user's would; the NuGet cache stays the shared one.
mkdir -p "$work/install-home"
HOME="$work/install-home" NUGET_PACKAGES="${NUGET_PACKAGES:-$HOME/.nuget/packages}" \
  bash "$clone/skill/scripts/install-tool.sh"
installed_tool="$work/install-home/.dotnet/tools/mcp-postmortem"
test -x "$installed_tool" || { echo "install-tool.sh installed no $installed_tool" >&2; exit 1; }
node "$root/.ci/mcp-smoke.mjs" "$installed_tool" --dir "$work/postmortems" | tail -1

step "The skills installer (npm skills@$skills_version) installs the skill from a local path"
npm install --prefix "$work/npm" --no-audit --no-fund --silent "skills@$skills_version"
user_project="$work/user-project"
mkdir -p "$user_project"
(cd "$user_project" && DO_NOT_TRACK=1 DISABLE_TELEMETRY=1 HOME="$work/home" \
  "$work/npm/node_modules/.bin/skills" add "$clone" --agent claude-code --yes --copy) \
  | sed 's/\x1b\[[0-9;?]*[A-Za-z]//g' | grep -E "Installed|postmortem|Done" || true
installed="$user_project/.claude/skills/postmortem"
test -f "$installed/SKILL.md" || { echo "The skills installer put no SKILL.md in $installed" >&2; exit 1; }
node "$root/.ci/skill-links.mjs" "$installed"

step "VS Code: register-vscode.sh writes .vscode/mcp.json, and its command serves MCP"
bash "$clone/skill/scripts/register-vscode.sh" "$user_project" --command "$work/tools/mcp-postmortem"
mapfile -t vscode_command < <(node -e '
  const s = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).servers.postmortem;
  if (s.type !== "stdio") { process.exit(1); }
  for (const part of [s.command, ...s.args]) { console.log(part); }' "$user_project/.vscode/mcp.json")
node "$root/.ci/mcp-smoke.mjs" "${vscode_command[@]}" --dir "$work/postmortems" | tail -1

step "Example client files under skill/clients start the installed command"
for file in project.mcp.json vscode-mcp.json claude-desktop.json; do
  mapfile -t example < <(node -e '
    const c = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const s = (c.mcpServers || c.servers).postmortem;
    console.log(s.command.split("/").pop());' "$clone/skill/clients/$file")
  PATH="$work/tools:$PATH" node "$root/.ci/mcp-smoke.mjs" "${example[0]}" --dir "$work/postmortems" \
    | tail -1 | sed "s/^/$file: /"
done

if [ "${PACKAGE_CHECK_CLAUDE:-1}" != "0" ]; then
  step "Claude Code $claude_version: claude mcp add through register-claude-code.sh"
  npm install --prefix "$work/npm" --no-audit --no-fund --silent "@anthropic-ai/claude-code@$claude_version"
  claude_home="$work/claude-home"
  mkdir -p "$claude_home"
  export HOME="$claude_home" CLAUDE_CONFIG_DIR="$claude_home/.claude"
  export PATH="$work/npm/node_modules/.bin:$PATH"
  claude --version
  bash "$clone/skill/scripts/register-claude-code.sh" --command "$work/tools/mcp-postmortem"
  listing="$(cd "$user_project" && claude mcp list 2>&1)"
  echo "$listing"
  grep -q "^postmortem: .*Connected" <<<"$listing" || { echo "claude mcp list: postmortem not connected" >&2; exit 1; }

  step "Claude Code plugin: marketplace add, install, the skill and the server"
  claude plugin marketplace add "$clone"
  claude plugin install mcp-postmortem@mcp-postmortem
  details="$(claude plugin details mcp-postmortem@mcp-postmortem 2>&1)"
  echo "$details" | sed -n '1,12p'
  grep -qE "Skills \(1\) +postmortem" <<<"$details" || { echo "The plugin has no postmortem skill" >&2; exit 1; }
  claude mcp remove --scope user postmortem >/dev/null
  # The documented order: install-tool.sh first, then the plugin, whose run-server.sh finds the
  # tool in ~/.dotnet/tools (not on PATH here) and starts it at once.
  mkdir -p "$HOME/.dotnet/tools"
  cp -R "$work/install-home/.dotnet/tools/." "$HOME/.dotnet/tools/"
  listing="$(cd "$user_project" && claude mcp list 2>&1)"
  echo "$listing"
  grep -q "^plugin:mcp-postmortem:postmortem: .*Connected" <<<"$listing" \
    || { echo "The plugin's server did not connect with the installed tool" >&2; exit 1; }
  rm -rf "$HOME/.dotnet/tools"
  # Without a tool the plugin builds its own source on first start. The build outlasts the 30 s
  # start timeout on a cold machine; it runs detached, so after it ends the next start connects.
  plugin_script="$(sed -n 's/^plugin:mcp-postmortem:postmortem: bash \(.*run-server\.sh\) - .*/\1/p' <<<"$listing")"
  (cd "$user_project" && claude mcp list >/dev/null 2>&1) || true
  plugin_root="$(cd "$(dirname "$plugin_script")/../.." && pwd)"
  for _ in $(seq 1 600); do
    if [ -f "$plugin_root/artifacts/run-server/built" ] && ! pgrep -f "$plugin_root/src/McpPostmortem" >/dev/null; then
      break
    fi
    sleep 1
  done
  listing="$(cd "$user_project" && claude mcp list 2>&1)"
  echo "$listing"
  grep -q "^plugin:mcp-postmortem:postmortem: .*Connected" <<<"$listing" \
    || { echo "The plugin's server did not connect from source after its build" >&2; exit 1; }
fi

step "package-check: all checks passed"

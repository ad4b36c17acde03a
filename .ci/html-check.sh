#!/usr/bin/env bash
# HTML check: opens rendered postmortems in headless Chromium (Debian's chromium package) and checks
# that the page renders (screenshot not blank, headings in the DOM, no console messages). The check is
# an xunit test that skips where Chromium is missing; here a missing Chromium is installed, and
# MCP_POSTMORTEM_REQUIRE_CHROMIUM=1 turns any remaining absence into a failure.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -x /usr/bin/chromium ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
fi

/usr/bin/chromium --version
MCP_POSTMORTEM_REQUIRE_CHROMIUM=1 dotnet test tests/McpPostmortem.Core.Tests \
  --filter "FullyQualifiedName~ChromiumRenderTests" --logger "console;verbosity=detailed"

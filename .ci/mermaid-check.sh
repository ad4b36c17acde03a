#!/usr/bin/env bash
# Proves the timeline charts are valid Mermaid: exports the rendered documents of the three shared
# scenarios (plus edge cases) from the unit tests, then renders every ```mermaid block with the
# pinned Mermaid library in headless Chromium (Debian's package). Fails on any parse error.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
check="$root/.ci/mermaid"

if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

(cd "$check" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
MERMAID_EXPORT_DIR="$out" dotnet test "$root/tests/McpPostmortem.Core.Tests" \
  --filter "FullyQualifiedName~IncidentChartTests" --nologo -v q
node "$check/render-charts.mjs" "$out"

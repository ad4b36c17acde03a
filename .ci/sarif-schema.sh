#!/usr/bin/env bash
# Installs the SARIF 2.1.0 JSON schema (shipped in the npm package @microsoft/jest-sarif) where
# SarifWriterTests looks for it: .ci/npm/node_modules/@microsoft/jest-sarif/lib/schemas/.
# Without it the schema-validation test skips with a message; CI must run this first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$root/.ci/npm"
echo "*" > "$root/.ci/npm/.gitignore"   # tool installs are never committed
cd "$root/.ci/npm"
[ -f package.json ] || echo '{ "name": "mcp-postmortem-ci-tools", "private": true }' > package.json
npm install --no-audit --no-fund --no-save @microsoft/jest-sarif@1.0.0-beta.0 >/dev/null
test -f node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json
echo "SARIF schema installed under .ci/npm/node_modules/@microsoft/jest-sarif/lib/schemas/"

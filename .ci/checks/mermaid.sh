#!/usr/bin/env bash
# Every Mermaid chart the tests export is rendered by the Mermaid library in headless Chromium
# (.ci/mermaid-check.sh). Records one line in TestResults/checks.txt.
set -uo pipefail
cd "$(dirname "$0")/../.."
mkdir -p TestResults

if bash .ci/mermaid-check.sh; then
  echo "pass mermaid-charts-render" | tee -a TestResults/checks.txt
else
  echo "fail mermaid-charts-render" | tee -a TestResults/checks.txt
  exit 1
fi

#!/usr/bin/env bash
# The MCP Inspector CLI and the official TypeScript SDK client drive the built server through a whole
# postmortem and a cancelled call (.ci/real-clients.sh). Records one line in TestResults/checks.txt.
set -uo pipefail
cd "$(dirname "$0")/../.."
mkdir -p TestResults

# CI built the solution in Debug; the script builds that configuration if it is missing.
if bash .ci/real-clients.sh Debug; then
  echo "pass real-clients" | tee -a TestResults/checks.txt
else
  echo "fail real-clients" | tee -a TestResults/checks.txt
  exit 1
fi

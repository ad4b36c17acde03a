#!/usr/bin/env bash
# The tool packages installed offline from a local folder, the skills installer, the client
# configurations and the Claude Code plugin, as a new user meets them (.ci/package-check.sh).
# Records one line in TestResults/checks.txt.
set -uo pipefail
cd "$(dirname "$0")/../.."
mkdir -p TestResults

if bash .ci/package-check.sh; then
  echo "pass package-install-and-clients" | tee -a TestResults/checks.txt
else
  echo "fail package-install-and-clients" | tee -a TestResults/checks.txt
  exit 1
fi

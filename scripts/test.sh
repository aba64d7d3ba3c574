#!/usr/bin/env bash
# Runs every test. The end-to-end tests start their own Azurite (from the project's npm lockfile) on free ports
# with a throw-away data folder, and the real server against it; the console's browser tests drive Debian's Chromium
# (installed here with apt-get when missing, or named by CHROMIUM_PATH). Nothing else needs to be running.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium > /dev/null; then
  SUDO=$([ "$(id -u)" -eq 0 ] || echo sudo)
  $SUDO apt-get update -q
  $SUDO apt-get install -y -q chromium
fi
dotnet test ClearanceWorkflow.sln "$@"

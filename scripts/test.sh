#!/usr/bin/env bash
# Runs every test. The end-to-end tests start their own Azurite (from the project's npm lockfile) on free ports
# with a throw-away data folder, and the real server against it; nothing else needs to be running.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund
dotnet test ClearanceWorkflow.sln "$@"

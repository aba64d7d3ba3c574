#!/usr/bin/env bash
# Runs the service locally: Azurite (installed from the project's npm lockfile, data in .azurite/, bound to
# 127.0.0.1) and the self-hosted server on http://127.0.0.1:7071. Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund
mkdir -p .azurite
# Its own session, so Ctrl+C reaches the server first; the emulator stops after the server has shut down cleanly.
setsid node_modules/.bin/azurite --silent --skipApiVersionCheck --disableTelemetry --location .azurite \
  --blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 &
azurite=$!
# Azurite sometimes stays up after closing its services: it gets 5 s to exit on its own, then it is killed.
stop_azurite() {
  kill "$azurite" 2>/dev/null || return 0
  for _ in $(seq 1 25); do kill -0 "$azurite" 2>/dev/null || return 0; sleep 0.2; done
  kill -9 "$azurite" 2>/dev/null || true
}
trap stop_azurite EXIT INT TERM

# The server waits for storage itself; this only makes a missing emulator fail fast with a clear message.
for _ in $(seq 1 50); do
  (exec 3<>/dev/tcp/127.0.0.1/10000) 2>/dev/null && break
  kill -0 "$azurite" 2>/dev/null || { echo "Azurite did not start" >&2; exit 1; }
  sleep 0.2
done

ASPNETCORE_ENVIRONMENT=Development dotnet run --project functions/ClearanceWorkflow.Server --no-launch-profile

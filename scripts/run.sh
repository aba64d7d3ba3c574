#!/usr/bin/env bash
# Runs the service locally: Azurite (installed from the project's npm lockfile, data in .azurite/, bound to
# 127.0.0.1) and the self-hosted server on http://127.0.0.1:7071. Ctrl+C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x node_modules/.bin/azurite ] || npm ci --no-audit --no-fund
mkdir -p .azurite
# One process per storage service, so one service's whole-file save never stalls the other two and the emulator is
# not held to one thread. Each in its own session, so Ctrl+C reaches the server first; the emulator stops after the
# server has shut down cleanly.
azurite=()
for service in blob queue table; do
  setsid node_modules/.bin/azurite-$service --silent --skipApiVersionCheck --disableTelemetry --location .azurite \
    --${service}Host 127.0.0.1 &
  azurite+=($!)
done
# Stopped with SIGINT: Azurite's table service (3.37) saves its data on SIGINT only; a SIGTERM would lose what it
# wrote in its last 5 s. Azurite sometimes stays up after closing its service: it gets 5 s to exit, then it is killed.
running() { for pid in "${azurite[@]}"; do kill -0 "$pid" 2>/dev/null && return 0; done; return 1; }
stop_azurite() {
  kill -INT "${azurite[@]}" 2>/dev/null || true
  for _ in $(seq 1 25); do running || return 0; sleep 0.2; done
  kill -9 "${azurite[@]}" 2>/dev/null || true
}
trap stop_azurite EXIT INT TERM

# The server waits for storage itself; this only makes a missing emulator fail fast with a clear message.
for port in 10000 10001 10002; do
  for _ in $(seq 1 50); do
    (exec 3<>/dev/tcp/127.0.0.1/$port) 2>/dev/null && break
    for pid in "${azurite[@]}"; do
      kill -0 "$pid" 2>/dev/null || { echo "Azurite did not start" >&2; exit 1; }
    done
    sleep 0.2
  done
done

ASPNETCORE_ENVIRONMENT=Development dotnet run --project functions/ClearanceWorkflow.Server --no-launch-profile

#!/usr/bin/env bash
# Regenerates the C# client (clients/ClearanceWorkflow.Client/Generated) from the OpenAPI document kept in the
# repository, with the Kiota version pinned in dotnet-tools.json. After a change to the contract: run the tests with
# UPDATE_OPENAPI=1 (rewrites the document from the server), then this, and commit both.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore
dotnet kiota generate --language CSharp \
  --openapi functions/ClearanceWorkflow.Service/Http/OpenApi/openapi.json \
  --class-name ClearanceApiClient --namespace-name ClearanceWorkflow.Client \
  --output clients/ClearanceWorkflow.Client/Generated \
  --exclude-backward-compatible --clean-output

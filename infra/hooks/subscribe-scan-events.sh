#!/bin/sh
# azd postdeploy hook. Event Grid checks a webhook when a subscription is created, and the blob extension's key in
# that webhook exists only once the deployed code runs IngestScan. So the first `azd up` provisions without the
# subscription on scans, deploys the code, and this hook provisions once more with it; from then on every
# provision includes it and this hook does nothing.
set -eu

if [ "${SUBSCRIBE_SCAN_EVENTS:-false}" = "true" ]; then
  exit 0
fi

echo "Subscribing IngestScan to new blobs in scans (provisioning once more)..."
azd env set SUBSCRIBE_SCAN_EVENTS true
azd provision --no-prompt

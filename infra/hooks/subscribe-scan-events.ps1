# azd postdeploy hook (Windows): the same as subscribe-scan-events.sh. The subscription on scans needs the blob
# extension's key, which exists only once the deployed code runs, so the first deployment provisions once more.
$ErrorActionPreference = 'Stop'

if ($env:SUBSCRIBE_SCAN_EVENTS -eq 'true') {
    exit 0
}

Write-Host 'Subscribing IngestScan to new blobs in scans (provisioning once more)...'
azd env set SUBSCRIBE_SCAN_EVENTS true
if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
azd provision --no-prompt
exit $LASTEXITCODE

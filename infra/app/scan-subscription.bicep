// Delivers BlobCreated events of the scans container to IngestScan through the blob extension's webhook. The
// webhook's key (the host's blobs_extension system key) exists only once the app's code runs, and Event Grid
// validates the endpoint when the subscription is created: so this module is deployed only after the code
// (main.bicep's subscribeScanEvents, set by the postdeploy hook).

param systemTopicName string
param appName string

@description('The blob-triggered function fed by the subscription.')
param functionName string = 'IngestScan'

param scansContainerName string = 'scans'

resource app 'Microsoft.Web/sites@2024-11-01' existing = {
  name: appName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

var blobsExtensionKey = listKeys('${app.id}/host/default', '2024-11-01').systemKeys.blobs_extension

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: 'ingest-scans'
  properties: {
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'
        maxEventsPerBatch: 1
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${scansContainerName}/'
    }
    eventDeliverySchema: 'EventGridSchema'
    retryPolicy: {
      maxDeliveryAttempts: 30
      eventTimeToLiveInMinutes: 1440
    }
  }
}

// The Event Grid system topic of the storage account. Flex Consumption has no polling blob trigger: IngestScan's
// blob trigger (Source = EventGrid) is fed by a subscription to this topic (scan-subscription.bicep).

param name string
param location string
param tags object
param storageAccountName string

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

output name string = topic.name

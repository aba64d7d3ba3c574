// The storage account behind everything: the service's containers and tables, the durable task hub, the Functions
// host's own state and the deployment package. Only Entra identities reach it: shared keys and anonymous blob
// access are off.

param name string
param location string
param tags object

@description('Blob container Flex Consumption deploys the app package from.')
param deploymentContainerName string

@description('Replication of the account.')
@allowed([
  'Standard_LRS'
  'Standard_ZRS'
  'Standard_GRS'
  'Standard_GZRS'
])
param skuName string = 'Standard_LRS'

@description('Days the audit of staff access is kept: immutable (append only) for this long, then deleted.')
@minValue(1)
param auditRetentionDays int = 365

// The names in functions/ClearanceWorkflow.Service/Storage/StorageNames.cs; a test keeps the two lists equal.
var serviceContainerNames = [
  'scans'
  'documents'
  'quarantine'
  'correspondence'
  'audit'
]
var serviceTableNames = [
  'CaseTimeline'
  'CaseIndex'
  'Outbox'
  'Verifications'
  'IdempotencyKeys'
  'HistoryPurges'
  'CaseRecords'
  'ClosedCases'
]
// The task hub's queues, tables and lease blobs are created by the durable extension at start-up (names derive
// from hubName in host.json), as are the host's own containers; the app's identity has the data roles for that.

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: skuName
  }
  properties: {
    accessTier: 'Hot'
    allowBlobPublicAccess: false
    allowSharedKeyAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      defaultAction: 'Allow'
      bypass: 'AzureServices'
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: storage
  name: 'default'
  properties: {
    // Penal Code 851.8 destruction and the end of a retention period must leave nothing to restore: a deleted blob
    // is gone at once (no blob soft delete, no versions, no snapshots kept, no change feed of blob names). A
    // container deleted by mistake can still be restored for a week; the service never deletes a container.
    deleteRetentionPolicy: {
      enabled: false
    }
    isVersioningEnabled: false
    changeFeed: {
      enabled: false
    }
    restorePolicy: {
      enabled: false
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: 7
    }
  }
}

resource serviceContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [
  for containerName in serviceContainerNames: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

// The audit: the service can append to its blobs but nobody, the service included, can change or delete them until the
// retention period has passed (time-based retention with protected append writes); then the lifecycle rule deletes them.
resource auditContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' existing = {
  parent: blobService
  name: 'audit'
}

resource auditImmutability 'Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies@2025-01-01' = {
  parent: auditContainer
  name: 'default'
  properties: {
    immutabilityPeriodSinceCreationInDays: auditRetentionDays
    allowProtectedAppendWritesAll: true
  }
  dependsOn: [
    serviceContainers
  ]
}

resource lifecycle 'Microsoft.Storage/storageAccounts/managementPolicies@2025-01-01' = {
  parent: storage
  name: 'default'
  properties: {
    policy: {
      rules: [
        {
          name: 'audit-retention'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: {
              blobTypes: [
                'appendBlob'
              ]
              prefixMatch: [
                'audit/'
              ]
            }
            actions: {
              baseBlob: {
                delete: {
                  daysAfterCreationGreaterThan: auditRetentionDays
                }
              }
            }
          }
        }
      ]
    }
  }
}

resource deploymentContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = {
  parent: blobService
  name: deploymentContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: storage
  name: 'default'
}

resource serviceTables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [
  for tableName in serviceTableNames: {
    parent: tableService
    name: tableName
  }
]

output name string = storage.name
output id string = storage.id
output blobEndpoint string = storage.properties.primaryEndpoints.blob

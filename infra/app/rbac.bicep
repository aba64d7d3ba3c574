// Every role assignment, named guid(scope, principal, role) so that provisioning again changes nothing.

param storageAccountName string
param applicationInsightsName string

@description('Principal id of the function app\'s managed identity.')
param appPrincipalId string

@description('Principal (object) id allowed to write scans, or empty for none.')
param scannerPrincipalId string = ''

@allowed([
  'ServicePrincipal'
  'Group'
  'User'
])
param scannerPrincipalType string = 'ServicePrincipal'

param scansContainerName string = 'scans'

var roles = {
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageBlobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

// The host leases blobs and creates its containers (Owner), the task hub lives in queues and tables, and the
// service's own containers and tables are read and written by the same identity.
var appStorageRoles = [
  roles.storageBlobDataOwner
  roles.storageQueueDataContributor
  roles.storageTableDataContributor
]

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource scans 'containers' existing = {
      name: scansContainerName
    }
  }
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource appStorageAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for role in appStorageRoles: {
    name: guid(storage.id, appPrincipalId, role)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
      principalId: appPrincipalId
      principalType: 'ServicePrincipal'
    }
  }
]

resource appTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(applicationInsights.id, appPrincipalId, roles.monitoringMetricsPublisher)
  scope: applicationInsights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Scanning stations create blobs and do nothing else: no built-in role is that narrow (Storage Blob Data Contributor
// also reads, lists and deletes), so a custom role holds only the write data actions.
resource scanWriter 'Microsoft.Authorization/roleDefinitions@2022-04-01' = if (!empty(scannerPrincipalId)) {
  name: guid(resourceGroup().id, 'clearanceworkflow-scan-writer')
  properties: {
    roleName: 'ClearanceWorkflow scan writer (${resourceGroup().name})'
    description: 'Creates blobs in the container it is assigned on: no read, list or delete.'
    type: 'CustomRole'
    assignableScopes: [
      resourceGroup().id
    ]
    permissions: [
      {
        actions: []
        notActions: []
        dataActions: [
          'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/write'
          'Microsoft.Storage/storageAccounts/blobServices/containers/blobs/add/action'
        ]
        notDataActions: []
      }
    ]
  }
}

// The role is scoped to the scans container: scanning stations write there and nowhere else.
resource scannerAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(scannerPrincipalId)) {
  name: guid(storage::blobService::scans.id, scannerPrincipalId, 'clearanceworkflow-scan-writer')
  scope: storage::blobService::scans
  properties: {
    roleDefinitionId: scanWriter.id
    principalId: scannerPrincipalId
    principalType: scannerPrincipalType
  }
}

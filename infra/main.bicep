// ClearanceWorkflow in Azure: the Functions app on Flex Consumption with its storage, monitoring, Entra sign-in,
// role assignments and the Event Grid feed of scans. `azd up` deploys this at subscription scope; the README's
// "Running in Azure" says what each parameter is for.
targetScope = 'subscription'

@minLength(1)
@maxLength(64)
@description('Name of the azd environment; it names the resource group and seeds the unique names of the rest.')
param environmentName string

@minLength(1)
@description('Region of every resource; it must offer Flex Consumption.')
@metadata({
  azd: {
    type: 'location'
  }
})
param location string

@minLength(36)
@maxLength(36)
@description('Application (client) id of the Entra app registration with the staff app roles (README: "Staff sign-in").')
param authClientId string

@secure()
@minLength(16)
@description('Key of the HMAC that derives applicants\' access codes. azd generates it once per environment and keeps it; changing it invalidates every access code already sent.')
@metadata({
  azd: {
    type: 'generate'
    config: {
      length: 48
      noSpecial: true
    }
  }
})
param accessCodeSecret string

@description('Principal (object) id of the scanning stations\' identity (or a group of them), given write access to the scans container only; empty for none.')
param scannerPrincipalId string = ''

@description('Kind of principal scannerPrincipalId is.')
@allowed([
  'ServicePrincipal'
  'Group'
  'User'
])
param scannerPrincipalType string = 'ServicePrincipal'

@description('Create the Event Grid subscription that feeds scans to IngestScan; possible only once the code is deployed (the postdeploy hook sets it).')
param subscribeScanEvents bool = false

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = {
  'azd-env-name': environmentName
}
var functionAppName = '${abbrs.webSitesFunctions}api-${resourceToken}'
var deploymentContainerName = 'app-package'

resource rg 'Microsoft.Resources/resourceGroups@2024-11-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module identity 'app/identity.bicep' = {
  name: 'identity'
  scope: rg
  params: {
    name: '${abbrs.managedIdentityUserAssignedIdentities}api-${resourceToken}'
    location: location
    tags: tags
  }
}

module storage 'app/storage.bicep' = {
  name: 'storage'
  scope: rg
  params: {
    name: '${abbrs.storageStorageAccounts}${resourceToken}'
    location: location
    tags: tags
    deploymentContainerName: deploymentContainerName
  }
}

module monitoring 'app/monitoring.bicep' = {
  name: 'monitoring'
  scope: rg
  params: {
    logAnalyticsName: '${abbrs.operationalInsightsWorkspaces}${resourceToken}'
    applicationInsightsName: '${abbrs.insightsComponents}${resourceToken}'
    location: location
    tags: tags
  }
}

module rbac 'app/rbac.bicep' = {
  name: 'rbac'
  scope: rg
  params: {
    storageAccountName: storage.outputs.name
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    appPrincipalId: identity.outputs.principalId
    scannerPrincipalId: scannerPrincipalId
    scannerPrincipalType: scannerPrincipalType
  }
}

module api 'app/api.bicep' = {
  name: 'api'
  scope: rg
  params: {
    name: functionAppName
    planName: '${abbrs.webServerFarms}${resourceToken}'
    location: location
    tags: tags
    identityId: identity.outputs.id
    identityClientId: identity.outputs.clientId
    storageAccountName: storage.outputs.name
    deploymentContainerName: deploymentContainerName
    applicationInsightsName: monitoring.outputs.applicationInsightsName
    accessCodeSecret: accessCodeSecret
  }
  // The app starts with its identity's roles in place, or its first start-up fails to reach storage.
  dependsOn: [
    rbac
  ]
}

module auth 'app/auth.bicep' = {
  name: 'auth'
  scope: rg
  params: {
    appName: api.outputs.name
    clientId: authClientId
  }
}

module scanEvents 'app/scan-events.bicep' = {
  name: 'scan-events'
  scope: rg
  params: {
    name: '${abbrs.eventGridSystemTopics}scans-${resourceToken}'
    location: location
    tags: tags
    storageAccountName: storage.outputs.name
  }
}

module scanSubscription 'app/scan-subscription.bicep' = if (subscribeScanEvents) {
  name: 'scan-subscription'
  scope: rg
  params: {
    systemTopicName: scanEvents.outputs.name
    appName: api.outputs.name
  }
  dependsOn: [
    auth
  ]
}

output AZURE_LOCATION string = location
output AZURE_TENANT_ID string = tenant().tenantId
output AZURE_RESOURCE_GROUP string = rg.name
output AZURE_FUNCTION_APP_NAME string = api.outputs.name
output SERVICE_API_NAME string = api.outputs.name
output SERVICE_API_URI string = api.outputs.uri
output API_IDENTITY_PRINCIPAL_ID string = identity.outputs.principalId
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name
output SCANS_CONTAINER_URL string = '${storage.outputs.blobEndpoint}scans'

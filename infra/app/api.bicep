// The Functions app on Flex Consumption: .NET 10 isolated worker, deployed from a blob container, reaching storage
// and Application Insights with its user-assigned identity only. Its app settings are every setting the code reads
// (a test compares them with local.settings.sample.json); the runtime itself is named by functionAppConfig, because
// Flex Consumption takes no FUNCTIONS_WORKER_RUNTIME setting.

param name string
param planName string
param location string
param tags object

@description('The azd service name in azure.yaml; azd finds the app by this tag.')
param serviceName string = 'api'

param identityId string
param identityClientId string
param storageAccountName string
param deploymentContainerName string
param applicationInsightsName string

@secure()
@minLength(16)
@description('Key of the HMAC that derives applicants\' access codes from case numbers.')
param accessCodeSecret string

@description('Public lookups (status, verify) allowed per client address per minute.')
param publicRequestsPerMinute int = 30

@description('The most instances Flex Consumption scales the app out to.')
param maximumInstanceCount int = 100

@description('Memory of each instance.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource applicationInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': serviceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identityId
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: instanceMemoryMB
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: app
  name: 'appsettings'
  properties: {
    // Identity-based storage for the host, the durable task hub, the blob trigger and the service's own clients.
    AzureWebJobsStorage__accountName: storage.name
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identityClientId
    APPLICATIONINSIGHTS_CONNECTION_STRING: applicationInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identityClientId};Authorization=AAD'
    // App Service authentication proves itself to Entra ID with this identity instead of a client secret (auth.bicep).
    OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID: identityClientId
    Security__AccessCodeSecret: accessCodeSecret
    Security__PublicRequestsPerMinute: string(publicRequestsPerMinute)
    // Printed on every letter and certificate (and in its QR code): the console's verification page on this app.
    PublicSite__VerificationAddress: 'https://${app.properties.defaultHostName}/api/console/#/verify/'
    // The referral directory ships beside the binaries; point this at another file to edit it without a deployment.
    Referrals__DirectoryFile: 'referral-directory.json'
    // The unit's terms for new cases: the defaults of WorkflowOptions, written out so they can be changed here.
    Workflow__FeeSchedule__0__EffectiveFrom: '2000-01-01'
    Workflow__FeeSchedule__0__Amount: '17.00'
    Workflow__ApplicantDeadline: '30.00:00:00'
    Workflow__ReplacementPaymentDeadline: '30.00:00:00'
    Workflow__MaxDocumentsPerCase: '40'
    Workflow__StageTargets__AwaitingScans: '2.00:00:00'
    Workflow__StageTargets__DocumentReview: '3.00:00:00'
    Workflow__StageTargets__AwaitingDeposit: '2.00:00:00'
    Workflow__StageTargets__AwaitingClearance: '10.00:00:00'
    Workflow__StageTargets__RecordsCheck: '7.00:00:00'
    Workflow__StageTargets__SupervisorDecision: '3.00:00:00'
    Workflow__StageTargets__LetterApproval: '2.00:00:00'
    Workflow__StageTargets__AwaitingMailing: '2.00:00:00'
    Workflow__StageTargets__IdentityVerification: '1.00:00:00'
    Workflow__StageTargets__Investigation: '2.00:00:00'
    Workflow__StageTargets__FinalVerification: '1.00:00:00'
    Workflow__ReturnVisitReminderBefore: '1.00:00:00'
    Workflow__ReturnVisitGrace: '2.00:00:00'
    Workflow__MaxReturnVisitReschedules: '2'
    Workflow__NoShowDeadline: '14.00:00:00'
    Workflow__TimeZone: 'America/Los_Angeles'
    Workflow__StageTargets__AwaitingDestruction: '7.00:00:00'
    Workflow__Retention__Default: '1095.00:00:00'
    Workflow__Retention__ClearanceLetter_Issued: '730.00:00:00'
    Workflow__Retention__ClearanceLetter_Abandoned: '365.00:00:00'
    Workflow__Retention__ClearanceLetter_PaymentFailed: '365.00:00:00'
    Workflow__Retention__Referral_Referred: '365.00:00:00'
    Workflow__Retention__Exoneration_Exonerated: '3650.00:00:00'
    Workflow__Retention__Exoneration_NoShow: '365.00:00:00'
    Workflow__SealingDecisionPeriod: '60.00:00:00'
    Workflow__SealingGoodCauseAfterYears: '2'
    Workflow__SealedRecordsKeptYears: '3'
    Workflow__LongWaitRound: '30.00:00:00'
    Workflow__TimerRound: '1.00:00:00'
  }
}

output name string = app.name
output uri string = 'https://${app.properties.defaultHostName}'

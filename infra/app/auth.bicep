// App Service authentication with Entra ID in front of the Functions app. Requests pass unauthenticated too
// (AllowAnonymous): the public routes (/api/status, /api/verify, /api/health) and the blob extension's webhook must
// stay open, so the platform validates any token it is given and passes the principal, with its app roles, in
// X-MS-CLIENT-PRINCIPAL; the staff handlers answer 401 without it and 403 without the right role. With the platform
// enabled, App Service also strips any X-MS-CLIENT-PRINCIPAL a caller sends, which is why this module is not optional.

param appName string

@description('Application (client) id of the Entra app registration that defines the staff app roles.')
param clientId string

resource app 'Microsoft.Web/sites@2024-11-01' existing = {
  name: appName
}

resource authSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: {
      enabled: true
      runtimeVersion: '~1'
    }
    globalValidation: {
      requireAuthentication: false
      unauthenticatedClientAction: 'AllowAnonymous'
    }
    httpSettings: {
      requireHttps: true
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: clientId
          // No client secret: the app's managed identity is a federated credential of the registration.
          clientSecretSettingName: 'OVERRIDE_USE_MI_FIC_ASSERTION_CLIENTID'
          openIdIssuer: '${environment().authentication.loginEndpoint}${tenant().tenantId}/v2.0'
        }
        validation: {
          // v2 access tokens carry the client id as audience, v1 tokens the application id URI.
          allowedAudiences: [
            clientId
            'api://${clientId}'
          ]
        }
      }
    }
    login: {
      tokenStore: {
        enabled: false
      }
    }
  }
}

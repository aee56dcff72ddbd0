/**
 * A manifest that declares one external issuer at a URL (a loopback test server), a service
 * client and an API profile: what `drift --live` checks.
 */
import type { TrustManifest } from '../../../lib/manifest/types';

/** An external issuer at `issuer` with a service client and an API profile pinned to `algorithms`. */
export function liveManifest(stackName: string, issuer: string, jwksUrl: string, algorithms: string[] = ['RS256']): TrustManifest {
  const profile = {
    name: 'orders-api',
    clientId: 'orders-batch',
    issuer,
    audiences: ['https://orders.example.com'],
    jwksUrl,
    machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'Orders Writer' },
    userFlow: { enabled: false },
    issuerKind: 'generic' as const,
    algorithms,
  };
  return {
    schemaVersion: 1,
    stack: stackName,
    generator: 'cdktf-external-oauth 0.1.0',
    issuers: [
      {
        path: `${stackName}/Idp`,
        kind: 'generic',
        issuer,
        jwksUrl,
        discoveryUrl: `${issuer}/.well-known/openid-configuration`,
        audiences: ['https://orders.example.com'],
        scopes: [],
        claims: [],
        policies: [],
        details: {},
      },
    ],
    clients: [
      {
        path: `${stackName}/Batch`,
        kind: 'external',
        name: 'orders-batch',
        issuer: `${stackName}/Idp`,
        clientId: 'orders-batch',
        grantTypes: ['client_credentials'],
        responseTypes: [],
        redirectUris: [],
        postLogoutRedirectUris: [],
        scopes: [],
        details: {},
      },
    ],
    trusts: [
      {
        type: 'profile',
        path: `${stackName}/Profile`,
        name: 'orders-api',
        issuerPath: `${stackName}/Idp`,
        clientPath: `${stackName}/Batch`,
        profile,
      },
    ],
    profiles: [profile],
    findings: [],
    context: {},
  };
}

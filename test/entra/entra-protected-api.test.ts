import '../support/framework-jest';

import { EntraProtectedApi, EntraProtectedApiProps } from '../../lib/entra/entra-protected-api';
import { uuidV5 } from '../../lib/entra/internal';
import { TerraformStack, TerraformVariable, Testing } from '../../lib/framework';
import { ManifestWriter } from '../../lib/manifest/manifest-writer';
import { manifestProblems } from '../../lib/manifest/schema-validation';
import { Application } from '../../lib/providers/azuread/application';
import { ApplicationIdentifierUri } from '../../lib/providers/azuread/application-identifier-uri';
import { ServicePrincipal } from '../../lib/providers/azuread/service-principal';
import { configErrorOf } from '../support/config-error';

Testing.setupJest();

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

function stack(id = 'entra'): TerraformStack {
  return new TerraformStack(Testing.app(), id);
}

function api(s: TerraformStack, props: Partial<EntraProtectedApiProps> = {}): EntraProtectedApi {
  return new EntraProtectedApi(s, 'Orders', { tenantId: TENANT, ...props });
}

const READ = {
  value: 'Orders.Read',
  adminConsentDisplayName: 'Read orders',
  adminConsentDescription: 'Lets the app read orders for the signed-in user',
};
const SYNC = { value: 'Orders.Sync', displayName: 'Sync orders', description: 'Lets a daemon sync orders' };

describe('EntraProtectedApi resources', () => {
  test('creates the app registration, its service principal and the split identifier URI', () => {
    // GIVEN
    const s = stack();
    // WHEN
    const orders = api(s, { displayName: 'orders-api' });
    // THEN
    const tf = Testing.synth(s);
    expect(tf).toHaveResourceWithProperties(Application, {
      display_name: 'orders-api',
      sign_in_audience: 'AzureADMyOrg',
      api: { requested_access_token_version: 2 },
      lifecycle: { ignore_changes: ['identifier_uris'] },
    });
    expect(tf).toHaveResourceWithProperties(ServicePrincipal, {
      client_id: '${azuread_application.Orders_Application_E45436D5.client_id}',
    });
    expect(tf).toHaveResourceWithProperties(ApplicationIdentifierUri, {
      application_id: '${azuread_application.Orders_Application_E45436D5.id}',
      identifier_uri: 'api://${azuread_application.Orders_Application_E45436D5.client_id}',
    });
    const app = JSON.parse(tf).resource.azuread_application.Orders_Application_E45436D5;
    expect(app.identifier_uris).toBeUndefined();
    expect(orders.issuerKind).toBe('entra');
  });

  test('always writes requested_access_token_version, also for version 1', () => {
    const s = stack();
    api(s, { accessTokenVersion: 1 });
    expect(Testing.synth(s)).toHaveResourceWithProperties(Application, { api: { requested_access_token_version: 1 } });
  });

  test('keeps a custom identifier URI in the split resource', () => {
    const s = stack();
    api(s, { identifierUri: 'https://api.example.com/orders' });
    expect(Testing.synth(s)).toHaveResourceWithProperties(ApplicationIdentifierUri, { identifier_uri: 'https://api.example.com/orders' });
  });

  test('sets app_role_assignment_required only when asked', () => {
    const s = stack();
    api(s, { assignmentRequired: true });
    expect(Testing.synth(s)).toHaveResourceWithProperties(ServicePrincipal, { app_role_assignment_required: true });
  });
});

describe('EntraProtectedApi issuer per token version', () => {
  test('v2 (the default): login.microsoftonline.com/<tenant>/v2.0 and aud = client id', () => {
    // GIVEN / WHEN
    const s = stack();
    api(s);
    const issuer = ManifestWriter.of(s).build().issuers[0];
    // THEN
    expect(issuer.issuer).toBe(`https://login.microsoftonline.com/${TENANT}/v2.0`);
    expect(issuer.audiences).toEqual(['${azuread_application.Orders_Application_E45436D5.client_id}']);
    expect(issuer.jwksUrl).toBe(`https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`);
    expect(issuer.discoveryUrl).toBe(`https://login.microsoftonline.com/${TENANT}/v2.0/.well-known/openid-configuration`);
  });

  test('v1: sts.windows.net/<tenant>/ WITH the trailing slash and aud = identifier URI', () => {
    const s = stack();
    api(s, { accessTokenVersion: 1, identifierUri: 'api://orders' });
    const issuer = ManifestWriter.of(s).build().issuers[0];
    expect(issuer.issuer).toBe(`https://sts.windows.net/${TENANT}/`);
    expect(issuer.issuer.endsWith('/')).toBe(true);
    expect(issuer.audiences).toEqual(['api://orders']);
    expect(issuer.jwksUrl).toBe(`https://login.microsoftonline.com/${TENANT}/discovery/v2.0/keys`);
    expect(issuer.discoveryUrl).toBe(`https://login.microsoftonline.com/${TENANT}/.well-known/openid-configuration`);
  });

  test('v1 with the default identifier URI: aud is api://<client id>', () => {
    const s = stack();
    api(s, { accessTokenVersion: 1 });
    expect(ManifestWriter.of(s).build().issuers[0].audiences).toEqual([
      'api://${azuread_application.Orders_Application_E45436D5.client_id}',
    ]);
  });

  test('both versions use the v2 authorize and token endpoints', () => {
    for (const version of [1, 2] as const) {
      const s = stack();
      api(s, { accessTokenVersion: version });
      expect(ManifestWriter.of(s).build().issuers[0].details).toMatchObject({
        authorizeEndpoint: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize`,
        tokenEndpoint: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`,
      });
    }
  });

  test('fails when accessTokenVersion is neither 1 nor 2', () => {
    const err = configErrorOf(() => api(stack(), { accessTokenVersion: 3 as never }));
    expect(err.code).toBe('EO_INVALID_VALUE');
    expect(err.field).toBe('accessTokenVersion');
  });
});

describe('EntraProtectedApi tenant id', () => {
  test('accepts a tenant GUID', () => {
    expect(() => api(stack(), { tenantId: TENANT.toUpperCase() })).not.toThrow();
  });

  test.each(['common', 'organizations', 'consumers', 'Common'])('fails when the tenant id is the multi-tenant endpoint %s', (tenantId) => {
    const err = configErrorOf(() => api(stack(), { tenantId }));
    expect(err.code).toBe('EO_INVALID_VALUE');
    expect(err.field).toBe('tenantId');
    expect(err.rule).toMatch(/multi-tenant/);
  });

  test.each(['contoso.onmicrosoft.com', '72f988bf-86f1-41af-91ab-2d7cd011db4', ''])(
    'fails when the tenant id is not a GUID (%j)',
    (tenantId) => {
      expect(configErrorOf(() => api(stack(), { tenantId })).code).toBe('EO_INVALID_VALUE');
    },
  );

  test('accepts a tenant id token and keeps it as an expression in the issuer', () => {
    const s = stack();
    const tenant = new TerraformVariable(s, 'tenant_id', { type: 'string' });
    api(s, { tenantId: tenant.stringValue });
    const issuer = ManifestWriter.of(s).build().issuers[0];
    expect(issuer.issuer).toBe('https://login.microsoftonline.com/${var.tenant_id}/v2.0');
    expect(issuer.details.tenantId).toBe('${var.tenant_id}');
  });
});

describe('EntraProtectedApi identifier URI', () => {
  test.each(['api://orders', 'api://72f988bf-86f1-41af-91ab-2d7cd011db47/orders', 'https://api.example.com'])(
    'accepts %s',
    (identifierUri) => {
      expect(() => api(stack(), { identifierUri })).not.toThrow();
    },
  );

  test.each([
    ['http://api.example.com', 'EO_INVALID_URL'],
    ['urn:orders', 'EO_INVALID_URL'],
    ['api://', 'EO_INVALID_URL'],
    ['api://orders#x', 'EO_INVALID_URL'],
    ['api://orders/*', 'EO_WILDCARD_URI'],
    ['https://*.example.com', 'EO_WILDCARD_URI'],
  ])('fails when the identifier URI is %s', (identifierUri, code) => {
    const err = configErrorOf(() => api(stack(), { identifierUri }));
    expect(err.code).toBe(code);
    expect(err.field).toBe('identifierUri');
  });
});

describe('EntraProtectedApi scopes', () => {
  test('declares scopes inline with a stable UUID, admin consent by default', () => {
    // GIVEN
    const s = stack();
    const orders = api(s);
    // WHEN
    const scope = orders.addScope(READ);
    // THEN
    expect(scope.id).toBe(uuidV5('cdktf-external-oauth:entra:entra/Orders:scope:Orders.Read'));
    expect(Testing.synth(s)).toHaveResourceWithProperties(Application, {
      api: {
        requested_access_token_version: 2,
        oauth2_permission_scope: [
          {
            id: scope.id,
            value: 'Orders.Read',
            type: 'Admin',
            enabled: true,
            admin_consent_display_name: 'Read orders',
            admin_consent_description: 'Lets the app read orders for the signed-in user',
          },
        ],
      },
    });
    expect(ManifestWriter.of(s).build().issuers[0].scopes).toEqual([
      { name: 'Orders.Read', description: 'Lets the app read orders for the signed-in user', consent: 'admin', enabled: true },
    ]);
  });

  test('records a user-consentable, disabled scope', () => {
    const s = stack();
    api(s, {
      scopes: [
        { ...READ, type: 'User', userConsentDisplayName: 'Read your orders', userConsentDescription: 'Read your orders', enabled: false },
      ],
    });
    expect(ManifestWriter.of(s).build().issuers[0].scopes[0]).toMatchObject({ consent: 'user', enabled: false });
  });

  test('fails when a User scope has no user consent texts', () => {
    const err = configErrorOf(() => api(stack(), { scopes: [{ ...READ, type: 'User' }] }));
    expect(err.code).toBe('EO_MISSING_VALUE');
    expect(err.field).toBe('scopes[0].userConsentDisplayName');
  });

  test('fails when a scope has an empty admin consent text', () => {
    expect(configErrorOf(() => api(stack(), { scopes: [{ ...READ, adminConsentDescription: ' ' }] })).code).toBe('EO_MISSING_VALUE');
  });

  test('accepts a value of 120 characters; fails at 121', () => {
    expect(() => api(stack(), { scopes: [{ ...READ, value: 'a'.repeat(120) }] })).not.toThrow();
    const err = configErrorOf(() => api(stack(), { scopes: [{ ...READ, value: 'a'.repeat(121) }] }));
    expect(err.code).toBe('EO_OUT_OF_RANGE');
    expect(err.field).toBe('scopes[0].value');
  });

  test.each(['Orders Read', '.hidden', 'Orders"Read'])('fails when a scope value is %j', (value) => {
    expect(configErrorOf(() => api(stack(), { scopes: [{ ...READ, value }] })).code).toBe('EO_INVALID_VALUE');
  });

  test('accepts Snowflake-style scope values', () => {
    expect(() =>
      api(stack(), {
        scopes: [
          { ...READ, value: 'session:role-any' },
          { ...READ, value: 'session:role:ANALYST' },
        ],
      }),
    ).not.toThrow();
  });

  test('fails when a scope and an app role share a value (one namespace in Entra)', () => {
    const orders = api(stack(), { scopes: [READ] });
    const err = configErrorOf(() => orders.addAppRole({ ...SYNC, value: 'Orders.Read' }));
    expect(err.code).toBe('EO_DUPLICATE_NAME');
    expect(err.field).toBe('appRoles[0].value');
  });

  test('accepts an explicit scope UUID; fails when it is not a UUID', () => {
    const orders = api(stack());
    expect(orders.addScope({ ...READ, id: 'B28BB73F-F326-4A7B-9BFB-5E427241683B' }).id).toBe('b28bb73f-f326-4a7b-9bfb-5e427241683b');
    expect(configErrorOf(() => orders.addScope({ ...READ, value: 'Orders.Write', id: 'orders-write' })).field).toBe('scopes[1].id');
  });
});

describe('EntraProtectedApi app roles', () => {
  test('declares app roles inline, assignable to applications by default', () => {
    const s = stack();
    const role = api(s).addAppRole(SYNC);
    expect(Testing.synth(s)).toHaveResourceWithProperties(Application, {
      app_role: [
        {
          id: role.id,
          value: 'Orders.Sync',
          display_name: 'Sync orders',
          description: 'Lets a daemon sync orders',
          allowed_member_types: ['Application'],
          enabled: true,
        },
      ],
    });
    expect(ManifestWriter.of(s).build().issuers[0].details.appRoles).toEqual(['Orders.Sync']);
  });

  test('fails when allowedMemberTypes is empty or unknown', () => {
    expect(configErrorOf(() => api(stack(), { appRoles: [{ ...SYNC, allowedMemberTypes: [] }] })).code).toBe('EO_EMPTY_LIST');
    expect(configErrorOf(() => api(stack(), { appRoles: [{ ...SYNC, allowedMemberTypes: ['Group' as never] }] })).code).toBe(
      'EO_INVALID_VALUE',
    );
  });
});

describe('EntraProtectedApi deterministic ids', () => {
  function synthOnce(): string {
    const s = stack();
    api(s, { scopes: [READ, { ...READ, value: 'Orders.Write' }], appRoles: [SYNC] });
    return Testing.synth(s);
  }

  test('two synths of the same program give the same scope and app-role UUIDs', () => {
    // GIVEN / WHEN
    const first = synthOnce();
    const second = synthOnce();
    // THEN
    expect(second).toBe(first);
    const app = JSON.parse(first).resource.azuread_application.Orders_Application_E45436D5;
    const ids = [...app.api.oauth2_permission_scope.map((s: { id: string }) => s.id), ...app.app_role.map((r: { id: string }) => r.id)];
    expect(new Set(ids).size).toBe(3);
    ids.forEach((id: string) => expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/));
  });

  test('uuidV5 matches the RFC name-based algorithm', () => {
    // Known vector: DNS namespace, "www.example.com".
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

describe('EntraProtectedApi claims', () => {
  function claimsOf(props: Partial<EntraProtectedApiProps>): Map<string, { flows: string[]; valueKind?: string }> {
    const s = stack();
    api(s, props);
    return new Map(
      ManifestWriter.of(s)
        .build()
        .issuers[0].claims.map((c) => [c.name, c]),
    );
  }

  test('v2 tokens carry azp and preferred_username, not appid, unique_name or upn', () => {
    const claims = claimsOf({ accessTokenVersion: 2 });
    expect([...claims.keys()]).toEqual(expect.arrayContaining(['azp', 'preferred_username', 'scp', 'roles', 'oid', 'tid']));
    for (const absent of ['appid', 'unique_name', 'upn', 'email', 'idtyp']) expect(claims.has(absent)).toBe(false);
  });

  test('v1 tokens carry appid, unique_name and upn, not azp or preferred_username', () => {
    const claims = claimsOf({ accessTokenVersion: 1 });
    expect([...claims.keys()]).toEqual(expect.arrayContaining(['appid', 'unique_name', 'upn']));
    for (const absent of ['azp', 'preferred_username', 'email']) expect(claims.has(absent)).toBe(false);
  });

  test('app tokens carry no upn and no scp', () => {
    const claims = claimsOf({ accessTokenVersion: 1 });
    expect(claims.get('upn')?.flows).toEqual(['user']);
    expect(claims.get('scp')?.flows).toEqual(['user']);
  });

  test('declared optional claims are emitted inline and recorded', () => {
    // GIVEN
    const s = stack();
    const orders = api(s, { optionalClaims: [{ name: 'upn' }] });
    // WHEN
    orders.addOptionalClaim({ name: 'email', essential: true });
    orders.addOptionalClaim({ name: 'idtyp' });
    // THEN
    expect(Testing.synth(s)).toHaveResourceWithProperties(Application, {
      optional_claims: { access_token: [{ name: 'upn' }, { name: 'email', essential: true }, { name: 'idtyp' }] },
    });
    const claims = new Map(
      ManifestWriter.of(s)
        .build()
        .issuers[0].claims.map((c) => [c.name, c]),
    );
    expect(claims.get('upn')).toEqual({ name: 'upn', flows: ['user'], tokenType: 'access', valueKind: 'email' });
    expect(claims.get('email')).toEqual({ name: 'email', flows: ['user'], tokenType: 'access', valueKind: 'email' });
    expect(claims.get('idtyp')?.flows).toEqual(['machine', 'user']);
  });

  test('fails when an optional claim is declared twice', () => {
    const orders = api(stack(), { optionalClaims: [{ name: 'upn' }] });
    expect(configErrorOf(() => orders.addOptionalClaim({ name: 'upn' })).code).toBe('EO_DUPLICATE_NAME');
  });
});

describe('EntraProtectedApi record', () => {
  test('fills the Entra issuer details and passes the manifest schema', () => {
    // GIVEN
    const s = stack();
    api(s, {
      displayName: 'orders-api',
      accessTokenVersion: 1,
      identifierUri: 'api://orders',
      scopes: [READ],
      appRoles: [SYNC, { ...SYNC, value: 'Orders.Old', enabled: false }],
    });
    // WHEN
    const manifest = ManifestWriter.of(s).build();
    // THEN
    expect(manifestProblems(manifest)).toEqual([]);
    expect(manifest.issuers[0]).toMatchObject({ path: 'entra/Orders', kind: 'entra', policies: [] });
    expect(manifest.issuers[0].details).toEqual({
      name: 'orders-api',
      tenantId: TENANT,
      accessTokenVersion: 1,
      identifierUri: 'api://orders',
      applicationClientId: '${azuread_application.Orders_Application_E45436D5.client_id}',
      appRoles: ['Orders.Sync'],
      authorizeEndpoint: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize`,
      tokenEndpoint: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`,
    });
  });
});

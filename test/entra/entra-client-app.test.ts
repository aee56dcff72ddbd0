import '../support/framework-jest';

import { ClientAssignment } from '../../lib/core/client-program';
import { Duration } from '../../lib/core/duration';
import { ENTRA_DEFAULT_ACCESS_ROLE_ID, EntraClientApp, EntraClientAppProps } from '../../lib/entra/entra-client-app';
import { EntraProtectedApi } from '../../lib/entra/entra-protected-api';
import { TerraformOutput, TerraformStack, Testing } from '../../lib/framework';
import { ManifestWriter } from '../../lib/manifest/manifest-writer';
import { manifestProblems } from '../../lib/manifest/schema-validation';
import { ApiValidationProfile } from '../../lib/profile/api-validation-profile';
import { AppRoleAssignment } from '../../lib/providers/azuread/app-role-assignment';
import { Application } from '../../lib/providers/azuread/application';
import { ApplicationApiAccess } from '../../lib/providers/azuread/application-api-access';
import { ApplicationPasswordA } from '../../lib/providers/azuread/application-password';
import { ServicePrincipal } from '../../lib/providers/azuread/service-principal';
import { ServicePrincipalDelegatedPermissionGrant } from '../../lib/providers/azuread/service-principal-delegated-permission-grant';
import { configErrorOf } from '../support/config-error';

Testing.setupJest();

const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OTHER_TENANT = '0b4c5e8d-2a7f-4f1e-9c3b-6d8e1f2a3b4c';
const NOW = new Date('2026-11-01T00:00:00Z');

function stack(): TerraformStack {
  return new TerraformStack(Testing.app(), 'entra');
}

function ordersApi(s: TerraformStack, id = 'Orders', tenantId = TENANT): EntraProtectedApi {
  const api = new EntraProtectedApi(s, id, { tenantId });
  api.addScope({ value: 'Orders.Read', adminConsentDisplayName: 'Read orders', adminConsentDescription: 'Read orders as the user' });
  api.addAppRole({ value: 'Orders.Sync', displayName: 'Sync orders', description: 'Sync orders as a daemon' });
  api.addAppRole({ value: 'Orders.Audit', displayName: 'Audit orders', description: 'People who audit', allowedMemberTypes: ['User'] });
  return api;
}

function web(s: TerraformStack, props: Partial<EntraClientAppProps> = {}): EntraClientApp {
  return new EntraClientApp(s, 'Portal', {
    api: props.api ?? ordersApi(s),
    kind: 'web',
    redirectUris: ['https://portal.example.com/auth/callback'],
    ...props,
  });
}

function service(s: TerraformStack, props: Partial<EntraClientAppProps> = {}): EntraClientApp {
  return new EntraClientApp(s, 'Daemon', { api: props.api ?? ordersApi(s), kind: 'service', ...props });
}

describe('EntraClientApp kinds', () => {
  test('web: web.redirect_uris, implicit grant off, service principal, API access managed by the split resource', () => {
    // GIVEN / WHEN
    const s = stack();
    const client = web(s, { displayName: 'portal' });
    // THEN
    const tf = Testing.synth(s);
    expect(tf).toHaveResourceWithProperties(Application, {
      display_name: 'portal',
      sign_in_audience: 'AzureADMyOrg',
      web: {
        redirect_uris: ['https://portal.example.com/auth/callback'],
        implicit_grant: { access_token_issuance_enabled: false, id_token_issuance_enabled: false },
      },
      lifecycle: { ignore_changes: ['required_resource_access'] },
    });
    expect(tf).toHaveResourceWithProperties(ServicePrincipal, {
      client_id: '${azuread_application.Portal_Application_1702D816.client_id}',
    });
    expect(client.issuer).toBe(client.api);
    expect(client.grantTypes).toEqual(['authorization_code', 'refresh_token']);
  });

  test('browser: single_page_application.redirect_uris, PKCE and no secret', () => {
    const s = stack();
    new EntraClientApp(s, 'Spa', { api: ordersApi(s), kind: 'browser', redirectUris: ['http://localhost:5173/'] });
    const tf = Testing.synth(s);
    expect(tf).toHaveResourceWithProperties(Application, {
      display_name: 'Spa',
      single_page_application: { redirect_uris: ['http://localhost:5173/'] },
    });
    expect(ManifestWriter.of(s).build().clients[0]).toMatchObject({
      kind: 'browser',
      pkce: true,
      tokenEndpointAuthMethod: 'none',
      responseTypes: ['code'],
    });
  });

  test('service: client credentials only, no web or SPA block', () => {
    const s = stack();
    const client = service(s);
    const app = JSON.parse(Testing.synth(s)).resource.azuread_application.Daemon_Application_A0FC6A6B;
    expect(app).toBeDefined();
    expect(app.web).toBeUndefined();
    expect(app.single_page_application).toBeUndefined();
    expect(client.grantTypes).toEqual(['client_credentials']);
  });

  test('fails when a service client has redirect URIs', () => {
    const err = configErrorOf(() => service(stack(), { redirectUris: ['https://daemon.example.com/cb'] }));
    expect(err.code).toBe('EO_INVALID_VALUE');
    expect(err.field).toBe('redirectUris');
  });

  test('fails when a web or browser client has no redirect URI', () => {
    expect(configErrorOf(() => web(stack(), { redirectUris: [] })).code).toBe('EO_EMPTY_LIST');
    const s = stack();
    expect(configErrorOf(() => new EntraClientApp(s, 'Spa', { api: ordersApi(s), kind: 'browser' })).code).toBe('EO_EMPTY_LIST');
  });
});

describe('EntraClientApp redirect URIs', () => {
  test('accepts https and loopback http', () => {
    expect(() =>
      web(stack(), { redirectUris: ['https://portal.example.com/cb', 'http://localhost:3000/cb', 'http://127.0.0.1:8400/'] }),
    ).not.toThrow();
  });

  test('fails when a redirect URI has a wildcard', () => {
    const err = configErrorOf(() => web(stack(), { redirectUris: ['https://portal.example.com/cb', 'https://*.example.com/cb'] }));
    expect(err.code).toBe('EO_WILDCARD_URI');
    expect(err.field).toBe('redirectUris[1]');
  });

  test('fails when a redirect URI is http on a public host', () => {
    const err = configErrorOf(() => web(stack(), { redirectUris: ['http://portal.example.com/cb'] }));
    expect(err.code).toBe('EO_INVALID_URL');
    expect(err.field).toBe('redirectUris[0]');
  });

  test('fails when a redirect URI is listed twice', () => {
    expect(configErrorOf(() => web(stack(), { redirectUris: ['https://a.example.com/cb', 'https://a.example.com/cb'] })).code).toBe(
      'EO_DUPLICATE_NAME',
    );
  });
});

describe('EntraClientApp API access', () => {
  test('grants declared scopes and app roles by id through azuread_application_api_access', () => {
    // GIVEN
    const s = stack();
    const api = ordersApi(s);
    // WHEN
    web(s, { api, scopes: ['Orders.Read'], appRoles: ['Orders.Sync'] });
    // THEN
    expect(Testing.synth(s)).toHaveResourceWithProperties(ApplicationApiAccess, {
      application_id: '${azuread_application.Portal_Application_1702D816.id}',
      api_client_id: '${azuread_application.Orders_Application_E45436D5.client_id}',
      scope_ids: [api.scope('Orders.Read')!.id],
      role_ids: [api.appRole('Orders.Sync')!.id],
    });
  });

  test('without adminConsent: no delegated grant and no role assignment', () => {
    const s = stack();
    web(s, { scopes: ['Orders.Read'], appRoles: ['Orders.Sync'] });
    const tf = Testing.synth(s);
    expect(tf).not.toHaveResource(ServicePrincipalDelegatedPermissionGrant);
    expect(tf).not.toHaveResource(AppRoleAssignment);
  });

  test('with adminConsent: a tenant-wide delegated grant for scopes and an app role assignment per role', () => {
    const s = stack();
    const api = ordersApi(s);
    web(s, { api, scopes: ['Orders.Read'], appRoles: ['Orders.Sync'], adminConsent: true });
    const tf = Testing.synth(s);
    expect(tf).toHaveResourceWithProperties(ServicePrincipalDelegatedPermissionGrant, {
      claim_values: ['Orders.Read'],
      service_principal_object_id: '${azuread_service_principal.Portal_ServicePrincipal_0AD8C487.object_id}',
      resource_service_principal_object_id: '${azuread_service_principal.Orders_ServicePrincipal_72553C73.object_id}',
    });
    const grant = Object.values(JSON.parse(tf).resource.azuread_service_principal_delegated_permission_grant)[0] as Record<string, unknown>;
    expect(grant.user_object_id).toBeUndefined();
    expect(tf).toHaveResourceWithProperties(AppRoleAssignment, {
      app_role_id: api.appRole('Orders.Sync')!.id,
      principal_object_id: '${azuread_service_principal.Portal_ServicePrincipal_0AD8C487.object_id}',
      resource_object_id: '${azuread_service_principal.Orders_ServicePrincipal_72553C73.object_id}',
    });
  });

  test('a web client granted an app role also uses client credentials', () => {
    expect(web(stack(), { appRoles: ['Orders.Sync'] }).grantTypes).toEqual(['authorization_code', 'refresh_token', 'client_credentials']);
  });

  test('fails when a requested scope is not declared on the API', () => {
    const err = configErrorOf(() => web(stack(), { scopes: ['Orders.Write'] }));
    expect(err.code).toBe('EO_INVALID_VALUE');
    expect(err.field).toBe('grantAccess(entra/Orders).scopes[0]');
    expect(err.rule).toMatch(/declared: Orders\.Read/);
  });

  test('fails when a requested app role is not declared on the API', () => {
    const err = configErrorOf(() => service(stack(), { appRoles: ['Orders.Admin'] }));
    expect(err.code).toBe('EO_INVALID_VALUE');
    expect(err.field).toBe('grantAccess(entra/Orders).appRoles[0]');
  });

  test('fails when the app role cannot be assigned to applications', () => {
    const err = configErrorOf(() => service(stack(), { appRoles: ['Orders.Audit'] }));
    expect(err.code).toBe('EO_INVALID_VALUE');
    expect(err.rule).toMatch(/Application/);
  });

  test('fails when the scope is disabled', () => {
    const s = stack();
    const api = ordersApi(s);
    api.addScope({ value: 'Orders.Old', adminConsentDisplayName: 'Old', adminConsentDescription: 'Old', enabled: false });
    expect(configErrorOf(() => web(s, { api, scopes: ['Orders.Old'] })).rule).toMatch(/enabled/);
  });

  test('fails when a service client asks for delegated scopes', () => {
    const err = configErrorOf(() => service(stack(), { scopes: ['Orders.Read'] }));
    expect(err.code).toBe('EO_INVALID_VALUE');
    expect(err.field).toBe('grantAccess(entra/Orders).scopes');
  });

  test('fails when a browser client asks for app roles', () => {
    const s = stack();
    const err = configErrorOf(
      () =>
        new EntraClientApp(s, 'Spa', {
          api: ordersApi(s),
          kind: 'browser',
          redirectUris: ['https://spa.example.com/'],
          appRoles: ['Orders.Sync'],
        }),
    );
    expect(err.code).toBe('EO_INVALID_VALUE');
  });

  test('fails when adminConsent is given without any scope or app role', () => {
    expect(configErrorOf(() => web(stack(), { adminConsent: true })).code).toBe('EO_EMPTY_LIST');
  });

  test('grants a second API of the same tenant; fails on a second grant to the same API', () => {
    // GIVEN
    const s = stack();
    const orders = ordersApi(s);
    const billing = ordersApi(s, 'Billing');
    const client = web(s, { api: orders, scopes: ['Orders.Read'] });
    // WHEN
    client.grantAccess(billing, { appRoles: ['Orders.Sync'], adminConsent: true });
    // THEN
    expect(ManifestWriter.of(s).build().clients[0].details.apiPermissions).toEqual([
      { api: 'entra/Orders', scopes: ['Orders.Read'], appRoles: [], adminConsent: false },
      { api: 'entra/Billing', scopes: [], appRoles: ['Orders.Sync'], adminConsent: true },
    ]);
    expect(configErrorOf(() => client.grantAccess(orders, { scopes: ['Orders.Read'] })).code).toBe('EO_DUPLICATE_NAME');
  });

  test('fails when the granted API lives in another tenant', () => {
    const s = stack();
    const client = web(s, { api: ordersApi(s) });
    const err = configErrorOf(() => client.grantAccess(ordersApi(s, 'Foreign', OTHER_TENANT), { scopes: ['Orders.Read'] }));
    expect(err.code).toBe('EO_INVALID_VALUE');
    expect(err.field).toBe('grantAccess(entra/Foreign).tenantId');
  });
});

describe('EntraClientApp secret', () => {
  function secretOf(s: TerraformStack): Record<string, unknown> {
    return Object.values(JSON.parse(Testing.synth(s)).resource.azuread_application_password)[0] as Record<string, unknown>;
  }

  test('accepts a lifetime of exactly 730 days (end_date_relative 17520h)', () => {
    const s = stack();
    service(s, { appRoles: ['Orders.Sync'], secret: { lifetime: Duration.days(730) } });
    expect(secretOf(s)).toMatchObject({
      application_id: '${azuread_application.Daemon_Application_A0FC6A6B.id}',
      end_date_relative: '17520h',
      lifecycle: { create_before_destroy: true },
    });
    expect(ManifestWriter.of(s).build().clients[0].secret).toEqual({ endDateRelative: '17520h' });
  });

  test('fails when the lifetime is 731 days', () => {
    const err = configErrorOf(() => service(stack(), { secret: { lifetime: Duration.days(731) } }));
    expect(err.code).toBe('EO_SECRET_TOO_LONG');
    expect(err.field).toBe('secret.lifetime');
  });

  test('accepts an end date exactly 730 days from now; fails one second later', () => {
    const endOk = new Date(NOW.getTime() + 730 * 86400_000).toISOString();
    const s = stack();
    service(s, { secret: { endDate: endOk, now: NOW } });
    expect(secretOf(s)).toMatchObject({ end_date: endOk });
    expect(ManifestWriter.of(s).build().clients[0].secret).toEqual({ endDate: endOk });

    const endLate = new Date(NOW.getTime() + 730 * 86400_000 + 1000).toISOString();
    const err = configErrorOf(() => service(stack(), { secret: { endDate: endLate, now: NOW } }));
    expect(err.code).toBe('EO_SECRET_TOO_LONG');
    expect(err.field).toBe('secret.endDate');
  });

  test('measures an end date from startDate when given: 730 days accepted, 731 rejected', () => {
    const s = stack();
    // 2028 is a leap year: 2027-01-01 + 730 days = 2028-12-31
    service(s, { secret: { startDate: '2027-01-01T00:00:00Z', endDate: '2028-12-31T00:00:00Z', now: NOW } });
    expect(secretOf(s)).toMatchObject({ start_date: '2027-01-01T00:00:00Z', end_date: '2028-12-31T00:00:00Z' });
    expect(
      configErrorOf(() => service(stack(), { secret: { startDate: '2027-01-01T00:00:00Z', endDate: '2029-01-01T00:00:00Z', now: NOW } }))
        .code,
    ).toBe('EO_SECRET_TOO_LONG');
  });

  test('turns startDate + lifetime into a literal end_date', () => {
    const s = stack();
    service(s, { secret: { startDate: '2026-11-01T00:00:00Z', lifetime: Duration.days(365) } });
    expect(secretOf(s)).toMatchObject({ start_date: '2026-11-01T00:00:00Z', end_date: '2027-11-01T00:00:00Z' });
    expect(secretOf(s).end_date_relative).toBeUndefined();
  });

  test('defaults to a 180-day lifetime', () => {
    const s = stack();
    service(s, { secret: {} });
    expect(secretOf(s)).toMatchObject({ end_date_relative: '4320h', display_name: 'cdktf-external-oauth' });
  });

  test('rotates by key: rotate_when_changed, create before destroy, rotation days recorded', () => {
    // GIVEN / WHEN
    const s = stack();
    service(s, { secret: { lifetime: Duration.days(365), rotation: { key: '2026-11', everyDays: 180 } } });
    // THEN
    expect(Testing.synth(s)).toHaveResourceWithProperties(ApplicationPasswordA, {
      rotate_when_changed: { rotation: '2026-11' },
      display_name: 'cdktf-external-oauth 2026-11',
      lifecycle: { create_before_destroy: true },
    });
    expect(ManifestWriter.of(s).build().clients[0].secret).toEqual({ endDateRelative: '8760h', rotationDays: 180 });
  });

  test('accepts rotation every lifetime days; fails one day later (the secret would expire first)', () => {
    expect(() => service(stack(), { secret: { lifetime: Duration.days(90), rotation: { key: 'q1', everyDays: 90 } } })).not.toThrow();
    const err = configErrorOf(() => service(stack(), { secret: { lifetime: Duration.days(90), rotation: { key: 'q1', everyDays: 91 } } }));
    expect(err.code).toBe('EO_OUT_OF_RANGE');
    expect(err.field).toBe('secret.rotation.everyDays');
  });

  test('fails when the end date is in the past', () => {
    const err = configErrorOf(() => service(stack(), { secret: { endDate: '2026-10-31T23:59:59Z', now: NOW } }));
    expect(err.code).toBe('EO_OUT_OF_RANGE');
  });

  test('fails when the end date is not RFC 3339', () => {
    expect(configErrorOf(() => service(stack(), { secret: { endDate: '2027-05-01', now: NOW } })).code).toBe('EO_INVALID_VALUE');
  });

  test('fails when lifetime and endDate are both given', () => {
    expect(
      configErrorOf(() => service(stack(), { secret: { lifetime: Duration.days(30), endDate: '2027-01-01T00:00:00Z', now: NOW } })).code,
    ).toBe('EO_MISSING_VALUE');
  });

  test('fails when the lifetime is not whole hours', () => {
    expect(configErrorOf(() => service(stack(), { secret: { lifetime: Duration.minutes(90) } })).code).toBe('EO_OUT_OF_RANGE');
  });

  test('fails when a browser client declares a secret', () => {
    const s = stack();
    const err = configErrorOf(
      () => new EntraClientApp(s, 'Spa', { api: ordersApi(s), kind: 'browser', redirectUris: ['https://spa.example.com/'], secret: {} }),
    );
    expect(err.code).toBe('EO_INVALID_VALUE');
    expect(err.field).toBe('secret');
  });

  test('the secret value reaches no output and no record', () => {
    // GIVEN a client with a secret, served by a validation profile (which creates the stack's output)
    const s = stack();
    const client = service(s, {
      appRoles: ['Orders.Sync'],
      adminConsent: true,
      secret: { lifetime: Duration.days(90), rotation: { key: 'k1' } },
    });
    new ApiValidationProfile(s, 'Profile', {
      name: 'orders-api',
      client,
      machineFlow: { enabled: true, systemUserClaim: 'azp', systemUserRole: 'Sync' },
    });
    // WHEN
    const tf = Testing.synth(s);
    const manifestJson = JSON.stringify(ManifestWriter.of(s).build());
    // THEN
    const parsed = JSON.parse(tf);
    expect(Object.keys(parsed.output)).toEqual(['external_oauth_profiles']);
    expect(JSON.stringify(parsed.output)).not.toMatch(/azuread_application_password/);
    expect(tf).not.toMatch(/azuread_application_password\.[A-Za-z0-9_]+\.value/);
    expect(manifestJson).not.toMatch(/azuread_application_password/);
    expect(manifestJson).not.toMatch(/"value"/);
    expect(client.clientSecret).toBeInstanceOf(ApplicationPasswordA);
    expect(s.node.findAll().filter((c) => c instanceof TerraformOutput)).toHaveLength(1);
  });
});

describe('EntraClientApp assignment', () => {
  const GROUP = '0f0f0f0f-1111-2222-3333-444444444444';
  const USER = 'aaaaaaaa-1111-2222-3333-444444444444';

  test('groups and users require assignment on the service principal and get the default access role', () => {
    const s = stack();
    const app = web(s, { api: ordersApi(s), assignment: ClientAssignment.of({ groups: [GROUP], users: [USER] }) });
    const json = JSON.parse(Testing.synth(s));
    expect(
      Object.values(json.resource.azuread_service_principal as Record<string, { app_role_assignment_required?: boolean }>).map(
        (sp) => sp.app_role_assignment_required,
      ),
    ).toContain(true);
    const assignments = Object.values(
      json.resource.azuread_app_role_assignment as Record<
        string,
        { app_role_id: string; principal_object_id: string; resource_object_id: string }
      >,
    );
    expect(assignments.map((a) => [a.app_role_id, a.principal_object_id])).toEqual([
      [ENTRA_DEFAULT_ACCESS_ROLE_ID, GROUP],
      [ENTRA_DEFAULT_ACCESS_ROLE_ID, USER],
    ]);
    expect(assignments[0]!.resource_object_id).toMatch(/^\$\{azuread_service_principal\.Portal_ServicePrincipal_[0-9A-F]{8}\.object_id\}$/);
    expect(app.toClientRecord().assignment).toEqual({ mode: 'assigned', groups: [GROUP], users: [USER] });
  });

  test('without an assignment the record states the Entra default (every user of the tenant)', () => {
    const s = stack();
    expect(web(s, { api: ordersApi(s) }).toClientRecord().assignment).toMatchObject({
      mode: 'everyone',
      reason: expect.stringContaining('Entra ID default'),
    });
  });

  test.each([
    ['an id that is not a GUID', ClientAssignment.groups(['sales']), 'assignment.groups[0]'],
    ['a reason of 9 characters', ClientAssignment.everyone('too short'), 'assignment.reason'],
  ])('fails for %s, naming the field', (_label, assignment, field) => {
    const s = stack();
    expect(configErrorOf(() => web(s, { api: ordersApi(s), assignment })).field).toBe(field);
  });

  test('fails for a service client', () => {
    const s = stack();
    const api = ordersApi(s);
    expect(configErrorOf(() => service(s, { api, appRoles: ['Orders.Sync'], assignment: ClientAssignment.groups([GROUP]) })).field).toBe(
      'assignment',
    );
  });
});

describe('EntraClientApp record', () => {
  test('fills the client record and passes the manifest schema', () => {
    // GIVEN
    const s = stack();
    const api = ordersApi(s);
    web(s, {
      api,
      displayName: 'portal',
      scopes: ['Orders.Read'],
      adminConsent: true,
      secret: { endDate: '2027-05-01T00:00:00Z', now: NOW, rotation: { key: '2026-11', everyDays: 90 } },
    });
    service(s, { api, appRoles: ['Orders.Sync'] });
    // WHEN
    const manifest = ManifestWriter.of(s).build();
    // THEN
    expect(manifestProblems(manifest)).toEqual([]);
    expect(manifest.clients[0]).toEqual({
      path: 'entra/Portal',
      kind: 'web',
      name: 'portal',
      issuer: 'entra/Orders',
      clientId: '${azuread_application.Portal_Application_1702D816.client_id}',
      grantTypes: ['authorization_code', 'refresh_token'],
      responseTypes: ['code'],
      redirectUris: ['https://portal.example.com/auth/callback'],
      postLogoutRedirectUris: [],
      scopes: ['Orders.Read'],
      secret: { endDate: '2027-05-01T00:00:00Z', rotationDays: 90 },
      assignment: {
        mode: 'everyone',
        reason: 'Entra ID default: the service principal does not require assignment, so every user of the tenant can sign in',
      },
      details: {
        apiPermissions: [{ api: 'entra/Orders', scopes: ['Orders.Read'], appRoles: [], adminConsent: true }],
        authorizeEndpoint: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize`,
      },
    });
    expect(manifest.clients[1]).toMatchObject({
      kind: 'service',
      grantTypes: ['client_credentials'],
      responseTypes: [],
      redirectUris: [],
      scopes: [],
    });
    expect(manifest.clients[1].details).toEqual({
      apiPermissions: [{ api: 'entra/Orders', scopes: [], appRoles: ['Orders.Sync'], adminConsent: false }],
    });
  });

  test('a validation profile for an Entra client takes the v1 issuer with its trailing slash', () => {
    const s = stack();
    const api = new EntraProtectedApi(s, 'Legacy', { tenantId: TENANT, accessTokenVersion: 1, identifierUri: 'api://legacy' });
    api.addAppRole({ value: 'Legacy.Sync', displayName: 'Sync', description: 'Sync' });
    const client = new EntraClientApp(s, 'Job', { api, kind: 'service', appRoles: ['Legacy.Sync'] });
    new ApiValidationProfile(s, 'Profile', {
      name: 'legacy-api',
      client,
      machineFlow: { enabled: true, systemUserClaim: 'appid', systemUserRole: 'Sync' },
    });
    const manifest = ManifestWriter.of(s).build();
    expect(manifestProblems(manifest)).toEqual([]);
    expect(manifest.profiles[0]).toMatchObject({
      issuer: `https://sts.windows.net/${TENANT}/`,
      audiences: ['api://legacy'],
      issuerKind: 'entra',
    });
  });
});

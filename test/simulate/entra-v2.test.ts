/**
 * Entra v2 access tokens (an API with accessTokenVersion 2) next to the v1 Alation example in
 * the same tenant: two providers (two `iss`), one JWKS URL and so one key set, and the v2 claim
 * shape (`azp`, `preferred_username`, `ver` 2.0, aud = the API's client id).
 */
import { Duration } from '../../lib/core/duration';
import { EntraClientApp } from '../../lib/entra/entra-client-app';
import { EntraProtectedApi } from '../../lib/entra/entra-protected-api';
import { TerraformStack } from '../../lib/framework';
import { ApiValidationProfile } from '../../lib/profile/api-validation-profile';
import { AzureadProvider } from '../../lib/providers/azuread/provider';
import { simulate, simulateMatchers, type SimulationResult } from '../../lib/simulate';
import { checkedApp, cleanOutdirs, example, TENANT } from '../examples/support';
import { cellsOf } from './support';

jest.setTimeout(60_000);
expect.extend(simulateMatchers);

let result: SimulationResult;

beforeAll(async () => {
  // GIVEN the Alation example (v1) and a v2 API of the same tenant, in one app
  const app = checkedApp();
  example.alation(app);
  const stack = new TerraformStack(app, 'entra-v2');
  new AzureadProvider(stack, 'azuread', { tenantId: TENANT });
  const api = new EntraProtectedApi(stack, 'ReportsApi', {
    tenantId: TENANT,
    displayName: 'Reports API',
    accessTokenVersion: 2,
    identifierUri: 'api://reports',
  });
  api.addScope({
    value: 'Reports.Read',
    adminConsentDisplayName: 'Read reports',
    adminConsentDescription: 'Read reports as the signed-in user',
  });
  api.addAppRole({ value: 'Reports.Sync', displayName: 'Sync', description: 'Daemon access' });
  const client = new EntraClientApp(stack, 'ReportsClient', {
    api,
    kind: 'web',
    displayName: 'Reports client',
    redirectUris: ['https://reports.acme.example/callback'],
    scopes: ['Reports.Read'],
    appRoles: ['Reports.Sync'],
    adminConsent: true,
    secret: { lifetime: Duration.days(365), rotation: { key: '2026-11', everyDays: 180 } },
  });
  new ApiValidationProfile(stack, 'ReportsProfile', {
    name: 'reports',
    client,
    machineFlow: { enabled: true, systemUserClaim: 'azp', systemUserRole: 'Reader' },
    userFlow: { enabled: true, usernameClaim: 'preferred_username' },
  });
  app.synth();
  // WHEN simulated
  result = await simulate(app, { probes: false });
});

afterAll(() => cleanOutdirs());

test('v1 and v2 of one tenant are two providers with two issuers', () => {
  const v2 = result.issuers.find((i) => i.path === 'entra-v2/ReportsApi')!;
  expect(v2.localIssuer).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/${TENANT}/v2\\.0$`));
  expect(v2.provider).not.toBe(result.issuers.find((i) => i.path === 'alation-entra-api/AlationApi')!.provider);
});

test('v2 tokens have azp, preferred_username, ver 2.0 and the API client id as aud, and verify with the shared tenant JWKS', () => {
  const rows = result.rows.filter((r) => r.client === 'entra-v2/ReportsClient');
  const apiClientId = result.issuers.find((i) => i.path === 'entra-v2/ReportsApi')!.audiences[0]!;
  const app = rows.find((r) => r.flow === 'app')!.tokens[0]!;
  expect(app.claims).toMatchObject({
    azp: result.clients.find((c) => c.path === 'entra-v2/ReportsClient')!.clientId,
    ver: '2.0',
    aud: apiClientId,
    tid: TENANT,
    roles: ['Reports.Sync'],
  });
  expect(app.claims).not.toHaveProperty('appid');
  const user = rows.find((r) => r.flow === 'user')!.tokens[0]!;
  expect(user.claims).toMatchObject({ preferred_username: 'sim.user@example.test', scp: 'Reports.Read' });
  expect(user.claims).not.toHaveProperty('unique_name');
  const cells = cellsOf(result, 'entra-v2/ReportsClient', 'entra-v2/ReportsProfile');
  expect(cells['app:']).toMatchObject({ outcome: 'accepted', principalKind: 'system', role: 'Reader' });
  expect(cells['user:sim.user@example.test']).toMatchObject({ outcome: 'accepted', as: 'sim.user@example.test' });
});

test('a v1 token of the same tenant is not trusted by the v2 profile (iss differs), and the other way round', () => {
  expect(result).not.toGrant({ client: 'AlationClient', trust: 'reports' });
  expect(result).not.toGrant({ client: 'ReportsClient', trust: 'alation-entra' });
  expect(cellsOf(result, 'alation-entra-api/AlationClient', 'entra-v2/ReportsProfile')['app:']).toMatchObject({
    outcome: 'rejected',
    code: 'issuer_not_trusted',
  });
});

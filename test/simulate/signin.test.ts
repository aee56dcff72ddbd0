/**
 * The simulation refuses what the real IdP refuses, read from the client records: a user not
 * assigned to the app (Okta `access_denied`), a browser token call from an origin that is not a
 * CORS trusted origin, a missing `code_challenge` where PKCE is required, the reuse of a rotated
 * refresh token, and a Keycloak broker mapper whose claim is only in the access token. Each broken
 * variant (a mutated copy of a synthesized example manifest) with its exact reason, and a passing
 * twin. All variants run in one simulation, each as its own stack.
 */
import type { ClientProgramRecord, ClientRecord, TrustManifest } from '../../lib/manifest/types';
import {
  diffSimulations,
  renderSimulationJson,
  renderSimulationMarkdown,
  renderSimulationText,
  simulate,
  simulateMatchers,
  type SimulationResult,
} from '../../lib/simulate';
import { liveProviderPids } from '../../lib/simulate/provider-host';
import { cleanOutdirs, type ExampleName } from '../examples/support';
import { cellsOf, cleanWritten, manifestCopy, probesOf, providerChildren, synthAllExamples, writeOutdir } from './support';

jest.setTimeout(90_000);
expect.extend(simulateMatchers);

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };
const w = <T>(value: T): Mutable<T> => value as Mutable<T>;

const OKTA_ASSIGN = 'Okta app assignments, https://help.okta.com/en-us/content/topics/apps/apps-assign-applications.htm';
const DBT_GROUP = '00g1dbtdevelopers0x7';
const program = (p: Partial<ClientProgramRecord>): ClientProgramRecord => ({
  name: 'test program',
  sendsPkce: true,
  keepsRotatedRefreshToken: true,
  tokenEndpointAuthMethods: ['client_secret_post'],
  readsClaimsFrom: ['access_token'],
  ...p,
});

let outdir: string;
let result: SimulationResult;

function variant(example: ExampleName, name: string, mutate: (m: TrustManifest, client: Mutable<ClientRecord>) => void): TrustManifest {
  const copy = JSON.parse(JSON.stringify(manifestCopy(outdir, example)).split(`"${example}`).join(`"${name}`)) as TrustManifest;
  mutate(copy, w(copy.clients[0]!));
  return copy;
}

/** The dbt (Okta, Snowflake) example with its developers assigned and no PKCE or rotation demanded. */
function dbt(name: string, mutate: (c: Mutable<ClientRecord>) => void): TrustManifest {
  return variant('okta-snowflake-dbt', name, (_m, c) => {
    c.assignment = { mode: 'assigned', groups: [DBT_GROUP] };
    c.pkce = false;
    c.refreshToken = { rotation: 'STATIC' };
    mutate(c);
  });
}

const userCell = (stack: string, user = 'analyst@acme.example') =>
  cellsOf(result, `${stack}/DbtCloud`, `${stack}/Snowflake`)[`user:${user}`]!;

beforeAll(async () => {
  outdir = synthAllExamples();
  const variants = [
    // Assignment.
    dbt('nobody-assigned', (c) => (c.assignment = { mode: 'none' })),
    dbt('assigned', () => undefined),
    dbt('everyone', (c) => (c.assignment = { mode: 'everyone', reason: 'every developer of the org uses dbt' })),
    variant(
      'entra-redshift-dbt',
      'entra-assigned',
      (_m, c) => (c.assignment = { mode: 'assigned', groups: ['11111111-2222-4333-8444-555555555555'] }),
    ),
    // Browser origins.
    variant('okta-spa-openmetadata', 'origin-untrusted', (_m, c) => {
      c.assignment = { mode: 'everyone', reason: 'the catalog is open to the org' };
      c.trustedOrigins = [{ origin: 'https://other.acme.example', scopes: ['CORS', 'REDIRECT'], source: 'managed' }];
    }),
    variant('okta-spa-openmetadata', 'origin-trusted', (_m, c) => {
      c.assignment = { mode: 'everyone', reason: 'the catalog is open to the org' };
      c.trustedOrigins = [{ origin: 'https://openmetadata.acme.example', scopes: ['CORS', 'REDIRECT'], source: 'managed' }];
    }),
    // PKCE.
    dbt('pkce-missing', (c) => {
      c.pkce = true;
      c.program = program({ name: 'dbt Cloud program', sendsPkce: false });
    }),
    dbt('pkce-sent', (c) => {
      c.pkce = true;
      c.program = program({ name: 'dbt Cloud program', sendsPkce: true });
    }),
    // Refresh-token rotation.
    dbt('rotation-reuse', (c) => {
      c.refreshToken = { rotation: 'ROTATE', leewaySeconds: 30 };
      c.program = program({ name: 'dbt Cloud program', sendsPkce: false, keepsRotatedRefreshToken: false });
    }),
    dbt('rotation-static', (c) => {
      c.refreshToken = { rotation: 'STATIC' };
      c.program = program({ name: 'dbt Cloud program', sendsPkce: false, keepsRotatedRefreshToken: false });
    }),
    // Claim placement for a Keycloak broker's mapper.
    ...(['access', 'id'] as const).map((tokenType) =>
      variant('okta-keycloak-ataccama', `broker-${tokenType}`, (m, c) => {
        c.assignment = { mode: 'assigned', groups: ['00g1ataccamausers0x7'] };
        const groups = w(m.issuers[0]!.claims.find((x) => x.name === 'groups')!);
        groups.tokenType = tokenType;
        const brokers = m.context.keycloakBrokers as Array<Record<string, unknown>>;
        brokers[0]!.mappers = [{ name: 'groups', type: 'oidc-advanced-group-idp-mapper', claim: 'groups' }];
        brokers[0]!.accessTokenIsJwt = false;
      }),
    ),
  ];
  result = await simulate(writeOutdir(variants));
});

afterAll(() => {
  cleanOutdirs();
  cleanWritten();
});

describe('unassigned user (Okta: "User is not assigned to the client application.")', () => {
  test('fails when nobody is assigned: the provider refuses the sign-in at the login', () => {
    expect(userCell('nobody-assigned')).toEqual({
      trust: 'nobody-assigned/Snowflake',
      outcome: 'sign-in-refused',
      code: 'access_denied',
      reason: `access_denied: User is not assigned to the client application. (nobody is assigned to dbt Cloud; ${OKTA_ASSIGN})`,
    });
    const row = result.rows.find((r) => r.kind === 'access' && r.client === 'nobody-assigned/DbtCloud')!;
    expect(row.signInRefused).toBe(userCell('nobody-assigned').reason);
    expect(row.tokens).toEqual([]);
    expect(result).not.toGrant({ client: 'nobody-assigned/DbtCloud', trust: 'nobody-assigned/Snowflake' });
  });

  test('an assigned user (a member of the assigned group) signs in; the unassigned-user probe is refused', () => {
    expect(result).toGrant({ client: 'assigned/DbtCloud', trust: 'assigned/Snowflake', as: 'DBT_ANALYST', role: 'TRANSFORMER' });
    const probe = probesOf(result, 'assigned/Snowflake').find((p) => p.probe!.kind === 'unassigned-user')!;
    expect(probe.probe!.description).toBe('analyst@acme.example, in none of the groups assigned to dbt Cloud');
    expect(probe.cells['assigned/Snowflake']).toEqual({
      trust: 'assigned/Snowflake',
      outcome: 'sign-in-refused',
      code: 'access_denied',
      reason: `access_denied: User is not assigned to the client application. (analyst@acme.example is in none of the groups and is none of the users assigned to dbt Cloud; ${OKTA_ASSIGN})`,
    });
    expect(result.assumptions).toContain(
      `assigned/DbtCloud: the simulated users are taken to be assigned (groups ${DBT_GROUP}); the unassigned-user probe signs in a user who is not`,
    );
  });

  test('assigned to everyone: the unassigned-user probe gets in, with a note', () => {
    const probe = probesOf(result, 'everyone/Snowflake').find((p) => p.probe!.kind === 'unassigned-user')!;
    const cell = probe.cells['everyone/Snowflake']!;
    expect(cell).toMatchObject({ outcome: 'accepted', as: 'DBT_ANALYST' });
    expect(cell.notes).toContain('dbt Cloud is assigned to everyone (every developer of the org uses dbt): the IdP lets this user sign in');
  });
});

test('Entra ID with assignment required: the unassigned-user probe is refused with AADSTS50105', () => {
  expect(result).toGrant({ client: 'entra-assigned/DbtCloud', trust: 'entra-assigned/Redshift', as: 'sim.user@example.test' });
  const probe = probesOf(result, 'entra-assigned/Redshift').find((p) => p.probe!.kind === 'unassigned-user')!;
  expect(probe.cells['entra-assigned/Redshift']).toMatchObject({
    outcome: 'sign-in-refused',
    code: 'access_denied',
    reason:
      'AADSTS50105: the signed-in user is not assigned to a role for the application (sim.user@example.test is in none of the groups and is none of the users assigned to dbt Cloud; Entra ID requires assignment for dbt Cloud)',
  });
});

describe('untrusted browser origin (Okta trusted origins, CORS)', () => {
  test('fails when the page origin is not a CORS trusted origin: the simulated browser blocks the token response', () => {
    const cell = cellsOf(result, 'origin-untrusted/Spa', 'origin-untrusted/OpenMetadataServer')['user:sim.user@example.test']!;
    expect(cell).toMatchObject({
      outcome: 'sign-in-refused',
      code: 'cors_blocked',
      reason:
        "blocked by CORS: origin https://openmetadata.acme.example is not a trusted origin (the IdP answers OpenMetadata's token call without CORS headers for it; CORS trusted origins: https://other.acme.example; Okta, https://developer.okta.com/docs/guides/enable-cors/main/)",
    });
  });

  test('the trusted origin gets its token', () => {
    expect(result).toGrant({ client: 'origin-trusted/Spa', trust: 'origin-trusted/OpenMetadataServer', as: 'sim.user@example.test' });
  });
});

describe('missing PKCE (RFC 7636)', () => {
  test('fails when the IdP requires PKCE and the program sends no code_challenge: invalid_request', () => {
    expect(userCell('pkce-missing')).toMatchObject({
      outcome: 'sign-in-refused',
      code: 'invalid_request',
      reason:
        'invalid_request: Authorization Server policy requires PKCE to be used for this request (the IdP requires PKCE of dbt Cloud and dbt Cloud program sends no code_challenge, RFC 7636)',
    });
  });

  test('a program that sends PKCE signs in', () => {
    expect(result).toGrant({ client: 'pkce-sent/DbtCloud', trust: 'pkce-sent/Snowflake', as: 'DBT_ANALYST' });
  });
});

describe('reuse of a rotated refresh token (Okta refresh-token rotation)', () => {
  test('fails when the program keeps only its first refresh token and the IdP rotates: the second refresh is refused', () => {
    expect(userCell('rotation-reuse')).toMatchObject({
      outcome: 'sign-in-refused',
      code: 'invalid_grant',
      reason:
        'the first sign-in works, but the second refresh is refused: invalid_grant: grant request is invalid (dbt Cloud program keeps only its first refresh token and uses it again after rotation and the 30 s grace period; the IdP revokes the token family: Okta refresh-token rotation, https://developer.okta.com/docs/guides/refresh-tokens/main/#refresh-token-rotation; RFC 9700 section 4.14.2)',
    });
  });

  test('with STATIC refresh tokens the same program refreshes twice and gets in', () => {
    expect(result).toGrant({ client: 'rotation-static/DbtCloud', trust: 'rotation-static/Snowflake', as: 'DBT_ANALYST' });
  });
});

describe('Keycloak broker: its mappers read the ID token (and userinfo), not the access token', () => {
  test('fails when the mapped claim is only in the access token', () => {
    expect(result.brokers.map((b) => [b.path, b.evaluator])).toEqual([
      ['broker-access/KeycloakBroker', 'keycloak-documented-mappers'],
      ['broker-id/KeycloakBroker', 'keycloak-documented-mappers'],
    ]);
    const cell = cellsOf(result, 'broker-access/Ataccama', 'broker-access/KeycloakBroker')['user:steward@acme.example']!;
    expect(cell).toMatchObject({
      outcome: 'rejected',
      code: 'mapper_claim_missing',
      reason: 'mapper groups finds no claim groups in the ID token (it is only in the access token)',
    });
    // the Snowflake column still reads the access token
    expect(result).toGrant({ client: 'broker-access/Ataccama', trust: 'broker-access/Snowflake', as: 'ATACCAMA_STEWARD' });
  });

  test('an IDENTITY claim is in the ID token only, and the mapper finds it', () => {
    const cell = cellsOf(result, 'broker-id/Ataccama', 'broker-id/KeycloakBroker')['user:steward@acme.example']!;
    expect(cell).toMatchObject({ outcome: 'accepted', reason: 'the mappers find their claims: groups <- groups (ID token)' });
    const row = result.rows.find((r) => r.kind === 'access' && r.client === 'broker-id/Ataccama')!;
    expect(row.tokens[0]!.claims).not.toHaveProperty('groups');
    expect(result).toGrant({ client: 'broker-id/Ataccama', trust: 'broker-id/KeycloakBroker', user: 'steward@acme.example' });
  });

  test("the column is labelled an evaluation of Keycloak's documented mapper behaviour, in every format", () => {
    expect(result.disclaimer).toContain(
      "Keycloak broker columns are an evaluation of Keycloak's documented identity-provider mapper behaviour by this tool, not Keycloak",
    );
    expect(renderSimulationText(result)).toMatch(
      /Keycloak broker \(broker-access\/KeycloakBroker\); evaluated by the documented behaviour of Keycloak's identity-provider mappers/,
    );
    expect(renderSimulationMarkdown(result)).toContain('Ataccama Keycloak<br><sub>Keycloak broker</sub>');
  });
});

describe('sign-in refused in every output', () => {
  test('text, Markdown and JSON show "sign-in refused: <reason>"', () => {
    const reason = userCell('pkce-missing').reason;
    expect(renderSimulationText(result)).toContain(`    sign-in refused: ${reason}`);
    expect(renderSimulationMarkdown(result)).toContain('🚫 sign-in refused: invalid\\_request: Authorization Server policy requires PKCE');
    expect(renderSimulationMarkdown(result)).toContain('-.->|"sign-in refused"|');
    expect(
      JSON.parse(renderSimulationJson(result)).rows.find(
        (r: { client: string; kind: string }) => r.kind === 'access' && r.client === 'pkce-missing/DbtCloud',
      ).signInRefused,
    ).toBe(reason);
  });

  test('the base..head difference reports the refused sign-in as lost access', () => {
    // base: the passing twin; head: the same rows refused
    const head = JSON.parse(
      JSON.stringify(result).split('"pkce-missing/').join('"X/').split('"pkce-sent/').join('"pkce-missing/'),
    ) as SimulationResult;
    const changes = diffSimulations(head, result).filter(
      (c) => c.client === 'pkce-missing/DbtCloud' && c.trust === 'pkce-missing/Snowflake',
    );
    expect(changes).toEqual([
      expect.objectContaining({
        kind: 'revoked',
        before: expect.stringMatching(/^accepted as DBT_ANALYST/),
        after: `sign-in refused: ${userCell('pkce-missing').reason}`,
      }),
    ]);
  });

  test('no provider process survives', () => {
    expect(liveProviderPids()).toEqual([]);
    expect(providerChildren()).toEqual([]);
  });
});

/**
 * The examples, synthesized with the checks on, simulated together: every client's tokens
 * (from real local OpenID providers shaped like Okta, Entra v1 and PingFederate) presented to
 * every trust. Asserts the expected matrix per example, the negative probes, the formats, the
 * Jest matcher, the time budget, and that no provider process survives the run.
 */
import {
  renderSimulationJson,
  renderSimulationMarkdown,
  renderSimulationText,
  simulate,
  simulateMatchers,
  type SimulationResult,
} from '../../lib/simulate';
import { liveProviderPids } from '../../lib/simulate/provider-host';
import { cleanOutdirs } from '../examples/support';
import { cellsOf, probesOf, providerChildren, synthAllExamples } from './support';

jest.setTimeout(60_000);
expect.extend(simulateMatchers);

const TENANT = '00000000-0000-4000-8000-000000000000';
const SNOWFLAKE_ACCOUNT = 'https://acme-analytics.snowflakecomputing.com';
const BUDGET_MS = 10_000;

let outdir: string;
let result: SimulationResult;
let elapsedMs: number;

beforeAll(async () => {
  // GIVEN the examples synthesized (checks on) into one cdktf.out
  outdir = synthAllExamples();
  // WHEN they are simulated together
  const started = Date.now();
  result = await simulate(outdir);
  elapsedMs = Date.now() - started;
  console.log(`simulate(all examples): ${elapsedMs} ms wall clock; ${JSON.stringify(result.timings)}`);
});

afterAll(() => cleanOutdirs());

test('Mermaid boxes of two clients with the same name (dbt Cloud in two stacks) are told apart by their stack', () => {
  const boxes = renderSimulationMarkdown(result)
    .split('\n')
    .filter((l) => /^ {4}c\d+\["dbt Cloud/.test(l))
    .map((l) => l.replace(/^ {4}c\d+/, ''));
  expect(boxes.sort()).toEqual(['["dbt Cloud (entra-redshift-dbt)"]', '["dbt Cloud (okta-snowflake-dbt)"]']);
});

const clientId = (path: string): string => result.clients.find((c) => c.path === path)!.clientId;

describe('simulate: the examples together', () => {
  test(`finishes under ${BUDGET_MS / 1000} s on this machine and leaves no provider process behind`, () => {
    expect(elapsedMs).toBeLessThan(BUDGET_MS);
    expect(result.timings.providers).toBe(7); // the two Entra examples share one tenant (same iss): one provider
    expect(liveProviderPids()).toEqual([]);
    expect(providerChildren()).toEqual([]);
  });

  test('probe rows are numbered p1, p2, ... in trust order, then probe order: the same ids from run to run', () => {
    // the trusts are probed concurrently; numbering at creation would follow which mint finished first
    const probes = result.rows.filter((r) => r.kind === 'probe');
    expect(probes.length).toBeGreaterThan(result.trusts.length);
    expect(probes.map((r) => r.id)).toEqual(probes.map((_, i) => `p${i + 1}`));
    const trustOrder = result.trusts.map((t) => t.path);
    const targets = [...new Set(probes.map((r) => r.probe!.target))];
    expect(targets).toEqual(trustOrder.filter((t) => targets.includes(t)));
  });

  test('the columns are the trusts of the examples, each with its evaluator', () => {
    expect(result.trusts.map((t) => [t.path, t.evaluator]).sort()).toEqual(
      [
        ['alation-entra-api/AlationProfile', 'validator'],
        ['entra-redshift-dbt/Redshift', 'redshift-documented-rules'],
        ['okta-databricks-dbt/AccountPolicy', 'databricks-documented-rules'],
        ['okta-databricks-dbt/DbtJobsPolicy', 'databricks-documented-rules'],
        ['okta-databricks-dbt/GitHubDeployPolicy', 'databricks-documented-rules'],
        ['okta-keycloak-ataccama/Snowflake', 'snowflake-documented-rules'],
        ['okta-snowflake-dbt/Snowflake', 'snowflake-documented-rules'],
        ['okta-spa-openmetadata/OpenMetadataServer', 'validator'],
        ['pingfederate-snowflake-atlan/Snowflake', 'snowflake-documented-rules'],
      ].sort(),
    );
    expect(result.disclaimer).toMatch(/evaluation of their documented acceptance rules by this tool, not the vendor/);
  });

  test('only the issuer host moves to loopback: paths and trailing slashes are kept', () => {
    const entra = result.issuers.find((i) => i.path === 'alation-entra-api/AlationApi')!;
    expect(entra.declaredIssuer).toBe(`https://sts.windows.net/${TENANT}/`);
    expect(entra.localIssuer).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/${TENANT}/$`));
    const ping = result.issuers.find((i) => i.path === 'pingfederate-snowflake-atlan/PingFederate')!;
    expect(ping.localIssuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/); // https://sso.acme.example: no path, no slash
    const okta = result.issuers.find((i) => i.path === 'okta-snowflake-dbt/AuthServer')!;
    expect(okta.declaredIssuer).toBe('${okta_auth_server.AuthServer_289B268F.issuer}');
    expect(okta.localIssuer).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/oauth2\/okta-snowflake-dbt\/AuthServer$/);
  });

  test('apply-time values get one stand-in per stack and expression, used everywhere it appears', () => {
    // okta-spa-openmetadata: the auth server audience, the SPA client id and the profile clientId are one expression
    const spa = clientId('okta-spa-openmetadata/Spa');
    expect(spa).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(result.issuers.find((i) => i.path === 'okta-spa-openmetadata/AuthServer')!.audiences).toEqual([spa]);
    expect(result.trusts.find((t) => t.path === 'okta-spa-openmetadata/OpenMetadataServer')!.audiences).toEqual([spa]);
    // the same expression text in two stacks names two resources: two stand-ins
    const issuerStandIns = result.standIns.filter((s) => s.expression === '${okta_auth_server.AuthServer_289B268F.issuer}');
    expect(issuerStandIns.map((s) => s.stack).sort()).toEqual([
      'okta-databricks-dbt',
      'okta-keycloak-ataccama',
      'okta-snowflake-dbt',
      'okta-spa-openmetadata',
    ]);
    expect(new Set(issuerStandIns.map((s) => s.value)).size).toBe(4);
  });
});

describe('alation-entra-api (Entra v1, API validation profile)', () => {
  const trust = 'alation-entra-api/AlationProfile';

  test('the daemon app token is accepted as the system user (its appid; a client id known after apply is shown by its declared name) with its role; the user token as the username', () => {
    const cells = cellsOf(result, 'alation-entra-api/AlationClient', trust);
    expect(clientId('alation-entra-api/AlationClient')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(cells['app:']).toMatchObject({
      outcome: 'accepted',
      as: clientId('alation-entra-api/AlationClient'),
      principalKind: 'system',
      role: 'Steward',
    });
    // the reports show the declared client, not the stand-in UUID
    for (const rendered of [renderSimulationText(result), renderSimulationMarkdown(result)]) {
      expect(rendered).not.toContain(`accepted as ${clientId('alation-entra-api/AlationClient')}`);
      expect(rendered).toContain('accepted as Alation client (client id known after apply) (system user) with role Steward');
    }
    expect(renderSimulationMarkdown(result)).toContain(
      '-->|"Alation client (client id known after apply) / Steward, sim.user@example.test"|',
    );
    expect(cells['user:sim.user@example.test']).toMatchObject({ outcome: 'accepted', as: 'sim.user@example.test', principalKind: 'user' });
    expect(cells['user:sim.user@example.test']!.role).toBeUndefined();
  });

  test('tokens have the Entra v1 claim shape: appid, tid, ver 1.0, oid, roles for app tokens, scp and unique_name for user tokens', () => {
    const rows = result.rows.filter((r) => r.kind === 'access' && r.client === 'alation-entra-api/AlationClient');
    const app = rows.find((r) => r.flow === 'app')!.tokens[0]!;
    expect(app.claims).toMatchObject({
      appid: clientId('alation-entra-api/AlationClient'),
      tid: TENANT,
      ver: '1.0',
      roles: ['Catalog.Sync'],
      aud: 'https://alation.acme.example/api',
    });
    expect(app.claims).not.toHaveProperty('scp');
    expect(app.claims).not.toHaveProperty('client_id');
    const user = rows.find((r) => r.flow === 'user')!.tokens[0]!;
    expect(user.claims).toMatchObject({
      scp: 'Catalog.ReadWrite',
      unique_name: 'sim.user@example.test',
      upn: 'sim.user@example.test',
      tid: TENANT,
    });
    expect(user.claims).not.toHaveProperty('roles');
    expect(user.lifetimeSeconds).toBe(3600);
  });

  test("another client of the same tenant (dbt Cloud's Entra app) is rejected: the profile serves one client", () => {
    expect(cellsOf(result, 'entra-redshift-dbt/DbtCloud', trust)['user:sim.user@example.test']).toMatchObject({
      outcome: 'rejected',
      code: 'unknown_client',
    });
  });

  test('a token for the Snowflake audience (replay) is rejected; so are expired tokens and unlisted clients', () => {
    const probes = probesOf(result, trust);
    const replay = probes.find((p) => p.probe!.kind === 'replay' && p.tokens[0]?.audience === SNOWFLAKE_ACCOUNT)!;
    expect(replay.cells[trust]).toMatchObject({ outcome: 'rejected', code: 'audience_mismatch' });
    expect(replay.tokens[0]!.claims.iss).toBe(result.issuers.find((i) => i.path === 'alation-entra-api/AlationApi')!.localIssuer);
    expect(probes.find((p) => p.probe!.kind === 'expired')!.cells[trust]).toMatchObject({ outcome: 'rejected', code: 'token_expired' });
    expect(probes.find((p) => p.probe!.kind === 'unlisted-client')!.cells[trust]).toMatchObject({
      outcome: 'rejected',
      code: 'unknown_client',
    });
  });

  test('an app token without the app role is still accepted: the probe says the API must check roles itself', () => {
    const probe = probesOf(result, trust).find((p) => p.probe!.kind === 'missing-scope')!;
    expect(probe.tokens[0]!.claims).not.toHaveProperty('roles');
    expect(probe.cells[trust]).toMatchObject({ outcome: 'accepted', principalKind: 'system' });
    expect(probe.cells[trust]!.notes!.join(' ')).toMatch(/does not check scopes or app roles/);
  });

  test('tokens of the other issuers are rejected as not trusted', () => {
    expect(cellsOf(result, 'okta-snowflake-dbt/DbtCloud', trust)['user:analyst@acme.example']).toMatchObject({
      outcome: 'rejected',
      code: 'issuer_not_trusted',
    });
    expect(cellsOf(result, 'pingfederate-snowflake-atlan/Atlan', trust)['user:jane.doe']).toMatchObject({
      outcome: 'rejected',
      code: 'issuer_not_trusted',
    });
  });
});

describe('okta-snowflake-dbt (Okta custom authorization server, Snowflake)', () => {
  const trust = 'okta-snowflake-dbt/Snowflake';

  test("the dbt client's user token reaches the integration as the declared email user, with the default role (any-role mode)", () => {
    const cell = cellsOf(result, 'okta-snowflake-dbt/DbtCloud', trust)['user:analyst@acme.example']!;
    expect(cell).toMatchObject({ outcome: 'accepted', as: 'DBT_ANALYST', mappedValue: 'analyst@acme.example', role: 'TRANSFORMER' });
    expect(cell.reason).toContain('EMAIL_ADDRESS = analyst@acme.example (claim "sub")');
  });

  test('the token has the Okta shape and the policy rule lifetime: cid, uid, scp list, sub = login', () => {
    const row = result.rows.find(
      (r) =>
        r.kind === 'access' &&
        r.client === 'okta-snowflake-dbt/DbtCloud' &&
        result.users.find((u) => u.id === r.user)?.username === 'analyst@acme.example',
    )!;
    const token = row.tokens[0]!;
    expect(token.claims).toMatchObject({
      cid: clientId('okta-snowflake-dbt/DbtCloud'),
      sub: 'analyst@acme.example',
      aud: SNOWFLAKE_ACCOUNT,
    });
    expect(token.claims.uid).toMatch(/^00u[A-Za-z0-9]{17}$/);
    expect(token.claims.scp).toEqual(expect.arrayContaining(['openid', 'offline_access', 'session:role-any']));
    expect(token.lifetimeSeconds).toBe(60 * 60);
  });

  test('a user the integration does not declare is rejected with the mapping reason', () => {
    expect(cellsOf(result, 'okta-snowflake-dbt/DbtCloud', trust)['user:sim.user@example.test']).toMatchObject({
      outcome: 'rejected',
      code: 'unknown_user',
      reason: 'no Snowflake user declared on OKTA_DBT has EMAIL_ADDRESS = sim.user@example.test (claim "sub")',
    });
  });

  test('probes: replay and expired are rejected; an undeclared client gets in (Snowflake does not check the client), which Okta would refuse', () => {
    const probes = probesOf(result, trust);
    for (const replay of probes.filter((p) => p.probe!.kind === 'replay'))
      expect(replay.cells[trust]).toMatchObject({ outcome: 'rejected', code: 'audience_mismatch' });
    expect(probes.find((p) => p.probe!.kind === 'expired')!.cells[trust]).toMatchObject({ outcome: 'rejected', code: 'token_expired' });
    const unlisted = probes.find((p) => p.probe!.kind === 'unlisted-client')!.cells[trust]!;
    expect(unlisted.outcome).toBe('accepted');
    expect(unlisted.notes!.join(' ')).toMatch(/Snowflake does not check the client/);
    expect(unlisted.notes!.join(' ')).toMatch(/the IdP would refuse this request \(access_denied: no access policy of snowflake-dbt/);
    const missing = probes.find((p) => p.probe!.kind === 'missing-scope')!;
    expect(missing.probe!.description).toContain('without session:role-any');
    expect(missing.cells[trust]).toMatchObject({ outcome: 'accepted', role: 'TRANSFORMER' });
  });
});

describe('entra-redshift-dbt (Entra v1, Redshift trusted token issuer)', () => {
  const trust = 'entra-redshift-dbt/Redshift';

  test("dbt Cloud's user token maps upn to the Identity Center user's email", () => {
    expect(cellsOf(result, 'entra-redshift-dbt/DbtCloud', trust)['user:sim.user@example.test']).toMatchObject({
      outcome: 'accepted',
      as: 'sim.user@example.test',
      mappedValue: 'sim.user@example.test',
    });
  });

  test("the Alation client's tokens (same tenant, the Alation API audience) are rejected by audience", () => {
    const cells = cellsOf(result, 'alation-entra-api/AlationClient', trust);
    expect(cells['app:']).toMatchObject({ outcome: 'rejected', code: 'audience_mismatch' });
    expect(cells['user:sim.user@example.test']).toMatchObject({ outcome: 'rejected', code: 'audience_mismatch' });
  });

  test('probes: Entra issues no user token without a scope; an unlisted client of the tenant gets in if it obtains a token', () => {
    const probes = probesOf(result, trust);
    expect(probes.find((p) => p.probe!.kind === 'missing-scope')!.cells[trust]).toMatchObject({
      outcome: 'not-issued',
      reason: 'Entra issues no delegated (user) token without a scope',
    });
    const unlisted = probes.find((p) => p.probe!.kind === 'unlisted-client')!;
    expect(unlisted.client).toBe('alation-entra-api/AlationClient');
    expect(unlisted.cells[trust]).toMatchObject({ outcome: 'accepted' });
    expect(unlisted.cells[trust]!.notes!.join(' ')).toMatch(/consent_required: Alation client has no delegated permission/);
  });
});

describe('pingfederate-snowflake-atlan (PingFederate, ATLAN_PINGFEDERATE_SSO, LOGIN_NAME = sub, any-role ENABLE)', () => {
  const trust = 'pingfederate-snowflake-atlan/Snowflake';

  test('each person is accepted as themselves (LOGIN_NAME = their sub), in their default role under session:role-any', () => {
    const cells = cellsOf(result, 'pingfederate-snowflake-atlan/Atlan', trust);
    expect(cells['user:jane.doe']).toMatchObject({ outcome: 'accepted', as: 'JANE_DOE', mappedValue: 'jane.doe', role: 'ATLAN_READER' });
    expect(cells['user:raj.patel']).toMatchObject({ outcome: 'accepted', as: 'RAJ_PATEL', mappedValue: 'raj.patel', role: 'ATLAN_READER' });
    expect(cells['user:jane.doe']!.reason).toContain('mapped by LOGIN_NAME = jane.doe (claim "sub")');
    expect(cells['user:jane.doe']!.reason).toContain('session:role-any lets the session use any granted role');
  });

  test('a PingFederate user without a Snowflake user of that LOGIN_NAME is refused: there is no shared service account', () => {
    expect(cellsOf(result, 'pingfederate-snowflake-atlan/Atlan', trust)['user:sim.user@example.test']).toMatchObject({
      outcome: 'rejected',
      code: 'unknown_user',
    });
    expect(Object.keys(cellsOf(result, 'pingfederate-snowflake-atlan/Atlan', trust))).not.toContain('user:ATLAN_SVC');
  });

  test('the token has the PingFederate shape: client_id, the person as sub, space-delimited scope session:role-any', () => {
    const token = result.rows.find((r) => r.kind === 'access' && r.client === 'pingfederate-snowflake-atlan/Atlan')!.tokens[0]!;
    expect(token.claims).toMatchObject({ client_id: 'atlan-snowflake', sub: 'jane.doe', scope: 'session:role-any' });
    expect(token.claims).not.toHaveProperty('scp');
  });
});

describe('okta-keycloak-ataccama (Okta, Snowflake by email claim)', () => {
  const trust = 'okta-keycloak-ataccama/Snowflake';

  test('the steward is accepted as ATACCAMA_STEWARD with DEV_QA; the access token carries email, the ID token the groups the broker maps', () => {
    expect(cellsOf(result, 'okta-keycloak-ataccama/Ataccama', trust)['user:steward@acme.example']).toMatchObject({
      outcome: 'accepted',
      as: 'ATACCAMA_STEWARD',
      role: 'DEV_QA',
    });
    const token = result.rows.find((r) => r.kind === 'access' && r.client === 'okta-keycloak-ataccama/Ataccama')!.tokens[0]!;
    expect(token.claims).toMatchObject({ email: 'steward@acme.example' });
    expect(token.claims).not.toHaveProperty('groups');
    expect(
      cellsOf(result, 'okta-keycloak-ataccama/Ataccama', 'okta-keycloak-ataccama/KeycloakBroker')['user:steward@acme.example'],
    ).toMatchObject({ outcome: 'accepted' });
  });

  test("the other Okta stack's token is rejected: same expression text, another authorization server", () => {
    const cell = cellsOf(result, 'okta-snowflake-dbt/DbtCloud', trust)['user:analyst@acme.example']!;
    expect(cell).toMatchObject({ outcome: 'rejected', code: 'issuer_mismatch' });
    expect(cell.reason).toContain(
      '(stack okta-snowflake-dbt) is not EXTERNAL_OAUTH_ISSUER ${okta_auth_server.AuthServer_289B268F.issuer} (stack okta-keycloak-ataccama)',
    );
  });
});

describe('okta-spa-openmetadata (Okta SPA, public client with PKCE, API profile)', () => {
  const trust = 'okta-spa-openmetadata/OpenMetadataServer';

  test('the user token (audience = the SPA client id) is accepted as the email claim', () => {
    expect(cellsOf(result, 'okta-spa-openmetadata/Spa', trust)['user:sim.user@example.test']).toMatchObject({
      outcome: 'accepted',
      as: 'sim.user@example.test',
      principalKind: 'user',
    });
  });

  test('the implicit grant yields the same kind of user token (one row, listed as also via implicit)', () => {
    const rows = result.rows.filter((r) => r.kind === 'access' && r.client === 'okta-spa-openmetadata/Spa');
    expect(rows.map((r) => [r.flow, r.grant, r.alsoVia])).toEqual([['user', 'authorization_code', ['implicit']]]);
  });
});

describe('toGrant / not.toGrant', () => {
  test('by construct path, trailing segments or name; as by identity or mapped value; role; flow', () => {
    expect(result).toGrant({ client: 'okta-snowflake-dbt/DbtCloud', trust: 'OKTA_DBT', as: 'DBT_ANALYST', role: 'TRANSFORMER' });
    expect(result).toGrant({ client: 'okta-snowflake-dbt/DbtCloud', trust: 'okta-snowflake-dbt/Snowflake', as: 'analyst@acme.example' });
    expect(result).toGrant({
      client: 'AlationClient',
      trust: 'alation-entra',
      flow: 'app',
      role: 'Steward',
      as: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(result).toGrant({ client: 'Atlan', trust: 'ATLAN_PINGFEDERATE_SSO', user: 'jane.doe', as: 'JANE_DOE', role: 'ATLAN_READER' });
    expect(result).not.toGrant({ client: 'Atlan', trust: 'alation-entra' });
    expect(result).not.toGrant({ client: 'AlationClient', trust: 'entra-dbt' });
    expect(result).not.toGrant({ client: 'okta-snowflake-dbt/DbtCloud', trust: 'OKTA_DBT', role: 'ACCOUNTADMIN' });
  });

  test('failure messages show what the client got', () => {
    expect(() => expect(result).toGrant({ client: 'Atlan', trust: 'OKTA_DBT' })).toThrow(
      /expected a grant \(Atlan -> OKTA_DBT\), got:\n.*rejected: iss https:\/\/sso\.acme\.example is not EXTERNAL_OAUTH_ISSUER/,
    );
    expect(() => expect(result).not.toGrant({ client: 'Atlan', trust: 'ATLAN_PINGFEDERATE_SSO' })).toThrow(
      /expected no grant.*\n.*accepted as JANE_DOE with role ATLAN_READER/,
    );
    expect(() => expect(result).toGrant({ client: 'dbt Cloud', trust: 'OKTA_DBT' })).toThrow(/"dbt Cloud" matches 2 clients/);
    expect(() => expect(result).toGrant({ client: 'Nope', trust: 'OKTA_DBT' })).toThrow(/no client matches "Nope"/);
  });
});

describe('formats', () => {
  test('text: the disclaimer, one block per row, probes flagged when accepted', () => {
    const text = renderSimulationText(result);
    expect(text).toContain(result.disclaimer);
    expect(text).toContain('dbt Cloud (okta-snowflake-dbt) · analyst@acme.example · user token (authorization_code)');
    expect(text).toContain('OKTA_DBT: accepted as DBT_ANALYST with role TRANSFORMER');
    expect(text).toContain('alation-entra: accepted as Alation client (client id known after apply) (system user) with role Steward');
    expect(text).toMatch(/unlisted-client: .*\n\s+-> \(!\) accepted as DBT_ANALYST/);
  });

  test('markdown: the matrix table, the probes, and a Mermaid diagram of issuers -> clients -> trusts', () => {
    const md = renderSimulationMarkdown(result);
    expect(md).toContain(
      '> **Note:** Snowflake and Redshift columns are an evaluation of their documented acceptance rules by this tool, not the vendor',
    );
    expect(md).toMatch(/^\| client · user · flow \| alation-entra<br>/m);
    expect(md).toContain('```mermaid\nflowchart LR');
    const mermaid = md.slice(md.indexOf('```mermaid'));
    // issuer -> client edges, and client -> trust edges labelled with who gets in
    expect(mermaid).toMatch(/i\d+ --> c\d+/);
    expect(mermaid).toContain('-->|"DBT_ANALYST / TRANSFORMER"|');
    expect(mermaid).toContain('-->|"JANE_DOE / ATLAN_READER, RAJ_PATEL / ATLAN_READER"|');
  });

  test('json: the result itself', () => {
    expect(JSON.parse(renderSimulationJson(result))).toEqual(result);
  });
});

import * as fs from 'node:fs';
import * as path from 'node:path';

import { listOf, valuesOf } from '../../lib/manifest/list-fields';
import type { TrustManifest } from '../../lib/manifest/types';
import { CHANGE_KINDS, RISK_LEVELS } from '../../lib/review/diff/change-kinds';
import { diffManifests } from '../../lib/review/diff/diff-manifests';
import { cli } from '../cli/support/run-cli';
import {
  apiProfile,
  apiProfileWith,
  edit,
  entraRedshift,
  oktaSnowflake,
  seedManifests,
  tempDir,
  writeSynthOut,
} from './fixtures/manifests';

/** A new stack: external PingFederate issuer, service client, API profile. */
function pingOrders(): TrustManifest {
  const profile = {
    name: 'orders-api',
    clientId: 'orders-batch',
    issuer: 'https://sso.example.com',
    audiences: ['https://orders.example.com'],
    jwksUrl: 'https://sso.example.com/pf/JWKS',
    machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'Orders Writer' },
    userFlow: { enabled: false },
    issuerKind: 'pingfederate' as const,
  };
  return {
    schemaVersion: 1,
    stack: 'ping-orders',
    generator: 'cdktf-external-oauth 0.1.0',
    issuers: [
      {
        path: 'ping-orders/Ping',
        kind: 'pingfederate',
        issuer: 'https://sso.example.com',
        jwksUrl: 'https://sso.example.com/pf/JWKS',
        discoveryUrl: 'https://sso.example.com/.well-known/openid-configuration',
        audiences: ['https://orders.example.com'],
        scopes: [],
        claims: [],
        policies: [],
        details: { accessTokenLifetimeMinutes: 60 },
      },
    ],
    clients: [
      {
        path: 'ping-orders/OrdersClient',
        kind: 'external',
        name: 'orders-batch',
        issuer: 'ping-orders/Ping',
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
        path: 'ping-orders/Profile',
        name: 'orders-api',
        issuerPath: 'ping-orders/Ping',
        clientPath: 'ping-orders/OrdersClient',
        profile,
      },
    ],
    profiles: [profile],
    findings: [],
    context: {},
  };
}

/** The head of a pull request that widens access in many ways at once. */
function riskyHead(): unknown[] {
  const okta = edit(oktaSnowflake());
  const snowflake = okta.trusts[0];
  if (snowflake.type !== 'snowflake') throw new Error('fixture');
  snowflake.anyRoleMode = 'ENABLE';
  snowflake.audiences = [...valuesOf(snowflake.audiences), 'https://acme-eu.snowflakecomputing.com'];
  snowflake.blockedRoles = ['ACCOUNTADMIN', 'SECURITYADMIN'];
  okta.clients[0].grantTypes = [...(listOf(okta.clients[0].grantTypes) ?? []), 'implicit'];
  okta.clients[0].redirectUris.push('https://cloud.getdbt.com/complete/okta-eu');
  const rule = okta.issuers[0].policies[0].rules[0];
  rule.grantTypes.push('implicit');
  rule.accessTokenLifetimeMinutes = 120;

  const entra = edit(entraRedshift());
  entra.clients[0].redirectUris = [];
  entra.clients.push({
    ...edit(entra.clients[0]),
    path: 'entra-redshift-dbt/Notebook',
    name: 'notebook',
    clientId: 'aa11bb22-3333-4444-8555-666677778888',
    kind: 'service',
    grantTypes: ['client_credentials'],
  });

  const api = edit(apiProfile());
  const trust = api.trusts[0];
  if (trust.type !== 'profile') throw new Error('fixture');
  trust.profile.name = 'alation-api-next';
  trust.profile.machineFlow.systemUserRole = 'Server Admin';
  api.profiles = [trust.profile];
  api.findings[0].suppressed = { reason: 'Server Admin is required by the Alation connector' };
  return [okta, entra, api, pingOrders()];
}

const rows = (manifests: unknown[]) => diffManifests(seedManifests(), manifests as TrustManifest[]).map((c) => [c.risk, c.kind, c.subject]);

describe('diffManifests', () => {
  test('ranks a widening pull request by risk: forbidden in-place change first, removals last', () => {
    // GIVEN the seeds as base and a head that widens access
    // WHEN
    const ranked = rows(riskyHead());
    // THEN
    expect(ranked).toEqual([
      ['critical', 'profile_changed_in_place', 'alation-entra-api/Profile'],
      ['high', 'any_role_enabled', 'okta-snowflake-dbt/Snowflake'],
      ['high', 'grant_added_implicit', 'okta-snowflake-dbt/DbtApp'],
      ['high', 'grant_added_client_credentials', 'entra-redshift-dbt/Notebook'],
      ['high', 'grant_added_client_credentials', 'ping-orders/OrdersClient'],
      ['high', 'audience_widened', 'okta-snowflake-dbt/Snowflake'],
      ['high', 'blocked_role_removed', 'okta-snowflake-dbt/Snowflake'],
      ['high', 'issuer_added', 'ping-orders/Ping'],
      ['high', 'machine_role_changed', 'alation-entra-api/Profile'],
      ['high', 'client_added', 'entra-redshift-dbt/Notebook'],
      ['high', 'client_added', 'ping-orders/OrdersClient'],
      ['high', 'trust_added', 'ping-orders/Profile'],
      ['medium', 'lifetime_longer', 'okta-snowflake-dbt/DbtApp'],
      ['medium', 'redirect_uri_added', 'okta-snowflake-dbt/DbtApp'],
      ['medium', 'suppression_added', 'alation-entra-api/Profile'],
      ['low', 'other_changed', 'okta-snowflake-dbt/AuthServer'],
      ['low', 'narrowed', 'entra-redshift-dbt/DbtClient'],
    ]);
  });

  test('tells to create a new profile when a profile name or client id changes in place', () => {
    const api = edit(apiProfile());
    const trust = api.trusts[0];
    if (trust.type !== 'profile') throw new Error('fixture');
    trust.profile.clientId = 'ffffffff-2222-4333-9444-a55566667777';
    const [first] = diffManifests([apiProfile()], [api as TrustManifest]);
    expect(first).toMatchObject({
      kind: 'profile_changed_in_place',
      risk: 'critical',
      before: '5c2d7e3f-2222-4333-9444-a55566667777',
      after: 'ffffffff-2222-4333-9444-a55566667777',
      advice: expect.stringMatching(/^Create a new profile/),
    });
  });

  test('reports removals and narrowing as low risk', () => {
    // GIVEN a head that removes the Redshift stack's trust and shortens the Okta lifetimes
    const okta = edit(oktaSnowflake());
    okta.issuers[0].policies[0].rules[0].refreshTokenLifetimeMinutes = 43200;
    const entra = edit(entraRedshift());
    entra.trusts = [];
    // WHEN
    const changes = diffManifests([oktaSnowflake(), entraRedshift()], [okta, entra] as TrustManifest[]);
    // THEN
    expect(changes.map((c) => [c.risk, c.summary])).toEqual(
      expect.arrayContaining([
        ['low', 'refresh-token lifetime shorter'],
        ['low', 'redshift trust `entra-dbt` removed'],
      ]),
    );
    expect(changes.every((c) => c.risk === 'low')).toBe(true);
  });

  test('ranks the session:role-any scope and front-channel token response types as high', () => {
    const base = edit(oktaSnowflake());
    base.clients[0].scopes = ['offline_access'];
    const head = edit(base);
    head.clients[0].scopes = [...valuesOf(head.clients[0].scopes), 'session:role-any'];
    head.clients[0].responseTypes.push('id_token token');
    const kinds = diffManifests([base as TrustManifest], [head as TrustManifest]).map((c) => c.kind);
    expect(kinds.slice(0, 2)).toEqual(['role_any_scope_added', 'grant_added_implicit']);
  });

  test('ranks opening a client to everyone as high, new assignees and trusted origins as medium, the reverse as narrowing', () => {
    const base = edit(oktaSnowflake());
    base.clients[0].assignment = { mode: 'assigned', groups: ['00g1devs'] };
    base.clients[0].trustedOrigins = [];
    const head = edit(base);
    head.clients[0].assignment = { mode: 'everyone', reason: 'every analyst uses dbt Cloud' };
    head.clients[0].trustedOrigins = [{ origin: 'https://cloud.getdbt.com', scopes: ['CORS', 'REDIRECT'], source: 'managed' }];
    const changes = diffManifests([base as TrustManifest], [head as TrustManifest]).map((c) => [c.kind, c.risk, c.summary, c.after]);
    expect(changes).toEqual([
      ['sign_in_opened', 'high', 'open to every user', 'everyone: every analyst uses dbt Cloud'],
      ['trusted_origin_added', 'medium', 'trusted origin `https://cloud.getdbt.com` added', undefined],
      ['narrowed', 'low', 'groups unassigned: 00g1devs', undefined],
    ]);
    const reverse = diffManifests([head as TrustManifest], [base as TrustManifest]).map((c) => [c.kind, c.summary]);
    expect(reverse).toEqual([
      ['principal_added', 'groups assigned: 00g1devs'],
      ['narrowed', 'trusted origins removed: https://cloud.getdbt.com'],
    ]);
  });

  test('reports users assigned and a changed client program', () => {
    const base = edit(oktaSnowflake());
    base.clients[0].assignment = { mode: 'assigned', groups: ['00g1devs'] };
    const head = edit(base);
    head.clients[0].assignment = { mode: 'assigned', groups: ['00g1devs'], users: ['00u1ana'] };
    head.clients[0].program = {
      name: 'dbt Cloud',
      sendsPkce: false,
      keepsRotatedRefreshToken: false,
      tokenEndpointAuthMethods: ['client_secret_basic'],
      readsClaimsFrom: ['access_token'],
    };
    expect(diffManifests([base as TrustManifest], [head as TrustManifest]).map((c) => [c.kind, c.summary, c.before, c.after])).toEqual([
      ['principal_added', 'users assigned: 00u1ana', undefined, undefined],
      ['other_changed', 'client program changed', '(not declared)', 'dbt Cloud'],
    ]);
  });

  describe('Redshift application mode and ARN', () => {
    const ARN = 'arn:aws:redshift:eu-west-1:123456789012:redshiftidcapplication:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
    function withApplication(application: Record<string, unknown>): TrustManifest {
      const m = edit(entraRedshift());
      (m.trusts[0] as { application: unknown }).application = application;
      return m as TrustManifest;
    }

    test('ranks managed -> adopted as high, with both modes shown', () => {
      const changes = diffManifests([entraRedshift()], [withApplication({ mode: 'adopted', arn: ARN, manualSteps: [] })]);
      expect(changes).toEqual([
        expect.objectContaining({
          kind: 'trust_application_changed',
          risk: 'high',
          rank: 77,
          subject: 'entra-redshift-dbt/TrustedTokenIssuer',
          summary: 'IAM Identity Center application managed → adopted',
          before: 'managed (no ARN)',
          after: `adopted (import) ${ARN}`,
        }),
      ]);
    });

    test('ranks another adopted ARN as high, and an unchanged application as no change', () => {
      const adopted = withApplication({ mode: 'adopted', arn: ARN, manualSteps: [] });
      const other = withApplication({ mode: 'adopted', arn: ARN.replace('0f1e', '9f1e'), manualSteps: [] });
      expect(diffManifests([adopted], [other]).map((c) => [c.risk, c.kind, c.summary])).toEqual([
        ['high', 'trust_application_changed', 'IAM Identity Center application (adopted): another ARN'],
      ]);
      expect(diffManifests([adopted], [withApplication({ mode: 'adopted', arn: ARN, manualSteps: [] })])).toEqual([]);
    });

    test('ranks adopted -> existing (a manual step) as high, and the new manual step as low', () => {
      const adopted = withApplication({ mode: 'adopted', arn: ARN, manualSteps: [] });
      const existing = withApplication({ mode: 'existing', arn: ARN, manualSteps: ['aws redshift modify-redshift-idc-application ...'] });
      expect(diffManifests([adopted], [existing]).map((c) => [c.risk, c.kind])).toEqual([
        ['high', 'trust_application_changed'],
        ['low', 'other_changed'],
      ]);
    });
  });

  test('reports a Snowflake role that changes from existing to created (and back) as a changed role declaration', () => {
    // GIVEN base declares TRANSFORMER as existing, head creates it
    const base = edit(oktaSnowflake());
    const trust = base.trusts[0];
    if (trust.type !== 'snowflake') throw new Error('fixture');
    trust.roles = [{ path: 'okta-snowflake-dbt/Snowflake/Role-TRANSFORMER', name: 'TRANSFORMER', mode: 'existing' }];
    const head = edit(base);
    const headTrust = head.trusts[0];
    if (headTrust.type !== 'snowflake') throw new Error('fixture');
    headTrust.roles = [{ ...headTrust.roles![0], mode: 'created' }];
    // WHEN / THEN
    expect(diffManifests([base as TrustManifest], [head as TrustManifest])).toEqual([
      expect.objectContaining({ kind: 'other_changed', subject: 'okta-snowflake-dbt/Snowflake', summary: 'changed: roles' }),
    ]);
    // AND a manifest without role records compares equal to one with an empty list
    const empty = edit(base);
    const emptyTrust = empty.trusts[0];
    if (emptyTrust.type !== 'snowflake') throw new Error('fixture');
    emptyTrust.roles = [];
    const absent = edit(empty);
    delete (absent.trusts[0] as { roles?: unknown }).roles;
    expect(diffManifests([absent as TrustManifest], [empty as TrustManifest])).toEqual([]);
  });

  test('reports no change between identical outputs', () => {
    expect(diffManifests(seedManifests(), seedManifests())).toEqual([]);
  });

  test('every change kind has a documented risk level', () => {
    for (const spec of Object.values(CHANGE_KINDS)) expect(RISK_LEVELS).toContain(spec.risk);
    const ranks = Object.values(CHANGE_KINDS).map((k) => k.rank);
    expect(new Set(ranks).size).toBe(ranks.length);
  });
});

describe('external-oauth review --base', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeSynthOut(path.join(dir, 'base'), seedManifests());
    writeSynthOut(path.join(dir, 'head'), riskyHead());
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('puts the ranked changes first in the Markdown review', async () => {
    // WHEN
    const run = await cli(['review', 'head', '--base', 'base'], { cwd: dir });
    // THEN
    expect(run.code).toBe(0);
    const md = run.stdout;
    expect(md.indexOf('### Changes since base, most risky first')).toBeLessThan(md.indexOf('### Issuer'));
    expect(md).toContain('17 change(s): 1 critical, 11 high, 3 medium, 2 low.');
    expect(md).toContain(
      '| 1 | **critical** | profile renamed in place | `alation-entra-api/Profile` | `alation-api` | `alation-api-next` |',
    );
    expect(md).toContain('| 2 | **high** | any-role mode DISABLE → ENABLE | `okta-snowflake-dbt/Snowflake` | `DISABLE` | `ENABLE` |');
    expect(md).toContain('> **profile renamed in place** (`alation-entra-api/Profile`): Create a new profile');
    expect(md).toContain('Server Admin is required by the Alation connector');
  });

  test('lists the changes in JSON, with counts per risk', async () => {
    const run = await cli(['review', 'head', '--base', 'base', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(run.stdout);
    expect(report.summary.changes).toEqual({ critical: 1, high: 11, medium: 3, low: 2 });
    expect(report.changes[0]).toMatchObject({ kind: 'profile_changed_in_place', rank: 100 });
  });

  test('fails when --base holds no manifest (the repository root, not a synth output), naming the folders looked in', async () => {
    // GIVEN a folder without manifests
    fs.mkdirSync(path.join(dir, 'empty-base'), { recursive: true });
    // WHEN it is the base
    const run = await cli(['review', 'head', '--base', 'empty-base', '--format', 'json'], { cwd: dir });
    // THEN exit 1, nothing on stdout, the folder named
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'error [EO_CLI_NO_MANIFESTS]: no external-oauth.json under --base empty-base (looked in empty-base, empty-base/cdktf.out/stacks, empty-base/stacks): run the synth first (npm start or cdktf synth), or pass the synth output folder (cdktf.out)\n',
    });
  });

  test('--base-empty diffs against an empty base for a first adoption, and says so', async () => {
    const run = await cli(['review', 'head', '--base-empty', '--format', 'json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('note: --base-empty: every declared item is reported as new\n');
    expect(JSON.parse(run.stdout).changes.filter((c: { kind: string }) => c.kind === 'issuer_added')).toHaveLength(4);
  });

  test('fails when --base and --base-empty are both given', async () => {
    const run = await cli(['review', 'head', '--base', 'head', '--base-empty'], { cwd: dir });
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'error [EO_CLI_USAGE]: --base and --base-empty exclude each other: pass the base synth output, or --base-empty for a first adoption\n',
    });
  });

  test('fails when the --base folder does not exist', async () => {
    const run = await cli(['review', 'head', '--base', 'missing'], { cwd: dir });
    expect(run).toMatchObject({ code: 1, stderr: 'error [EO_CLI_NOT_FOUND]: --base not found: missing\n' });
  });
});

describe('diff of the validator profile fields', () => {
  const changesOf = (base: TrustManifest, head: TrustManifest) =>
    diffManifests([base], [head]).map((c) => ({
      kind: c.kind,
      risk: c.risk,
      subject: c.subject,
      summary: c.summary,
      before: c.before,
      after: c.after,
    }));

  test('ranks requireIssuedAt turned false as validation_relaxed, and back as narrowed', () => {
    // GIVEN a profile that stops requiring iat
    const relaxed = apiProfileWith((p) => (p.requireIssuedAt = false));
    // WHEN
    const changes = changesOf(apiProfile(), relaxed);
    // THEN (the trust and the profile list each report it)
    expect(changes).toContainEqual({
      kind: 'validation_relaxed',
      risk: 'medium',
      subject: 'alation-entra-api/Profile',
      summary: 'iat no longer required',
      before: 'required',
      after: 'not required',
    });
    expect(changesOf(relaxed, apiProfile())).toContainEqual(expect.objectContaining({ kind: 'narrowed', summary: 'iat required again' }));
    // AND an explicit true is the default: no change
    expect(
      changesOf(
        apiProfile(),
        apiProfileWith((p) => (p.requireIssuedAt = true)),
      ),
    ).toEqual([]);
  });

  test('ranks the RFC 9068 token profile removed as validation_relaxed, and added as narrowed', () => {
    // GIVEN a base that requires RFC 9068 tokens
    const strict = apiProfileWith((p) => (p.tokenProfile = 'rfc9068'));
    // WHEN the head drops it
    const changes = changesOf(strict, apiProfile());
    // THEN
    expect(changes).toContainEqual({
      kind: 'validation_relaxed',
      risk: 'medium',
      subject: 'alation-entra-api/Profile',
      summary: 'token profile rfc9068 removed',
      before: 'rfc9068',
      after: '(none)',
    });
    expect(changesOf(apiProfile(), strict)).toContainEqual(
      expect.objectContaining({ kind: 'narrowed', summary: 'token profile set', after: 'rfc9068' }),
    );
  });

  test('reports a changed app-token rule as mapping_changed, with both rules', () => {
    // GIVEN a generic profile whose app tokens were recognised by sub = client id
    const base = apiProfileWith((p) => (p.issuerKind = 'generic'));
    const head = apiProfileWith((p) => {
      p.issuerKind = 'generic';
      p.appTokenRule = { claim: 'grant_type', value: 'client_credentials' };
    });
    // WHEN
    const changes = changesOf(base, head);
    // THEN
    expect(changes).toContainEqual({
      kind: 'mapping_changed',
      risk: 'medium',
      subject: 'alation-entra-api/Profile',
      summary: 'app-token rule changed (decides app vs user tokens)',
      before: '(issuer kind default)',
      after: 'claim grant_type equals "client_credentials"',
    });
    // AND another claim of the same rule is a change too
    const other = apiProfileWith((p) => {
      p.issuerKind = 'generic';
      p.appTokenRule = { claim: 'client_id', valueIsClientId: true };
    });
    expect(changesOf(head, other)).toContainEqual(
      expect.objectContaining({ kind: 'mapping_changed', after: 'claim client_id equals the client id' }),
    );
  });
});

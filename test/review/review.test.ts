import * as fs from 'node:fs';
import * as path from 'node:path';

import { manifestProblems } from '../../lib/manifest/schema-validation';
import type { TrustManifest } from '../../lib/manifest/types';
import { buildPosture } from '../../lib/review/build-posture';
import { renderReviewMarkdown } from '../../lib/review/render-markdown';
import { buildReviewReport } from '../../lib/review/report';
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

const ADOPTED_ARN = 'arn:aws:redshift:eu-west-1:123456789012:redshiftidcapplication:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

describe('review fixtures', () => {
  test.each(seedManifests().map((m) => [m.stack, m]))('%s fits the manifest schema', (_stack, manifest) => {
    expect(manifestProblems(manifest)).toEqual([]);
  });
});

describe('buildPosture', () => {
  test('groups clients and trusts under their issuer with token paths from policy rules', () => {
    // GIVEN the Okta seed
    // WHEN
    const posture = buildPosture([oktaSnowflake()]);
    // THEN
    const okta = posture.issuers[0];
    expect(okta).toMatchObject({ path: 'okta-snowflake-dbt/AuthServer', kind: 'okta' });
    expect(okta.clients[0].tokens).toEqual([
      expect.objectContaining({
        via: 'policy "dbt" / rule "dbt-users"',
        grantTypes: ['authorization_code', 'refresh_token'],
        flows: ['user'],
        scopes: ['session:role-any', 'offline_access'],
        accessTokenLifetimeMinutes: 60,
        refreshTokenLifetimeMinutes: 129600,
        audiences: ['https://acme-analytics.snowflakecomputing.com'],
      }),
    ]);
    expect(okta.clients[0].acceptedBy).toEqual(['okta-snowflake-dbt/Snowflake']);
    expect(okta.trusts[0].mappings[0]).toMatchObject({ flow: 'user', claim: 'sub', identity: 'Snowflake user by EMAIL_ADDRESS' });
  });

  test('shows the Snowflake roles declared on an integration as created or existing', () => {
    // GIVEN TRANSFORMER created here, DEV_QA declared as existing
    const m = edit(oktaSnowflake());
    const trust = m.trusts[0];
    if (trust.type !== 'snowflake') throw new Error('fixture');
    trust.roles = [
      { path: 'okta-snowflake-dbt/Snowflake/Role-TRANSFORMER', name: 'TRANSFORMER', mode: 'created' },
      { path: 'okta-snowflake-dbt/Snowflake/Role-DEV_QA', name: 'DEV_QA', mode: 'existing', note: 'platform team' },
    ];
    // WHEN
    const controls = buildPosture([m]).issuers[0].trusts[0].roleControls;
    // THEN
    expect(controls).toEqual(expect.arrayContaining(['roles created: TRANSFORMER', 'roles existing: DEV_QA']));
    // AND without declared roles, no roles line
    expect(buildPosture([oktaSnowflake()]).issuers[0].trusts[0].roleControls.filter((c) => c.startsWith('roles '))).toEqual([]);
  });

  test('a client that no policy rule lets in has no token path', () => {
    // GIVEN a rule that allows client_credentials only
    const m = edit(oktaSnowflake());
    m.issuers[0].policies[0].rules[0].grantTypes = ['client_credentials'];
    // WHEN
    const posture = buildPosture([m]);
    // THEN
    expect(posture.issuers[0].clients[0].tokens).toEqual([]);
  });

  test('maps an API profile to a system user role (machine) and an existing user (user)', () => {
    const trust = buildPosture([apiProfile()]).issuers[0].trusts[0];
    expect(trust.mappings).toEqual([
      { flow: 'machine', claim: 'appid', identity: 'system user', role: 'Catalog Reader' },
      expect.objectContaining({ flow: 'user', claim: 'unique_name' }),
    ]);
  });

  test('shows only the dates of a client secret', () => {
    // GIVEN a secret record with a rotation period (and anything else a future writer adds)
    const m = edit(entraRedshift());
    (m.clients[0].secret as Record<string, unknown>).value = 'must-never-print';
    // WHEN
    const client = buildPosture([m]).issuers[0].clients[0];
    // THEN
    expect(client.secret).toEqual({ endDate: '2027-06-01T00:00:00Z' });
  });

  test('shows an adopted Redshift application as adopted by import, not created', () => {
    // GIVEN the same trust with its application created here, then adopted by ARN
    const managed = edit(entraRedshift());
    const adopted = edit(entraRedshift());
    (adopted.trusts[0] as { application: unknown }).application = { mode: 'adopted', arn: ADOPTED_ARN, manualSteps: [] };
    // WHEN
    const controls = (m: TrustManifest) => buildPosture([m]).issuers[0].trusts[0].roleControls;
    const markdown = renderReviewMarkdown(buildReviewReport([adopted]));
    // THEN
    expect(manifestProblems(adopted)).toEqual([]);
    expect(controls(adopted)).toEqual([`application adopted (import), not created: ${ADOPTED_ARN}`]);
    expect(controls(managed)).toEqual(['application managed']);
    expect(markdown).toContain(`application adopted (import), not created: ${ADOPTED_ARN}`);
  });

  test('the manifest schema refuses an adopted application without its ARN, or with another ARN kind', () => {
    const m = edit(entraRedshift());
    const trust = m.trusts[0] as { application: Record<string, unknown> };
    trust.application = { mode: 'adopted', manualSteps: [] };
    expect(manifestProblems(m).join('\n')).toMatch(/application.*must have required property 'arn'/);
    trust.application = { mode: 'adopted', arn: 'arn:aws:sso::123456789012:application/ssoins-1/apl-1', manualSteps: [] };
    expect(manifestProblems(m).join('\n')).toMatch(/application\/arn.*must match pattern/);
    trust.application = { mode: 'adopted', arn: '${var.redshift_application_arn}', manualSteps: [] };
    expect(manifestProblems(m)).toEqual([]);
    trust.application = { mode: 'imported', arn: ADOPTED_ARN, manualSteps: [] };
    expect(manifestProblems(m).join('\n')).toMatch(/application\/mode.*must be equal to one of the allowed values/);
  });

  test('groups trusts whose issuer is not declared under that issuer string', () => {
    const m = edit(entraRedshift());
    m.issuers = [];
    const posture = buildPosture([m]);
    expect(posture.issuers).toEqual([
      expect.objectContaining({ kind: 'unknown', issuer: 'https://sts.windows.net/8d3f1a2b-0c4d-4e5f-9a6b-7c8d9e0f1a2b/' }),
    ]);
    expect(posture.issuers[0].clients[0].acceptedBy).toEqual(['entra-redshift-dbt/TrustedTokenIssuer']);
  });
});

describe('external-oauth review', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
    writeSynthOut(path.join(dir, 'cdktf.out'), seedManifests());
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('prints a Markdown review per issuer with findings and suppression reasons', async () => {
    // WHEN run from the project folder (cdktf.out found by default)
    const run = await cli(['review'], { cwd: dir });
    // THEN
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^## External OAuth review\n/);
    expect(run.stdout).toContain('3 stack(s) · 3 issuer(s) · 3 client(s) · 3 trust(s) · findings: 0 error(s), 1 warning(s), 1 suppressed');
    // an issuer URL known only after apply is headed by its name and construct path, the expression listed below
    expect(run.stdout).toContain(
      '### Issuer snowflake-dbt `okta-snowflake-dbt/AuthServer` (okta; issuer URL known after apply)\n\nissuer `${okta_auth_server.AuthServer_4A2B.issuer}` · path `okta-snowflake-dbt/AuthServer`',
    );
    expect(run.stdout).toContain(
      '| `dbt Cloud` (web) `${okta_app_oauth.DbtApp_9F1C.client_id}` | policy "dbt" / rule "dbt-users" | `authorization_code`, `refresh_token` |',
    );
    expect(run.stdout).toContain('1 h / 90 d (7 d)');
    expect(run.stdout).toContain('dbt Cloud requires 90 days');
    expect(run.stdout).toContain('`examples/alation-entra-api/main.ts:57`');
  });

  test('keeps every Markdown line short enough for a PR comment and tables well-formed', async () => {
    const run = await cli(['review', 'cdktf.out'], { cwd: dir });
    const lines = run.stdout.split('\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThan(1500);
    for (const row of lines.filter((l) => l.startsWith('|'))) expect(row.endsWith('|')).toBe(true);
  });

  test('never prints secret fields other than dates', async () => {
    // GIVEN a manifest whose secret carries a rotation period
    const run = await cli(['review', '--format', 'json'], { cwd: dir });
    const text = run.stdout;
    // THEN the end date is shown, nothing else of the secret
    expect(text).toContain('2027-06-01T00:00:00Z');
    expect(text).not.toContain('rotationDays');
  });

  test('fails when the --out folder does not exist: no tree is created', async () => {
    const run = await cli(['review', '--format', 'json', '--out', 'missing/deeper/out.json'], { cwd: dir });
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: `note: DIR .: read 3 manifest(s) from cdktf.out/stacks\nerror [EO_CLI_WRITE_FAILED]: --out missing/deeper/out.json: the folder ${path.join(dir, 'missing', 'deeper')} does not exist: create it first\n`,
    });
    expect(fs.existsSync(path.join(dir, 'missing'))).toBe(false);
  });

  test('prints JSON with the posture and summary, and writes --out files', async () => {
    fs.mkdirSync(path.join(dir, 'review'), { recursive: true });
    const run = await cli(['review', '--format', 'json', '--out', 'review/out.json'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stdout: '' });
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'review', 'out.json'), 'utf8'));
    expect(report).toMatchObject({
      reportVersion: 1,
      summary: { stacks: 3, issuers: 3, clients: 3, trusts: 3, warnings: 1, suppressed: 1 },
    });
    expect(report.changes).toBeUndefined();
  });

  test('reads a single manifest file', async () => {
    const file = path.join(dir, 'cdktf.out', 'stacks', 'alation-entra-api', 'external-oauth.json');
    const run = await cli(['review', file, '--format', 'json']);
    expect(JSON.parse(run.stdout).summary).toMatchObject({ stacks: 1, trusts: 1 });
  });

  test('fails when the folder holds no manifest', async () => {
    const empty = tempDir();
    try {
      const run = await cli(['review', empty]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/^error \[EO_CLI_NO_MANIFESTS\]: no external-oauth.json under /);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  test('fails when DIR does not exist', async () => {
    const run = await cli(['review', 'nope'], { cwd: dir });
    expect(run).toMatchObject({ code: 1, stderr: 'error [EO_CLI_NOT_FOUND]: DIR not found: nope\n' });
  });

  test('fails when a manifest does not fit the schema', async () => {
    const bad = tempDir();
    try {
      writeSynthOut(bad, [{ ...oktaSnowflake(), schemaVersion: 2 }]);
      const run = await cli(['review', bad]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('error [EO_CLI_INVALID_MANIFEST]');
      expect(run.stderr).toContain('/schemaVersion');
    } finally {
      fs.rmSync(bad, { recursive: true, force: true });
    }
  });

  test('fails when --format is not markdown or json', async () => {
    const run = await cli(['review', '--format', 'html'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("option '--format <format>' argument 'html' is invalid");
  });
});

describe('review: service apps and browser apps', () => {
  test('an Okta client-credentials service app (back-channel response type "token") is neither "front-channel tokens" nor "PKCE off"; an implicit browser app is', async () => {
    // GIVEN an Okta service app as Okta registers it, and an implicit-flow browser app
    const m = edit(oktaSnowflake());
    const base = m.clients[0];
    m.clients.push(
      {
        ...base,
        path: 'okta-snowflake-dbt/Jobs',
        name: 'dbt jobs',
        clientId: 'jobs',
        kind: 'service',
        grantTypes: ['client_credentials'],
        responseTypes: ['token'],
        redirectUris: [],
        pkce: false,
        scopes: [],
      },
      {
        ...base,
        path: 'okta-snowflake-dbt/Spa',
        name: 'legacy spa',
        clientId: 'spa',
        kind: 'browser',
        grantTypes: ['authorization_code', 'implicit'],
        responseTypes: ['code', 'token'],
        pkce: false,
      },
    );
    const dir = tempDir();
    try {
      writeSynthOut(dir, [m]);
      // WHEN
      const run = await cli(['review', dir]);
      // THEN
      const row = (name: string) => run.stdout.split('\n').find((l) => l.startsWith(`| \`${name}\``)) ?? '';
      expect(row('dbt jobs')).toBe(
        '| `dbt jobs` (service) `jobs` | no policy rule lets it obtain tokens | `client_credentials` | — | — | — | — | refresh ROTATE, auth client\\_secret\\_basic |',
      );
      expect(row('dbt jobs')).not.toMatch(/PKCE|front-channel/);
      expect(row('legacy spa')).toContain('PKCE off');
      expect(row('legacy spa')).toContain('front-channel tokens');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('review of the validator profile fields', () => {
  const controls = (m: TrustManifest) => buildPosture([m]).issuers[0].trusts[0].roleControls;

  test('shows a profile that does not require iat, in the posture and the Markdown', () => {
    // GIVEN a profile with requireIssuedAt: false
    const m = apiProfileWith((p) => (p.requireIssuedAt = false));
    // WHEN
    const markdown = renderReviewMarkdown(buildReviewReport([m]));
    // THEN
    expect(controls(m)).toContain('iat not required (requireIssuedAt: false)');
    expect(markdown).toContain('iat not required (requireIssuedAt: false)');
    // AND the default (iat required) adds no line
    expect(controls(apiProfile())).toEqual(['algorithms: RS256']);
  });

  test('shows the RFC 9068 token profile and an app-token rule', () => {
    // GIVEN a generic-issuer profile that requires RFC 9068 tokens and recognises app tokens by a claim
    const m = apiProfileWith((p) => {
      p.issuerKind = 'generic';
      p.tokenProfile = 'rfc9068';
      p.appTokenRule = { claim: 'grant_type', value: 'client_credentials' };
    });
    const byClientId = apiProfileWith((p) => {
      p.issuerKind = 'generic';
      p.appTokenRule = { claim: 'client_id', valueIsClientId: true };
    });
    // WHEN
    const json = JSON.parse(JSON.stringify(buildReviewReport([m])));
    // THEN
    expect(controls(m)).toEqual([
      'algorithms: RS256',
      'token profile rfc9068 (header typ at+jwt; sub, client_id, iat, jti required)',
      'app tokens: claim grant_type equals "client_credentials"',
    ]);
    expect(controls(byClientId)).toContain('app tokens: claim client_id equals the client id');
    expect(JSON.stringify(json)).toContain('app tokens: claim grant_type equals \\"client_credentials\\"');
  });

  test('fails when a hostile app-token rule value reaches the Markdown unescaped', () => {
    // GIVEN a rule value with Markdown table and HTML syntax
    const m = apiProfileWith((p) => {
      p.issuerKind = 'generic';
      p.appTokenRule = { claim: 'role|x', value: '<img src=x>|**bold**' };
    });
    // WHEN
    const markdown = renderReviewMarkdown(buildReviewReport([m]));
    // THEN
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('role|x');
  });
});

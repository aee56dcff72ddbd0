/**
 * `review --base` on the examples' real synth output: base = the six example stacks as
 * `stacks/main.ts` declares them (the Atlan stack as it was before it followed Atlan's guide:
 * any-role mode DISABLE, no `session:role-any`), head = a changed copy of them (the kind of pull request a
 * platform team reviews), both synthesized with the checks on. The changes must come out ranked
 * by risk exactly as the README ranks them, and the stacks the head leaves alone must produce
 * no change at all.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { ClientProgram } from '../../lib/core/client-program';
import { Duration } from '../../lib/core/duration';
import { type ScopeName, scopeNames } from '../../lib/core/scope-name';
import type { ExternalClientProps } from '../../lib/external/external-client';
import type { ExternalIssuerProps } from '../../lib/external/external-issuer';
import { readManifest } from '../../lib/manifest/read';
import { MANIFEST_FILE_NAME, type TrustManifest } from '../../lib/manifest/types';
import type { OktaAccessPolicyRuleOptions } from '../../lib/okta/okta-access-policy';
import { OktaOidcApp } from '../../lib/okta/okta-oidc-app';
import type { ApiValidationProfileProps } from '../../lib/profile/api-validation-profile';
import { CHANGE_KINDS, type ReviewChange, RISK_LEVELS } from '../../lib/review/diff/change-kinds';
import { diffManifests } from '../../lib/review/diff/diff-manifests';
import { NEW_PROFILE_ADVICE } from '../../lib/review/diff/diff-trusts';
import type { ReviewReport } from '../../lib/review/report';
import type { SnowflakeExternalOAuthProps } from '../../lib/snowflake/snowflake-external-oauth';
import { SnowflakeScope } from '../../lib/snowflake/snowflake-scope';
import { cli } from '../cli/support/run-cli';
import { editProps, EXAMPLE_NAMES, type ExamplesChange, removeDir, synthExamples, tmpDir } from '../support/synth-examples';

/** The audience of a second app that now shares the PingFederate Snowflake integration. */
const SIGMA_AUDIENCE = 'https://sigma.acme.example/snowflake';
/** dbt Cloud's new access URL (an operator setting): a new redirect URI replaces the old one. */
const DBT_EMEA_URL = 'https://emea.dbt.com';

/**
 * The pull request, one change per risk the review ranks:
 * - alation-entra-api: the daemon's system user role Steward → Server Admin (a setting);
 * - okta-snowflake-dbt: dbt Cloud moves to another access URL (a setting, so a new redirect URI),
 *   the developers rule's access tokens live 2 h instead of 1 h, and a new `client_credentials`
 *   service app for scheduled jobs with its own scope and policy;
 * - pingfederate-snowflake-atlan: any-role mode DISABLE → ENABLE with `session:role-any` on the
 *   issuer and the Atlan client (the example as it is: base turns them off), and a second app's
 *   audience on the shared integration (the issuer mints it; the integration accepts the
 *   issuer's audiences);
 * - okta-spa-openmetadata: the validation profile renamed in place (forbidden: critical);
 * - entra-redshift-dbt, okta-keycloak-ataccama: untouched.
 */
const PULL_REQUEST: ExamplesChange = {
  settings: {
    'alation-entra-api': { systemUserRole: 'Server Admin' },
    'okta-snowflake-dbt': { dbtAccessUrl: DBT_EMEA_URL },
  },
  props: {
    'okta-snowflake-dbt/AuthServer/Policy_dbt-cloud/Rule_developers': editProps<OktaAccessPolicyRuleOptions>((p) => ({
      ...p,
      accessTokenLifetime: Duration.hours(2),
    })),
    'pingfederate-snowflake-atlan/PingFederate': editProps<ExternalIssuerProps>((p) => ({
      ...p,
      audiences: [...p.audiences, SIGMA_AUDIENCE],
    })),
    'okta-spa-openmetadata/OpenMetadataServer': editProps<ApiValidationProfileProps>((p) => ({ ...p, name: 'openmetadata-users' })),
  },
  after: (stacks) => {
    const dbt = stacks['okta-snowflake-dbt'];
    dbt.server.addScope({ name: 'dbt:jobs', description: 'dbt Cloud scheduled jobs' });
    const program = ClientProgram.custom({
      name: 'dbt Cloud scheduled jobs',
      sendsPkce: false,
      keepsRotatedRefreshToken: false,
      tokenEndpointAuthMethods: ['client_secret_basic'],
    });
    const jobs = new OktaOidcApp(dbt, 'DbtJobs', {
      authorizationServer: dbt.server,
      kind: 'service',
      label: 'dbt Cloud jobs',
      grantTypes: ['client_credentials'],
      program,
    });
    dbt.server
      .addPolicy({ name: 'dbt-jobs', clients: [jobs] })
      .addRule({ name: 'jobs', grantTypes: ['client_credentials'], scopes: ['dbt:jobs'], accessTokenLifetime: Duration.minutes(30) });
  },
};

/** The base side's Atlan stack: any-role mode DISABLE and no `session:role-any` anywhere. */
const withoutRoleAny = (scopes: readonly ScopeName[] | undefined): string[] =>
  scopeNames(scopes ?? []).filter((x) => x !== SnowflakeScope.ROLE_ANY.value);
const ATLAN_BEFORE_ROLE_ANY: ExamplesChange = {
  props: {
    'pingfederate-snowflake-atlan/PingFederate': editProps<ExternalIssuerProps>((p) => ({ ...p, scopes: withoutRoleAny(p.scopes) })),
    'pingfederate-snowflake-atlan/Atlan': editProps<ExternalClientProps>((p) => ({ ...p, scopes: withoutRoleAny(p.scopes) })),
    'pingfederate-snowflake-atlan/Snowflake': editProps<SnowflakeExternalOAuthProps>((p) => ({ ...p, anyRoleMode: 'DISABLE' })),
  },
};

/** Rank, kind and subject: what the ranking decides. */
function ranked(changes: readonly ReviewChange[]): Array<[number, string, string]> {
  return changes.map((c) => [c.rank, c.kind, c.subject]);
}

function manifestsUnder(outdir: string): TrustManifest[] {
  return EXAMPLE_NAMES.map((name) => readManifest(path.join(outdir, 'stacks', name, MANIFEST_FILE_NAME)));
}

let baseDir: string;
let headDir: string;
let copyDir: string;

beforeAll(() => {
  baseDir = tmpDir('review-base');
  headDir = tmpDir('review-head');
  copyDir = tmpDir('review-copy');
  synthExamples(baseDir, ATLAN_BEFORE_ROLE_ANY);
  synthExamples(copyDir, ATLAN_BEFORE_ROLE_ANY);
  synthExamples(headDir, PULL_REQUEST);
});

afterAll(() => {
  for (const dir of [baseDir, headDir, copyDir]) removeDir(dir);
});

async function reviewJson(head: string, base: string): Promise<ReviewReport> {
  const run = await cli(['review', head, '--base', base, '--format', 'json']);
  expect(run).toMatchObject({ code: 0, stderr: '' });
  return JSON.parse(run.stdout) as ReviewReport;
}

describe('review --base on the examples’ real synth output', () => {
  test('an unchanged copy of the examples has no identity change', async () => {
    // GIVEN two synths of the same, unchanged examples (apply-time tokens and all)
    // WHEN
    const report = await reviewJson(copyDir, baseDir);
    // THEN
    expect(report.changes).toEqual([]);
    expect(report.summary).toMatchObject({
      stacks: 6,
      errors: 0,
      warnings: 3,
      suppressed: 2,
      changes: { critical: 0, high: 0, medium: 0, low: 0 },
    });
  });

  test('ranks the changes of the pull request by risk, most risky first', async () => {
    // GIVEN base = the examples (Atlan without role-any), head = the changed copy (PULL_REQUEST)
    // WHEN
    const report = await reviewJson(headDir, baseDir);
    // THEN the exact ranked list: rank, then construct path
    expect(ranked(report.changes ?? [])).toEqual([
      [100, 'profile_changed_in_place', 'okta-spa-openmetadata/OpenMetadataServer'],
      [95, 'any_role_enabled', 'pingfederate-snowflake-atlan/Snowflake'],
      [94, 'role_any_scope_added', 'pingfederate-snowflake-atlan/Atlan'],
      [94, 'role_any_scope_added', 'pingfederate-snowflake-atlan/PingFederate'],
      [91, 'grant_added_client_credentials', 'okta-snowflake-dbt/DbtJobs'],
      [88, 'audience_widened', 'pingfederate-snowflake-atlan/PingFederate'],
      [88, 'audience_widened', 'pingfederate-snowflake-atlan/Snowflake'],
      [82, 'machine_role_changed', 'alation-entra-api/AlationProfile'],
      [80, 'client_added', 'okta-snowflake-dbt/DbtJobs'],
      [66, 'lifetime_longer', 'okta-snowflake-dbt/DbtCloud'],
      [64, 'redirect_uri_added', 'okta-snowflake-dbt/DbtCloud'],
      [62, 'scope_added', 'okta-snowflake-dbt/AuthServer'],
      [58, 'finding_added', 'alation-entra-api/AlationProfile'],
      [58, 'finding_added', 'okta-snowflake-dbt/AuthServer'],
      [20, 'other_changed', 'okta-snowflake-dbt/AuthServer'],
      [20, 'other_changed', 'okta-snowflake-dbt/AuthServer'],
      [10, 'narrowed', 'okta-snowflake-dbt/DbtCloud'],
    ]);
    // AND every change carries its kind's documented risk and rank; the order never rises
    for (const c of report.changes ?? []) expect([c.risk, c.rank]).toEqual([CHANGE_KINDS[c.kind].risk, CHANGE_KINDS[c.kind].rank]);
    const ranks = (report.changes ?? []).map((c) => c.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    // AND the summary counts are the changes' risks
    const counts = Object.fromEntries(RISK_LEVELS.map((r) => [r, (report.changes ?? []).filter((c) => c.risk === r).length]));
    expect(report.summary.changes).toEqual(counts);
    expect(report.summary.changes?.critical).toBe(1);
  });

  test('says what changed, from what to what, for each change of the pull request', async () => {
    // WHEN
    const changes = (await reviewJson(headDir, baseDir)).changes ?? [];
    const find = (kind: string, subject: string) => changes.filter((c) => c.kind === kind && c.subject === subject);
    // THEN
    expect(find('profile_changed_in_place', 'okta-spa-openmetadata/OpenMetadataServer')).toEqual([
      expect.objectContaining({
        risk: 'critical',
        summary: 'profile renamed in place',
        before: 'openmetadata',
        after: 'openmetadata-users',
        advice: NEW_PROFILE_ADVICE,
      }),
    ]);
    expect(find('any_role_enabled', 'pingfederate-snowflake-atlan/Snowflake')).toEqual([
      expect.objectContaining({ before: 'DISABLE', after: 'ENABLE' }),
    ]);
    expect(find('role_any_scope_added', 'pingfederate-snowflake-atlan/Atlan')).toEqual([
      expect.objectContaining({ summary: 'can now obtain scope `session:role-any`' }),
    ]);
    expect(find('role_any_scope_added', 'pingfederate-snowflake-atlan/PingFederate')).toEqual([
      expect.objectContaining({ summary: 'issuer defines scope `session:role-any`' }),
    ]);
    expect(find('audience_widened', 'pingfederate-snowflake-atlan/Snowflake')).toEqual([
      expect.objectContaining({ summary: `accepts audience \`${SIGMA_AUDIENCE}\`` }),
    ]);
    expect(find('audience_widened', 'pingfederate-snowflake-atlan/PingFederate')[0].after?.split(', ')).toContain(SIGMA_AUDIENCE);
    expect(find('grant_added_client_credentials', 'okta-snowflake-dbt/DbtJobs')).toEqual([
      expect.objectContaining({ summary: 'new client can obtain tokens with the client_credentials grant' }),
    ]);
    expect(find('client_added', 'okta-snowflake-dbt/DbtJobs')).toEqual([
      expect.objectContaining({ summary: expect.stringMatching(/^new service client `dbt Cloud jobs` .* with client_credentials$/) }),
    ]);
    expect(find('machine_role_changed', 'alation-entra-api/AlationProfile')).toEqual([
      expect.objectContaining({ before: 'Steward', after: 'Server Admin' }),
    ]);
    expect(find('lifetime_longer', 'okta-snowflake-dbt/DbtCloud')).toEqual([
      expect.objectContaining({ summary: 'access-token lifetime longer', before: '1 h', after: '2 h' }),
    ]);
    expect(find('redirect_uri_added', 'okta-snowflake-dbt/DbtCloud')).toEqual([
      expect.objectContaining({ summary: `new redirect URI \`${DBT_EMEA_URL}/complete/snowflake\`` }),
    ]);
    expect(find('narrowed', 'okta-snowflake-dbt/DbtCloud')).toEqual([
      expect.objectContaining({ summary: expect.stringMatching(/^redirect URIs removed: https:\/\/\S+\/complete\/snowflake$/) }),
    ]);
    expect(find('scope_added', 'okta-snowflake-dbt/AuthServer')).toEqual([
      expect.objectContaining({ summary: 'issuer defines scope `dbt:jobs`' }),
    ]);
    // the checks' verdicts on the pull request, as new findings
    expect(find('finding_added', 'alation-entra-api/AlationProfile')).toEqual([
      expect.objectContaining({ summary: expect.stringMatching(/^new warning EO-ROLE-001: .*"Server Admin"/) }),
    ]);
    expect(find('finding_added', 'okta-snowflake-dbt/AuthServer')).toEqual([
      expect.objectContaining({
        summary: expect.stringMatching(/^new warning EO-LIFE-001: .*rule "developers" issues access tokens for 2 hours/),
      }),
    ]);
    expect(find('other_changed', 'okta-snowflake-dbt/AuthServer').map((c) => c.summary)).toEqual([
      'policy "dbt-cloud" / rule "developers" changed (its effect on each client is listed separately)',
      'policy "dbt-jobs" / rule "jobs" added (its effect on each client is listed separately)',
    ]);
    // a managed integration: Terraform updates the audience list, no manual step
    expect(find('other_changed', 'pingfederate-snowflake-atlan/Snowflake')).toEqual([]);
  });

  test('the stacks the pull request leaves alone produce no change', async () => {
    // WHEN
    const report = await reviewJson(headDir, baseDir);
    // THEN
    const stacksChanged = new Set((report.changes ?? []).map((c) => c.subject.split('/')[0]));
    expect([...stacksChanged].sort()).toEqual([
      'alation-entra-api',
      'okta-snowflake-dbt',
      'okta-spa-openmetadata',
      'pingfederate-snowflake-atlan',
    ]);
    for (const untouched of ['entra-redshift-dbt', 'okta-keycloak-ataccama']) {
      expect(
        diffManifests(
          manifestsUnder(baseDir).filter((m) => m.stack === untouched),
          manifestsUnder(headDir).filter((m) => m.stack === untouched),
        ),
      ).toEqual([]);
    }
    // AND they are still reviewed (posture), just not changed
    expect([...report.posture.stacks].sort()).toEqual([...EXAMPLE_NAMES].sort());
  });

  test('the reverse diff (reverting the pull request) ranks the rename back as critical and the removals and narrowing low', async () => {
    // WHEN
    const report = await reviewJson(baseDir, headDir);
    // THEN a role change is a role change either way; a revert's redirect URI is new again
    expect(ranked(report.changes ?? [])).toEqual([
      [100, 'profile_changed_in_place', 'okta-spa-openmetadata/OpenMetadataServer'],
      [82, 'machine_role_changed', 'alation-entra-api/AlationProfile'],
      [64, 'redirect_uri_added', 'okta-snowflake-dbt/DbtCloud'],
      [20, 'other_changed', 'okta-snowflake-dbt/AuthServer'],
      [12, 'removed', 'okta-snowflake-dbt/DbtJobs'],
      [10, 'narrowed', 'alation-entra-api/AlationProfile'],
      [10, 'narrowed', 'okta-snowflake-dbt/AuthServer'],
      [10, 'narrowed', 'okta-snowflake-dbt/AuthServer'],
      [10, 'narrowed', 'okta-snowflake-dbt/AuthServer'],
      [10, 'narrowed', 'okta-snowflake-dbt/DbtCloud'],
      [10, 'narrowed', 'okta-snowflake-dbt/DbtCloud'],
      [10, 'narrowed', 'pingfederate-snowflake-atlan/Atlan'],
      [10, 'narrowed', 'pingfederate-snowflake-atlan/PingFederate'],
      [10, 'narrowed', 'pingfederate-snowflake-atlan/PingFederate'],
      [10, 'narrowed', 'pingfederate-snowflake-atlan/Snowflake'],
      [10, 'narrowed', 'pingfederate-snowflake-atlan/Snowflake'],
    ]);
  });

  test('markdown: the headline, the ranked changes table and the advice for the forbidden rename', async () => {
    // GIVEN the JSON review of the same two synths
    const report = await reviewJson(headDir, baseDir);
    const changes = report.changes ?? [];
    // WHEN
    const run = await cli(['review', headDir, '--base', baseDir]);
    // THEN
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const md = run.stdout;
    const lines = md.split('\n');
    expect(lines[0]).toBe('## External OAuth review');
    expect(md).toContain('6 stack(s) · ');
    expect(md).toContain('### Changes since base, most risky first');
    const c = report.summary.changes;
    expect(md).toContain(`${changes.length} change(s): ${c?.critical} critical, ${c?.high} high, ${c?.medium} medium, ${c?.low} low.`);
    const header = lines.indexOf('| # | Risk | Change | Where | Before | After |');
    expect(header).toBeGreaterThan(0);
    const rows = lines.slice(header + 2, header + 2 + changes.length);
    expect(rows).toHaveLength(changes.length);
    expect(rows[0]).toBe(
      '| 1 | **critical** | profile renamed in place | `okta-spa-openmetadata/OpenMetadataServer` | `openmetadata` | `openmetadata-users` |',
    );
    expect(rows[1]).toMatch(
      /^\| 2 \| \*\*high\*\* \| any-role mode DISABLE → ENABLE \| `pingfederate-snowflake-atlan\/Snowflake` \| `DISABLE` \| `ENABLE` \|$/,
    );
    // the rows follow the JSON order, one per change
    rows.forEach((row, i) => expect(row.startsWith(`| ${i + 1} | `) && row.includes(`\`${changes[i].subject}\``)).toBe(true));
    expect(md).toContain(`> **profile renamed in place** (\`okta-spa-openmetadata/OpenMetadataServer\`): ${NEW_PROFILE_ADVICE}`);
  });

  test('writes the markdown review to --out for GITHUB_STEP_SUMMARY', async () => {
    // GIVEN
    const summaryDir = tmpDir('review-summary');
    try {
      const out = path.join(summaryDir, 'step-summary.md');
      // WHEN
      const run = await cli(['review', headDir, '--base', baseDir, '--out', out]);
      // THEN
      expect(run).toMatchObject({ code: 0, stdout: '' });
      expect(fs.readFileSync(out, 'utf8')).toContain('| 1 | **critical** | profile renamed in place |');
    } finally {
      removeDir(summaryDir);
    }
  });
});

describe('review --simulate: the access matrix and its difference embedded in the review', () => {
  jest.setTimeout(60_000);

  test('json: the head matrix and the access changes of the pull request', async () => {
    // GIVEN base = the examples, head = the changed copy
    // WHEN
    const run = await cli(['review', headDir, '--base', baseDir, '--format', 'json', '--simulate']);
    // THEN the review is there, plus the simulated access
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const report = JSON.parse(run.stdout) as ReviewReport & {
      access: { head: { rows: unknown[]; trusts: Array<{ name: string }> }; changes: Array<Record<string, unknown>> };
    };
    expect(report.changes?.length).toBeGreaterThan(0);
    expect(report.access.head.trusts.map((t) => t.name)).toEqual(
      expect.arrayContaining(['alation-entra', 'OKTA_DBT', 'ATLAN_PINGFEDERATE_SSO']),
    );
    expect(report.access.head.rows.length).toBeGreaterThan(0);
    // the pull request raises the Alation system user's role: the simulation shows who gets it
    expect(report.access.changes).toContainEqual(
      expect.objectContaining({
        kind: 'identity-changed',
        client: 'alation-entra-api/AlationClient',
        trustName: 'alation-entra',
        before: expect.stringContaining('with role Steward'),
        after: expect.stringContaining('with role Server Admin'),
      }),
    );
  });

  test('markdown: the matrix with its Mermaid diagram follows the ranked changes', async () => {
    const run = await cli(['review', headDir, '--base', baseDir, '--simulate']);
    expect(run.code).toBe(0);
    expect(run.stdout.indexOf('| 1 | **critical** | profile renamed in place |')).toBeGreaterThanOrEqual(0);
    expect(run.stdout).toContain('```mermaid');
    expect(run.stdout.indexOf('```mermaid')).toBeGreaterThan(run.stdout.indexOf('| 1 | **critical**'));
  });
});

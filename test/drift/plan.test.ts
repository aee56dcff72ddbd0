import * as fs from 'node:fs';
import * as path from 'node:path';

import { attributeChanges } from '../../lib/drift/plan/attribute-changes';
import { isIdentityResourceType } from '../../lib/drift/plan/identity-types';
import { planDrift, type PlanJson } from '../../lib/drift/plan/run-plan';
import { cli } from '../cli/support/run-cli';
import { tempDir } from '../review/fixtures/manifests';

const FIXTURE = path.join(__dirname, 'fixtures', 'plan-identity-drift.json');

describe('external-oauth drift --plan (documented plan JSON format)', () => {
  test('reports identity resources changed outside Terraform and pending changes, exit 2', async () => {
    // GIVEN plan JSON with resource_drift for Okta, Entra and Snowflake resources
    // WHEN
    const run = await cli(['drift', '--plan', FIXTURE, '--format', 'json']);
    // THEN
    expect(run.code).toBe(2);
    const report = JSON.parse(run.stdout);
    expect(report.plan.otherResources).toBe(1);
    expect(
      report.plan.resources.map((r: { category: string; action: string; address: string }) => [r.category, r.action, r.address]),
    ).toEqual([
      ['drift', 'update', 'okta_auth_server.AuthServer_4A2B'],
      ['drift', 'update', 'azuread_application.RedshiftApi_77C1'],
      ['drift', 'update', 'snowflake_external_oauth_integration.Snowflake_5D0E'],
      ['drift', 'delete', 'azuread_application_password.DbtSecret_1F2E'],
      ['pending', 'update', 'okta_auth_server.AuthServer_4A2B'],
      ['pending', 'create', 'azuread_application_password.DbtSecret_1F2E'],
      ['pending', 'update', 'snowflake_user.analyst'],
      ['pending', 'replace', 'snowflake_grant_account_role.analyst_sysadmin'],
    ]);
    expect(report.summary).toEqual({ drift: 8, unchecked: 0, notices: 0, errors: 0 });
  });

  test('names the changed attributes with before and after values', async () => {
    const report = JSON.parse((await cli(['drift', '--plan', FIXTURE, '--format', 'json'])).stdout);
    const [okta, entra, snowflake] = report.plan.resources;
    expect(okta.attributes).toEqual([
      {
        path: 'audiences',
        before: '["https://acme-analytics.snowflakecomputing.com"]',
        after: '["https://acme-eu.snowflakecomputing.com"]',
      },
      { path: 'issuer_mode', before: 'ORG_URL', after: 'DYNAMIC' },
    ]);
    expect(entra.attributes).toEqual([
      { path: 'api[0].requested_access_token_version', before: '1', after: '2' },
      {
        path: 'web[0].redirect_uris',
        before: '["https://cloud.getdbt.com/complete/azure_active_directory"]',
        after: '["https://cloud.getdbt.com/complete/azure_active_directory","https://attacker.example/callback"]',
      },
    ]);
    expect(snowflake.attributes.map((a: { path: string }) => a.path)).toEqual([
      'external_oauth_any_role_mode',
      'external_oauth_blocked_roles_list',
    ]);
    expect(report.findings[0]).toMatchObject({
      code: 'resource_drift',
      severity: 'drift',
      subject: 'okta_auth_server.AuthServer_4A2B',
      message: 'changed outside Terraform: audiences, issuer_mode',
    });
  });

  test('never prints sensitive values, and shows unknown values as known after apply', async () => {
    for (const format of ['json', 'text', 'markdown']) {
      const run = await cli(['drift', '--plan', FIXTURE, '--format', format]);
      expect(run.stdout).not.toContain('SUPER-SECRET');
      expect(run.stdout).not.toContain('hunter2');
    }
    const report = JSON.parse((await cli(['drift', '--plan', FIXTURE, '--format', 'json'])).stdout);
    const user = report.plan.resources.find((r: { address: string }) => r.address === 'snowflake_user.analyst');
    expect(user.attributes).toEqual([
      { path: 'default_role', before: 'ANALYST', after: 'SYSADMIN' },
      { path: 'password', before: '(sensitive)', after: '(sensitive)' },
    ]);
    const secret = report.plan.resources.find(
      (r: { address: string; category: string }) => r.address === 'azuread_application_password.DbtSecret_1F2E' && r.category === 'pending',
    );
    expect(secret.attributes).toEqual(
      expect.arrayContaining([
        { path: 'value', before: '(none)', after: '(sensitive)' },
        { path: 'key_id', before: '(none)', after: '(known after apply)' },
        { path: 'end_date', before: '(none)', after: '2027-06-01T00:00:00Z' },
      ]),
    );
    const grant = report.plan.resources.find((r: { action: string }) => r.action === 'replace');
    expect(grant.reason).toBe('replace_because_cannot_update');
  });

  test('prints a text report that ends with the verdict', async () => {
    const run = await cli(['drift', '--plan', FIXTURE]);
    expect(run.stdout).toContain(
      '  drifted update okta_auth_server.AuthServer_4A2B\n    audiences: ["https://acme-analytics.snowflakecomputing.com"] -> ["https://acme-eu.snowflakecomputing.com"]\n',
    );
    expect(run.stdout.trimEnd().split('\n').pop()).toBe('DRIFT: 8 drift, 0 unreachable, 0 error(s), 0 notice(s)');
  });

  test('prints a Markdown report with a table per section', async () => {
    const run = await cli(['drift', '--plan', FIXTURE, '--format', 'markdown']);
    expect(run.stdout).toMatch(/^## External OAuth drift\n\n\*\*DRIFT: 8 drift, 0 unreachable, 0 error\(s\), 0 notice\(s\)\*\*/);
    expect(run.stdout).toContain('| `okta_auth_server.AuthServer_4A2B` | **changed outside Terraform** | update |');
  });

  test('exit 0 when the plan changes no identity resource', async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'plan.json');
      fs.writeFileSync(
        file,
        JSON.stringify({
          format_version: '1.2',
          resource_changes: [
            {
              address: 'aws_s3_bucket.x',
              mode: 'managed',
              type: 'aws_s3_bucket',
              change: { actions: ['update'], before: {}, after: { a: 1 } },
            },
          ],
        }),
      );
      const run = await cli(['drift', '--plan', file]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('no drift: 0 drift, 0 unreachable, 0 error(s), 0 notice(s)');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('fails when the plan file is not plan JSON (exit 1)', async () => {
    const dir = tempDir();
    try {
      fs.writeFileSync(path.join(dir, 'state.json'), JSON.stringify({ format_version: '1.0', values: {} }));
      fs.writeFileSync(path.join(dir, 'bad.json'), '{');
      const state = await cli(['drift', '--plan', 'state.json'], { cwd: dir });
      expect(state.code).toBe(1);
      expect(state.stderr).toContain('error [EO_CLI_INVALID_PLAN]: state.json: holds no plan');
      const bad = await cli(['drift', '--plan', 'bad.json'], { cwd: dir });
      expect(bad.stderr).toBe('error [EO_CLI_INVALID_PLAN]: bad.json: invalid JSON at line 1 column 2\n');
      const missing = await cli(['drift', '--plan', 'nope.json'], { cwd: dir });
      expect(missing.stderr).toBe('error [EO_CLI_NOT_FOUND]: --plan not found: nope.json\n');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('fails when an errored plan is given: reported as an error (exit 1)', async () => {
    const dir = tempDir();
    try {
      fs.writeFileSync(path.join(dir, 'p.json'), JSON.stringify({ format_version: '1.2', errored: true, resource_changes: [] }));
      const run = await cli(['drift', '--plan', 'p.json'], { cwd: dir });
      expect(run.code).toBe(1);
      expect(run.stdout).toContain('plan_errored');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('fails when neither --live nor --plan is given', async () => {
    const run = await cli(['drift']);
    expect(run).toMatchObject({ code: 1, stderr: 'error [EO_CLI_USAGE]: nothing to check: pass --live, --plan PLAN_JSON, or both\n' });
  });
});

describe('drift --plan: an import block adopting an identity resource', () => {
  const APP = 'aws_redshift_idc_application.Redshift_Application_1521FB52';
  const ARN = 'arn:aws:redshift:eu-west-1:123456789012:redshiftidcapplication:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
  const TTI = 'arn:aws:sso::123456789012:trustedTokenIssuer/ssoins-1234567890abcdef/tti-1';
  const live = {
    redshift_idc_application_arn: ARN,
    redshift_idc_application_name: 'redshift-idc-application',
    authorized_token_issuer_list: [] as unknown[],
  };
  /** `terraform show -json` of a plan with an import block: `change.importing.id` (Terraform 1.5+). */
  function plan(actions: string[], after: Record<string, unknown>): PlanJson {
    return {
      format_version: '1.2',
      resource_changes: [
        {
          address: APP,
          mode: 'managed',
          type: 'aws_redshift_idc_application',
          change: { actions, before: live, after, importing: { id: ARN } },
        },
      ],
    };
  }

  test('reports an import that also sets the authorized token issuer as a pending import, then update, naming the attribute', () => {
    // WHEN the adopted application gets this stack's trusted token issuer
    const { resources, findings } = planDrift(
      plan(['update'], {
        ...live,
        authorized_token_issuer_list: [{ trusted_token_issuer_arn: TTI, authorized_audiences_list: ['api://redshift-dbt'] }],
      }),
      'plan.json',
    );
    // THEN
    expect(resources).toEqual([expect.objectContaining({ address: APP, category: 'pending', action: 'update', importId: ARN })]);
    expect(resources[0].attributes.map((a) => a.path)).toEqual(['authorized_token_issuer_list']);
    expect(findings).toEqual([
      expect.objectContaining({
        code: 'pending_change',
        severity: 'drift',
        subject: APP,
        message: `pending import of ${ARN}, then update: authorized_token_issuer_list`,
      }),
    ]);
  });

  test('reports an import that changes nothing as a pending import (Terraform plans it as no-op), and ignores a plain no-op', () => {
    const imported = planDrift(plan(['no-op'], live), 'plan.json');
    expect(imported.resources).toEqual([expect.objectContaining({ action: 'import', importId: ARN, attributes: [] })]);
    expect(imported.findings.map((f) => f.message)).toEqual([`pending import of ${ARN}`]);
    const plain: PlanJson = {
      format_version: '1.2',
      resource_changes: [{ address: APP, type: 'aws_redshift_idc_application', change: { actions: ['no-op'], before: live, after: live } }],
    };
    expect(planDrift(plain, 'plan.json').resources).toEqual([]);
  });

  test('prints the import id in text and Markdown', async () => {
    const dir = tempDir();
    try {
      const file = path.join(dir, 'plan.json');
      fs.writeFileSync(file, JSON.stringify(plan(['no-op'], live)));
      const text = await cli(['drift', '--plan', file]);
      expect(text.code).toBe(2);
      expect(text.stdout).toContain(`  pending import ${APP} (import ${ARN})\n`);
      const markdown = await cli(['drift', '--plan', file, '--format', 'markdown']);
      expect(markdown.stdout).toContain(`| \`${APP}\` | pending | import (import \`${ARN}\`) |`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('identity resource types', () => {
  test.each([
    'okta_auth_server',
    'okta_app_oauth',
    'okta_app_group_assignments',
    'okta_app_user',
    'okta_trusted_origin',
    'azuread_app_role_assignment',
    'azuread_application',
    'azuread_service_principal',
    'snowflake_external_oauth_integration',
    'snowflake_oauth_integration_for_custom_clients',
    'snowflake_user',
    'snowflake_service_user',
    'snowflake_account_role',
    'snowflake_grant_account_role',
    'snowflake_grant_privileges_to_account_role',
    'snowflake_network_policy',
    'aws_ssoadmin_trusted_token_issuer',
    'aws_redshift_idc_application',
  ])('%s is an identity resource', (type) => {
    expect(isIdentityResourceType(type)).toBe(true);
  });

  test.each(['aws_s3_bucket', 'aws_iam_role', 'snowflake_warehouse', 'snowflake_database', 'random_password'])('%s is not', (type) => {
    expect(isIdentityResourceType(type)).toBe(false);
  });
});

describe('attributeChanges', () => {
  test('redacts a wholly sensitive value and attributes named like secrets', () => {
    expect(attributeChanges({ before: { a: 1 }, after: { a: 2 }, before_sensitive: true, after_sensitive: true })).toEqual([
      { path: 'a', before: '(sensitive)', after: '(sensitive)' },
    ]);
    expect(attributeChanges({ before: { client_secret: 'x' }, after: { client_secret: 'y' } })).toEqual([
      { path: 'client_secret', before: '(sensitive)', after: '(sensitive)' },
    ]);
  });

  test('redacts a list that holds a sensitive element', () => {
    expect(
      attributeChanges({
        before: { keys: ['a'] },
        after: { keys: ['b'] },
        after_sensitive: { keys: [true] },
        before_sensitive: { keys: [true] },
      }),
    ).toEqual([{ path: 'keys', before: '(sensitive)', after: '(sensitive)' }]);
  });
});

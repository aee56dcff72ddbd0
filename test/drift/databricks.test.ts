/**
 * Drift of Databricks federation policies: `drift --plan` reports the two policy resource types
 * (and ignores other databricks resources); `drift --live` checks the issuer a policy expects,
 * against a real OpenID provider on 127.0.0.1, including a pinned `jwks_uri`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { isIdentityResourceType } from '../../lib/drift/plan/identity-types';
import type { DatabricksTrustRecord, TrustManifest } from '../../lib/manifest/types';
import { cli } from '../cli/support/run-cli';
import { tempDir, writeSynthOut } from '../review/fixtures/manifests';
import { startTestProvider, type TestProvider } from './support/oidc';

describe('drift --plan: Databricks federation policies', () => {
  test.each(['databricks_account_federation_policy', 'databricks_service_principal_federation_policy'])(
    '%s is an identity resource',
    (type) => {
      expect(isIdentityResourceType(type)).toBe(true);
    },
  );

  test.each([
    'databricks_cluster',
    'databricks_job',
    'databricks_account_federation_policy_binding',
    'databricks_recipient_federation_policy',
  ])('%s is not', (type) => {
    expect(isIdentityResourceType(type)).toBe(false);
  });

  test('reports a subject changed outside Terraform and a pending policy, ignores a cluster, exit 2', async () => {
    // GIVEN plan JSON (terraform show -json) where someone widened the policy's subject in the account console
    const dir = tempDir('eo-drift-dbx-');
    const policy = (subject: string) => ({
      policy_id: 'github-deploy-prod',
      service_principal_id: 1234,
      oidc_policy: {
        issuer: 'https://token.actions.githubusercontent.com',
        audiences: ['https://github.com/my-github-org'],
        subject_claim: 'sub',
        subject,
      },
    });
    const plan = {
      format_version: '1.2',
      resource_drift: [
        {
          address: 'databricks_service_principal_federation_policy.GitHubDeployPolicy_B814826B',
          type: 'databricks_service_principal_federation_policy',
          change: {
            actions: ['update'],
            before: policy('repo:my-github-org/my-repo:environment:prod'),
            after: policy('repo:my-github-org/my-repo:ref:refs/heads/main'),
          },
        },
      ],
      resource_changes: [
        {
          address: 'databricks_account_federation_policy.AccountPolicy_1D7BC599',
          type: 'databricks_account_federation_policy',
          change: { actions: ['create'], before: null, after: { policy_id: 'okta-users', oidc_policy: { subject_claim: 'sub' } } },
        },
        {
          address: 'databricks_cluster.shared',
          type: 'databricks_cluster',
          change: { actions: ['update'], before: { num_workers: 1 }, after: { num_workers: 2 } },
        },
      ],
    };
    const file = path.join(dir, 'plan.json');
    fs.writeFileSync(file, JSON.stringify(plan));
    try {
      // WHEN
      const run = await cli(['drift', '--plan', file, '--format', 'json']);
      // THEN
      expect(run.code).toBe(2);
      const report = JSON.parse(run.stdout);
      expect(report.plan.otherResources).toBe(1);
      expect(
        report.plan.resources.map((r: { category: string; action: string; address: string }) => [r.category, r.action, r.address]),
      ).toEqual([
        ['drift', 'update', 'databricks_service_principal_federation_policy.GitHubDeployPolicy_B814826B'],
        ['pending', 'create', 'databricks_account_federation_policy.AccountPolicy_1D7BC599'],
      ]);
      expect(report.plan.resources[0].attributes).toEqual([
        {
          path: 'oidc_policy.subject',
          before: 'repo:my-github-org/my-repo:environment:prod',
          after: 'repo:my-github-org/my-repo:ref:refs/heads/main',
        },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('drift --live: the issuer a Databricks policy expects (real OpenID provider on 127.0.0.1)', () => {
  let provider: TestProvider;
  let dir: string;

  /** A stack with only a Databricks policy: its issuer is not declared as an issuer record (it lives in another stack). */
  function manifest(jwks: DatabricksTrustRecord['jwks']): TrustManifest {
    const trust: DatabricksTrustRecord = {
      type: 'databricks',
      path: 'dbx/Policy',
      name: 'ci-policy',
      issuerPath: 'other-stack/Idp',
      issuer: provider.issuer,
      scope: 'service-principal',
      audiences: ['https://orders.example.com'],
      audiencesDefaulted: false,
      subjectClaim: 'sub',
      subject: 'orders-batch',
      servicePrincipal: { id: 1234, applicationId: '6a0b2f5e-3c1d-4e8f-9a7b-5c4d3e2f1a0b' },
      jwks,
      clients: [],
      users: [],
    };
    return {
      schemaVersion: 1,
      stack: 'dbx',
      generator: 'cdktf-external-oauth 0.1.0',
      issuers: [],
      clients: [],
      trusts: [trust],
      profiles: [],
      findings: [],
      context: {},
    };
  }

  const live = async (m: TrustManifest) => {
    fs.rmSync(path.join(dir, 'cdktf.out'), { recursive: true, force: true });
    writeSynthOut(path.join(dir, 'cdktf.out'), [m]);
    const run = await cli(['drift', 'cdktf.out', '--live', '--format', 'json', '--timeout', '3000'], { cwd: dir });
    return { code: run.code, report: JSON.parse(run.stdout || '{"findings":[]}') };
  };

  beforeAll(async () => {
    provider = await startTestProvider();
    dir = tempDir('eo-drift-dbx-live-');
  }, 30_000);

  afterAll(async () => {
    await provider?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('keys by discovery: the expected issuer is checked, clean, exit 0', async () => {
    const { code, report } = await live(manifest({ source: 'discovery' }));
    expect(code).toBe(0);
    expect(report.live.issuers).toEqual([expect.objectContaining({ issuer: provider.issuer, status: 'ok', declaredBy: ['dbx/Policy'] })]);
  });

  test('a pinned jwks_uri that is not the published one is drift, exit 2', async () => {
    const stale = `${provider.issuer}/old/jwks`;
    const { code, report } = await live(manifest({ source: 'uri', uri: stale }));
    expect(code).toBe(2);
    expect(report.findings).toEqual(
      expect.arrayContaining([expect.objectContaining({ code: 'jwks_uri_mismatch', subject: provider.issuer })]),
    );
  });
});

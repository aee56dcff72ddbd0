/**
 * The okta-databricks-dbt example: dbt jobs (Okta client credentials) and a GitHub Actions
 * deployment workflow exchange their tokens for one Databricks service principal, analysts go
 * through the account-wide federation policy. Exact `oidc_policy` JSON of both forms, the
 * `depends_on` chain of the service principal's policies, the provider, and settings.
 */
import { oktaDatabricksDbtSettings } from '../../examples/okta-databricks-dbt/stack';
import type { DatabricksTrustRecord } from '../../lib/manifest/types';
import { checkedApp, cleanOutdirs, example, manifestOf, onlyResource, resourcesOf, terraformOf } from './support';

afterEach(cleanOutdirs);

const STACK = 'okta-databricks-dbt';

function synth(settings = oktaDatabricksDbtSettings()) {
  const app = checkedApp();
  const stack = example.oktaDatabricksDbt(app, settings);
  app.synth();
  return { stack, tf: terraformOf(app, STACK), manifest: manifestOf(app, STACK) };
}

describe('okta-databricks-dbt', () => {
  test('synthesizes the exact oidc_policy of both service-principal policies, chained with depends_on', () => {
    // WHEN
    const { tf } = synth();
    // THEN
    const server = onlyResource(tf, 'okta_auth_server');
    const policies = resourcesOf(tf, 'databricks_service_principal_federation_policy');
    const strip = (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== '//'));
    const dbtJobs = Object.keys(resourcesOf(tf, 'okta_app_oauth')).find((id) => id.startsWith('DbtJobs'))!;
    expect(strip(policies.DbtJobsPolicy_EF956E1D!)).toEqual({
      policy_id: 'okta-dbt-jobs',
      service_principal_id: 1234,
      description: 'dbt jobs: Okta client credentials',
      oidc_policy: {
        issuer: `\${okta_auth_server.${server.id}.issuer}`,
        audiences: ['databricks'],
        subject_claim: 'sub',
        subject: `\${okta_app_oauth.${dbtJobs}.client_id}`,
      },
    });
    expect(strip(policies.GitHubDeployPolicy_B814826B!)).toEqual({
      policy_id: 'github-deploy-prod',
      service_principal_id: 1234,
      description: 'GitHub Actions my-github-org/my-repo, environment prod',
      oidc_policy: {
        issuer: 'https://token.actions.githubusercontent.com',
        audiences: ['https://github.com/my-github-org'],
        subject_claim: 'sub',
        subject: 'repo:my-github-org/my-repo:environment:prod',
      },
      depends_on: ['databricks_service_principal_federation_policy.DbtJobsPolicy_EF956E1D'],
    });
  });

  test('synthesizes the exact oidc_policy of the account policy: no subject, the Okta audience', () => {
    const { tf } = synth();
    const server = onlyResource(tf, 'okta_auth_server');
    expect(server.config).toMatchObject({ audiences: ['databricks'] });
    const account = onlyResource(tf, 'databricks_account_federation_policy');
    expect(account.config).toMatchObject({
      policy_id: 'okta-users',
      oidc_policy: { issuer: `\${okta_auth_server.${server.id}.issuer}`, audiences: ['databricks'], subject_claim: 'sub' },
    });
    expect(account.config.oidc_policy).not.toHaveProperty('subject');
  });

  test('configures the account-level databricks provider and records three Databricks trusts', () => {
    const { tf, manifest } = synth();
    expect(tf.terraform?.required_providers?.databricks).toEqual({ source: 'databricks/databricks', version: '1.99.0' });
    expect((tf as { provider?: Record<string, unknown[]> }).provider?.databricks).toEqual([
      { host: 'https://accounts.cloud.databricks.com', account_id: '00000000-0000-4000-8000-00000000d8b1' },
    ]);
    const trusts = manifest.trusts as DatabricksTrustRecord[];
    expect(trusts.map((t) => [t.name, t.scope, t.clients, t.users.map((u) => u.userName)])).toEqual([
      ['okta-dbt-jobs', 'service-principal', [`${STACK}/DbtJobs`], []],
      ['github-deploy-prod', 'service-principal', [`${STACK}/DeployWorkflow`], []],
      ['okta-users', 'account', [`${STACK}/Analysts`], ['analyst@acme.example']],
    ]);
    expect(manifest.issuers.find((i) => i.path === `${STACK}/GitHubActions`)?.details.signingAlgorithms).toEqual(['RS256']);
  });

  test('takes the GitHub subject, service principal and analyst from its settings', () => {
    const { manifest, tf } = synth({
      ...oktaDatabricksDbtSettings(),
      githubOrg: 'acme',
      githubRepo: 'warehouse',
      githubEnvironment: 'staging',
      dbtServicePrincipalId: 42,
      analystUserName: 'lead@acme.example',
    });
    const github = manifest.trusts.find((t) => t.name === 'github-deploy-prod') as DatabricksTrustRecord;
    expect(github).toMatchObject({
      subject: 'repo:acme/warehouse:environment:staging',
      audiences: ['https://github.com/acme'],
      servicePrincipal: { id: 42 },
    });
    expect((manifest.trusts.find((t) => t.name === 'okta-users') as DatabricksTrustRecord).users).toEqual([
      { userName: 'lead@acme.example' },
    ]);
    expect(Object.values(resourcesOf(tf, 'databricks_service_principal_federation_policy')).map((r) => r.service_principal_id)).toEqual([
      42, 42,
    ]);
  });
});

/**
 * dbt on Databricks with Okta and GitHub Actions, through Databricks OAuth token federation
 * (RFC 8693 token exchange at `/oidc/v1/token`; Databricks "Configure a federation policy"):
 * - dbt jobs get Okta client-credentials tokens and exchange them for the `dbt-jobs` service
 *   principal (a service-principal federation policy whose subject is the Okta app's client id:
 *   Okta puts the client id in `sub` of client-credentials tokens);
 * - the GitHub Actions deployment workflow (environment `prod`) exchanges its GitHub OIDC token for
 *   the same service principal (workload identity federation); both policies of that service
 *   principal are chained with `depends_on`;
 * - analysts sign in with Okta (authorization code + PKCE) and exchange their token through the
 *   account-wide federation policy: `sub` (their Okta login) names their Databricks user, which
 *   SCIM provisions outside this stack.
 */
import {
  ClientAssignment,
  ClientProgram,
  DatabricksFederationPolicy,
  ExternalClient,
  ExternalIssuer,
  OktaAuthorizationServer,
  OktaOidcApp,
} from 'cdktf-external-oauth';
import { TerraformStack } from 'cdktf-external-oauth/framework';
import { DatabricksProvider } from 'cdktf-external-oauth/providers/databricks/provider';
import { OktaProvider } from 'cdktf-external-oauth/providers/okta/provider';
import { Construct } from 'constructs';

import { setting } from '../shared/settings';

/** Settings of the dbt + Okta + GitHub Actions + Databricks example (environment variable, example default). */
export interface OktaDatabricksDbtSettings {
  /** OKTA_ORG_NAME, `acme`. */
  readonly oktaOrgName: string;
  /** OKTA_BASE_URL, `okta.com`. */
  readonly oktaBaseUrl: string;
  /** DATABRICKS_ACCOUNT_HOST, `https://accounts.cloud.databricks.com` (the account console of Databricks on AWS; federation policies are account-level resources). */
  readonly databricksAccountHost: string;
  /** DATABRICKS_ACCOUNT_ID, an example UUID (Databricks account ids are UUIDs). */
  readonly databricksAccountId: string;
  /** DATABRICKS_AUDIENCE, `databricks`: the audience of Databricks' own account federation policy example; the Okta server mints it. */
  readonly databricksAudience: string;
  /** DBT_SERVICE_PRINCIPAL_ID, `1234`: the numeric id of Databricks' service-principal policy example. */
  readonly dbtServicePrincipalId: number;
  /** DBT_SERVICE_PRINCIPAL_APPLICATION_ID, an example UUID: the service principal's application id, the exchange's `client_id`. */
  readonly dbtServicePrincipalApplicationId: string;
  /** GITHUB_ORG, `my-github-org` (Databricks' GitHub Actions example). */
  readonly githubOrg: string;
  /** GITHUB_REPO, `my-repo` (same example). */
  readonly githubRepo: string;
  /** GITHUB_ENVIRONMENT, `prod` (same example). */
  readonly githubEnvironment: string;
  /** ANALYST_USER_NAME, `analyst@acme.example`: an Okta login that is also the analyst's Databricks user name. */
  readonly analystUserName: string;
  /** DATABRICKS_OKTA_GROUP_ID: the Okta group of the analysts, `00g1dbxanalysts00x7`. */
  readonly analystsGroupId: string;
}

/** Reads {@link OktaDatabricksDbtSettings} from the environment. */
export function oktaDatabricksDbtSettings(): OktaDatabricksDbtSettings {
  return {
    oktaOrgName: setting('OKTA_ORG_NAME', 'acme'),
    oktaBaseUrl: setting('OKTA_BASE_URL', 'okta.com'),
    databricksAccountHost: setting('DATABRICKS_ACCOUNT_HOST', 'https://accounts.cloud.databricks.com'),
    databricksAccountId: setting('DATABRICKS_ACCOUNT_ID', '00000000-0000-4000-8000-00000000d8b1'),
    databricksAudience: setting('DATABRICKS_AUDIENCE', 'databricks'),
    dbtServicePrincipalId: Number(setting('DBT_SERVICE_PRINCIPAL_ID', '1234')),
    dbtServicePrincipalApplicationId: setting('DBT_SERVICE_PRINCIPAL_APPLICATION_ID', '00000000-0000-4000-8000-0000000000db'),
    githubOrg: setting('GITHUB_ORG', 'my-github-org'),
    githubRepo: setting('GITHUB_REPO', 'my-repo'),
    githubEnvironment: setting('GITHUB_ENVIRONMENT', 'prod'),
    analystUserName: setting('ANALYST_USER_NAME', 'analyst@acme.example'),
    analystsGroupId: setting('DATABRICKS_OKTA_GROUP_ID', '00g1dbxanalysts00x7'),
  };
}

/** The dbt + Okta + GitHub Actions + Databricks stack. */
export class OktaDatabricksDbtStack extends TerraformStack {
  public readonly server: OktaAuthorizationServer;
  public readonly dbtJobs: OktaOidcApp;
  public readonly analysts: OktaOidcApp;
  public readonly github: ExternalIssuer;
  public readonly deployWorkflow: ExternalClient;
  public readonly dbtJobsPolicy: DatabricksFederationPolicy;
  public readonly githubPolicy: DatabricksFederationPolicy;
  public readonly accountPolicy: DatabricksFederationPolicy;

  constructor(scope: Construct, id: string, settings: OktaDatabricksDbtSettings = oktaDatabricksDbtSettings()) {
    super(scope, id);
    new OktaProvider(this, 'okta', { orgName: settings.oktaOrgName, baseUrl: settings.oktaBaseUrl });
    // Federation policies are account-level: the provider points at the account console with the account id
    // (Databricks Terraform provider docs, "Authentication").
    new DatabricksProvider(this, 'databricks', { host: settings.databricksAccountHost, accountId: settings.databricksAccountId });

    this.server = new OktaAuthorizationServer(this, 'AuthServer', {
      name: 'databricks',
      description: 'Tokens that Databricks exchanges (OAuth token federation)',
      audiences: [settings.databricksAudience],
    });
    // Okta's client credentials flow needs a custom scope (Okta: "Implement the Client Credentials
    // grant"); the name is this org's choice.
    this.server.addScope({ name: 'databricks', description: 'Exchange for a Databricks service principal' });

    // The dbt job authenticates with its client secret in the Authorization header (Okta's default
    // client_secret_basic for a service app) and then exchanges the token (RFC 8693).
    this.dbtJobs = new OktaOidcApp(this, 'DbtJobs', {
      authorizationServer: this.server,
      kind: 'service',
      label: 'dbt jobs',
      program: ClientProgram.custom({
        name: 'dbt job (client credentials, then token exchange)',
        see: 'https://docs.databricks.com/aws/en/dev-tools/auth/oauth-federation',
        sendsPkce: false,
        keepsRotatedRefreshToken: false,
        tokenEndpointAuthMethods: ['client_secret_basic'],
      }),
    });
    // A native app with authorization code + PKCE and a loopback redirect URI (Okta: "Sign users in
    // to your native app"; RFC 8252 section 7.3), signing in only the analysts' group (Okta lets only
    // assigned users sign in).
    this.analysts = new OktaOidcApp(this, 'Analysts', {
      authorizationServer: this.server,
      kind: 'native',
      label: 'Databricks analysts',
      grantTypes: ['authorization_code'],
      program: ClientProgram.custom({
        name: 'analyst tool (native, RFC 8252)',
        see: 'https://www.rfc-editor.org/rfc/rfc8252#section-7.3',
        sendsPkce: true,
        keepsRotatedRefreshToken: true,
        tokenEndpointAuthMethods: ['none'],
        redirectUris: ['http://localhost:8080/authorization-code/callback'],
      }),
      assignment: ClientAssignment.groups([settings.analystsGroupId]),
    });
    this.server
      .addPolicy({ name: 'dbt-jobs', clients: [this.dbtJobs] })
      .addRule({ name: 'client-credentials', grantTypes: ['client_credentials'], scopes: ['databricks'] });
    this.server
      .addPolicy({ name: 'analysts', clients: [this.analysts] })
      .addRule({ name: 'sign-in', grantTypes: ['authorization_code'], scopes: ['openid', 'profile', 'email'] });

    // GitHub Actions' OIDC issuer (GitHub docs, "About security hardening with OpenID Connect"):
    // discovery at <issuer>/.well-known/openid-configuration, keys at <issuer>/.well-known/jwks,
    // RS256 tokens, and by default aud = the URL of the repository owner.
    this.github = new ExternalIssuer(this, 'GitHubActions', {
      kind: 'generic',
      issuerUrl: 'https://token.actions.githubusercontent.com',
      jwksUrl: 'https://token.actions.githubusercontent.com/.well-known/jwks',
      audiences: [`https://github.com/${settings.githubOrg}`],
      signingAlgorithms: ['RS256'],
    });
    // GitHub Actions has no client registration: the deployment job's token carries
    // sub = repo:<org>/<repo>:environment:<environment>. Declared as a client-credentials client
    // with that id, so that checks, review and simulation see the workload and its sub.
    const githubSubject = `repo:${settings.githubOrg}/${settings.githubRepo}:environment:${settings.githubEnvironment}`;
    this.deployWorkflow = new ExternalClient(this, 'DeployWorkflow', {
      issuer: this.github,
      clientId: githubSubject,
      name: `GitHub Actions ${settings.githubRepo} (${settings.githubEnvironment})`,
      grantTypes: ['client_credentials'],
    });

    const dbtServicePrincipal = {
      id: settings.dbtServicePrincipalId,
      applicationId: settings.dbtServicePrincipalApplicationId,
      name: 'dbt-jobs',
    };
    this.dbtJobsPolicy = new DatabricksFederationPolicy(this, 'DbtJobsPolicy', {
      issuer: this.server,
      policyId: 'okta-dbt-jobs',
      description: 'dbt jobs: Okta client credentials',
      accountId: settings.databricksAccountId,
      servicePrincipal: dbtServicePrincipal,
      subject: this.dbtJobs.clientId, // Okta client-credentials tokens: sub = the client id
      clients: [this.dbtJobs],
    });
    this.githubPolicy = new DatabricksFederationPolicy(this, 'GitHubDeployPolicy', {
      issuer: this.github,
      policyId: 'github-deploy-prod',
      description: `GitHub Actions ${settings.githubOrg}/${settings.githubRepo}, environment ${settings.githubEnvironment}`,
      accountId: settings.databricksAccountId,
      servicePrincipal: dbtServicePrincipal,
      subject: githubSubject,
      clients: [this.deployWorkflow],
    });
    this.accountPolicy = new DatabricksFederationPolicy(this, 'AccountPolicy', {
      issuer: this.server,
      policyId: 'okta-users',
      description: 'Analysts: Okta sign-in, sub = the Databricks user name (users provisioned by SCIM)',
      accountId: settings.databricksAccountId,
      clients: [this.analysts],
      users: [settings.analystUserName],
    });
  }
}

/**
 * dbt Cloud developers connect to Snowflake with Okta, as dbt's guide "Set up external OAuth
 * with Snowflake" (Okta tab) describes: an Okta web app with the refresh token grant, a custom
 * authorization server whose audience is the Snowflake account URL, the `session:role-any`
 * scope, an access policy assigned to the app with the guide's 1 h / 90 d rule, and a Snowflake
 * integration mapping `sub` to the user's EMAIL_ADDRESS with any-role mode ENABLE. What the guide
 * leaves out but Okta needs for the first sign-in (assigning the developers to the app) is
 * declared too. Each value names its source.
 * @see https://docs.getdbt.com/docs/cloud/manage-access/snowflake-external-oauth
 */
import {
  ClientAssignment,
  ClientProgram,
  Duration,
  ExternalOAuthSuppressions,
  OktaAuthorizationServer,
  OktaOidcApp,
  SnowflakeExternalOAuth,
  SnowflakeScope,
} from 'cdktf-external-oauth';
import { TerraformStack } from 'cdktf-external-oauth/framework';
import { OktaProvider } from 'cdktf-external-oauth/providers/okta/provider';
import { SnowflakeProvider } from 'cdktf-external-oauth/providers/snowflake/provider';
import { Construct } from 'constructs';

import { setting } from '../shared/settings';

/** Settings of the dbt + Okta + Snowflake example (environment variable, example default). */
export interface OktaSnowflakeDbtSettings {
  /** OKTA_ORG_NAME, `acme`. */
  readonly oktaOrgName: string;
  /** OKTA_BASE_URL, `okta.com`. */
  readonly oktaBaseUrl: string;
  /** SNOWFLAKE_ACCOUNT_URL, `https://acme-analytics.snowflakecomputing.com`. */
  readonly snowflakeAccountUrl: string;
  /** DBT_ACCESS_URL, `https://cloud.getdbt.com`. */
  readonly dbtAccessUrl: string;
  /** DBT_DEVELOPER_EMAIL, `analyst@acme.example`. */
  readonly developerEmail: string;
  /** DBT_OKTA_GROUP_ID: the Okta group of the dbt developers, `00g1dbtdevelopers0x7`. */
  readonly developersGroupId: string;
}

/** Reads {@link OktaSnowflakeDbtSettings} from the environment. */
export function oktaSnowflakeDbtSettings(): OktaSnowflakeDbtSettings {
  return {
    oktaOrgName: setting('OKTA_ORG_NAME', 'acme'),
    oktaBaseUrl: setting('OKTA_BASE_URL', 'okta.com'),
    snowflakeAccountUrl: setting('SNOWFLAKE_ACCOUNT_URL', 'https://acme-analytics.snowflakecomputing.com'),
    dbtAccessUrl: setting('DBT_ACCESS_URL', 'https://cloud.getdbt.com'),
    developerEmail: setting('DBT_DEVELOPER_EMAIL', 'analyst@acme.example'),
    developersGroupId: setting('DBT_OKTA_GROUP_ID', '00g1dbtdevelopers0x7'),
  };
}

/** The dbt + Okta + Snowflake stack. */
export class OktaSnowflakeDbtStack extends TerraformStack {
  public readonly server: OktaAuthorizationServer;
  public readonly dbt: OktaOidcApp;
  public readonly snowflake: SnowflakeExternalOAuth;

  constructor(scope: Construct, id: string, settings: OktaSnowflakeDbtSettings = oktaSnowflakeDbtSettings()) {
    super(scope, id);
    new OktaProvider(this, 'okta', { orgName: settings.oktaOrgName, baseUrl: settings.oktaBaseUrl });
    new SnowflakeProvider(this, 'snowflake', {});

    // dbt guide, "3. Create the Okta API": Audience = the Snowflake login URL; scope `session:role-any`.
    this.server = new OktaAuthorizationServer(this, 'AuthServer', {
      name: 'snowflake-dbt',
      description: 'Tokens for Snowflake, requested by dbt Cloud',
      audiences: [settings.snowflakeAccountUrl],
    });
    this.server.addScope({ name: SnowflakeScope.ROLE_ANY, description: 'Any Snowflake role granted to the user' });

    // dbt guide, "2. Create the Okta app": OIDC, Web application, Refresh token grant; the sign-in
    // redirect is the one dbt shows in its settings (`<access URL>/complete/snowflake`). The guide
    // asks for no PKCE and no refresh-token rotation, so the program declares neither and the app
    // requires neither (Okta's client_secret_basic, the first method dbt's program lists).
    this.dbt = new OktaOidcApp(this, 'DbtCloud', {
      authorizationServer: this.server,
      kind: 'web',
      label: 'dbt Cloud',
      grantTypes: ['authorization_code', 'refresh_token'],
      program: ClientProgram.dbtCloudSnowflake(settings.dbtAccessUrl),
      // Not in dbt's guide, required by Okta: only assigned users may sign in (Okta, "Assign app integrations").
      assignment: ClientAssignment.groups([settings.developersGroupId]),
    });

    // dbt guide, "3. Create the Okta API", steps 5-7: a policy assigned to the dbt client, with
    // "the defaults of 1 hour and 90 days"; `offline_access` is how Okta issues refresh tokens,
    // and 7 days is Okta's default "expire if not used every".
    const policy = this.server.addPolicy({ name: 'dbt-cloud', clients: [this.dbt] });
    policy.addRule({
      name: 'developers',
      grantTypes: ['authorization_code'],
      scopes: ['openid', 'offline_access', SnowflakeScope.ROLE_ANY],
      accessTokenLifetime: Duration.hours(1),
      refreshTokenLifetime: Duration.days(90),
      refreshTokenWindow: Duration.days(7),
    });

    this.snowflake = new SnowflakeExternalOAuth(this, 'Snowflake', {
      issuer: this.server,
      name: 'OKTA_DBT',
      userMappingClaim: 'sub',
      mappingAttribute: 'EMAIL_ADDRESS',
      anyRoleMode: 'ENABLE',
      clients: [this.dbt],
    });
    // dbt guide, "4. Create the Snowflake integration": external_oauth_type okta, token user mapping claim
    // `sub`, Snowflake user mapping attribute `email_address`, any-role mode ENABLE. Okta puts the
    // user's login in `sub`; this org's logins are their email addresses.
    ExternalOAuthSuppressions.add(this.snowflake, [
      {
        id: 'EO-CLAIM-002',
        reason: 'Okta logins in this org are email addresses, so sub carries the email (the dbt guide maps sub to EMAIL_ADDRESS)',
      },
    ]);
    // TRANSFORMER is the role dbt builds models with in dbt Labs' "How we configure Snowflake"
    // (https://blog.getdbt.com/how-we-configure-snowflake/), which creates it; so does this stack
    // (CREATE ROLE: https://docs.snowflake.com/en/sql-reference/sql/create-role).
    this.snowflake.addRole('TRANSFORMER', { comment: 'dbt Cloud developers build models in this role' });
    this.snowflake.addUser({
      email: settings.developerEmail,
      name: 'DBT_ANALYST',
      displayName: 'dbt analyst',
      defaultRole: 'TRANSFORMER',
      defaultWarehouse: 'TRANSFORMING',
      roles: ['TRANSFORMER'],
    });
  }
}

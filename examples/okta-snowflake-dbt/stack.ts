/**
 * Seed 002 (Okta): dbt Cloud developers connect to Snowflake with Okta. An Okta web app with a
 * refresh token, a custom authorization server whose audience is the Snowflake account URL, the
 * `session:role-any` scope, an access policy assigned to the app with a 1 h / 90 d rule, and a
 * Snowflake integration mapping `sub` to the user's EMAIL_ADDRESS with any-role mode ENABLE.
 */
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { SnowflakeProvider } from '@cdktf/provider-snowflake/lib/provider';
import { ExternalOAuthSuppressions } from '../../lib/checks/suppressions';
import { Duration } from '../../lib/core/duration';
import { OktaAuthorizationServer } from '../../lib/okta/okta-authorization-server';
import { OktaOidcApp } from '../../lib/okta/okta-oidc-app';
import { SnowflakeExternalOAuth } from '../../lib/snowflake/snowflake-external-oauth';
import { SnowflakeScope } from '../../lib/snowflake/snowflake-scope';
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
}

/** Reads {@link OktaSnowflakeDbtSettings} from the environment. */
export function oktaSnowflakeDbtSettings(): OktaSnowflakeDbtSettings {
  return {
    oktaOrgName: setting('OKTA_ORG_NAME', 'acme'),
    oktaBaseUrl: setting('OKTA_BASE_URL', 'okta.com'),
    snowflakeAccountUrl: setting('SNOWFLAKE_ACCOUNT_URL', 'https://acme-analytics.snowflakecomputing.com'),
    dbtAccessUrl: setting('DBT_ACCESS_URL', 'https://cloud.getdbt.com'),
    developerEmail: setting('DBT_DEVELOPER_EMAIL', 'analyst@acme.example'),
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

    this.server = new OktaAuthorizationServer(this, 'AuthServer', {
      name: 'snowflake-dbt',
      description: 'Tokens for Snowflake, requested by dbt Cloud',
      audiences: [settings.snowflakeAccountUrl],
    });
    this.server.addScope({ name: SnowflakeScope.ROLE_ANY.value, description: 'Any Snowflake role granted to the user' });

    this.dbt = new OktaOidcApp(this, 'DbtCloud', {
      authorizationServer: this.server,
      kind: 'web',
      label: 'dbt Cloud',
      grantTypes: ['authorization_code', 'refresh_token'],
      redirectUris: [`${settings.dbtAccessUrl.replace(/\/+$/, '')}/complete/snowflake`],
    });

    const policy = this.server.addPolicy({ name: 'dbt-cloud', clients: [this.dbt] });
    policy.addRule({
      name: 'developers',
      grantTypes: ['authorization_code'],
      scopes: ['openid', 'offline_access', SnowflakeScope.ROLE_ANY.value],
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
    // Okta puts the user's login in `sub`; this org's logins are their email addresses (seed 002).
    ExternalOAuthSuppressions.add(this.snowflake, [
      { id: 'EO-CLAIM-002', reason: 'Okta logins in this org are email addresses, so sub carries the email (seed 002 maps sub to EMAIL_ADDRESS)' },
    ]);
    // TRANSFORMER is the role dbt builds models with in dbt Labs' "How we configure Snowflake"
    // (https://blog.getdbt.com/how-we-configure-snowflake/), which creates it; so does this stack
    // (CREATE ROLE: https://docs.snowflake.com/en/sql-reference/sql/create-role).
    this.snowflake.addRole('TRANSFORMER', { comment: 'dbt Cloud developers build models in this role' });
    this.snowflake.addUser({ email: settings.developerEmail, name: 'DBT_ANALYST', displayName: 'dbt analyst', defaultRole: 'TRANSFORMER', defaultWarehouse: 'TRANSFORMING', roles: ['TRANSFORMER'] });
  }
}

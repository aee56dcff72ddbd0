/**
 * Seed 001: Ataccama ONE signs users in through its Keycloak, which brokers Okta; the Okta token
 * is then used for the Snowflake data source. An Okta web app with refresh token and the
 * `/logout_response` sign-out URI, an authorization server whose audience is the data source
 * URL, the Snowflake role scopes, a groups claim, a policy and rule with lifetimes, the
 * Snowflake integration, and the Keycloak broker's session settings declared as values so that
 * the checks can prove they fit the Okta refresh-token lifetime.
 */
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { SnowflakeProvider } from '@cdktf/provider-snowflake/lib/provider';
import { Duration } from '../../lib/core/duration';
import { KeycloakBroker } from '../../lib/external/keycloak-broker';
import { OktaAuthorizationServer } from '../../lib/okta/okta-authorization-server';
import { OktaOidcApp } from '../../lib/okta/okta-oidc-app';
import { SnowflakeExternalOAuth } from '../../lib/snowflake/snowflake-external-oauth';
import { SnowflakeScope } from '../../lib/snowflake/snowflake-scope';
import { setting } from '../shared/settings';

/** Settings of the Ataccama example (environment variable, example default). */
export interface AtaccamaSettings {
  /** OKTA_ORG_NAME, `acme`. */
  readonly oktaOrgName: string;
  /** OKTA_BASE_URL, `okta.com`. */
  readonly oktaBaseUrl: string;
  /** ATACCAMA_KEYCLOAK_URL, `https://ataccama.acme.example/auth/realms/ataccamaone`. */
  readonly keycloakRealmUrl: string;
  /** SNOWFLAKE_ACCOUNT_URL (the data source URL), `https://acme-analytics.snowflakecomputing.com`. */
  readonly dataSourceUrl: string;
  /** ATACCAMA_USER_EMAIL, `steward@acme.example`. */
  readonly userEmail: string;
}

/** Reads {@link AtaccamaSettings} from the environment. */
export function ataccamaSettings(): AtaccamaSettings {
  return {
    oktaOrgName: setting('OKTA_ORG_NAME', 'acme'),
    oktaBaseUrl: setting('OKTA_BASE_URL', 'okta.com'),
    keycloakRealmUrl: setting('ATACCAMA_KEYCLOAK_URL', 'https://ataccama.acme.example/auth/realms/ataccamaone'),
    dataSourceUrl: setting('SNOWFLAKE_ACCOUNT_URL', 'https://acme-analytics.snowflakecomputing.com'),
    userEmail: setting('ATACCAMA_USER_EMAIL', 'steward@acme.example'),
  };
}

/** The Ataccama + Keycloak + Okta + Snowflake stack. */
export class OktaKeycloakAtaccamaStack extends TerraformStack {
  public readonly server: OktaAuthorizationServer;
  public readonly app: OktaOidcApp;
  public readonly snowflake: SnowflakeExternalOAuth;
  public readonly broker: KeycloakBroker;

  constructor(scope: Construct, id: string, settings: AtaccamaSettings = ataccamaSettings()) {
    super(scope, id);
    new OktaProvider(this, 'okta', { orgName: settings.oktaOrgName, baseUrl: settings.oktaBaseUrl });
    new SnowflakeProvider(this, 'snowflake', {});
    const broker = settings.keycloakRealmUrl.replace(/\/+$/, '');

    this.server = new OktaAuthorizationServer(this, 'AuthServer', {
      name: 'ataccama-snowflake',
      description: 'Tokens for the Ataccama Snowflake data source',
      audiences: [settings.dataSourceUrl],
    });
    this.server.addScope({ name: 'groups', description: 'Group memberships' });
    this.server.addScope({ name: SnowflakeScope.role('DEV_QA').value, description: 'Snowflake role DEV_QA' });
    this.server.addScope({ name: SnowflakeScope.ROLE_ANY.value, description: 'Any Snowflake role granted to the user' });
    this.server.addGroupsClaim({ name: 'groups', filterType: 'STARTS_WITH', filter: 'ataccama_' });
    this.server.addClaim({ name: 'email', value: 'user.email', valueKind: 'email' });

    this.app = new OktaOidcApp(this, 'Ataccama', {
      authorizationServer: this.server,
      kind: 'web',
      label: 'Ataccama ONE',
      grantTypes: ['authorization_code', 'refresh_token'],
      redirectUris: [`${broker}/broker/okta/endpoint`],
      postLogoutRedirectUris: [`${broker}/broker/okta/endpoint/logout_response`],
    });

    const policy = this.server.addPolicy({ name: 'ataccama', clients: [this.app] });
    policy.addRule({
      name: 'data-stewards',
      grantTypes: ['authorization_code'],
      scopes: ['openid', 'offline_access', 'email', 'profile', 'groups', SnowflakeScope.role('DEV_QA').value, SnowflakeScope.ROLE_ANY.value],
      accessTokenLifetime: Duration.hours(1),
      refreshTokenLifetime: Duration.days(90),
      refreshTokenWindow: Duration.days(7),
    });

    this.broker = new KeycloakBroker(this, 'KeycloakBroker', {
      client: this.app,
      name: 'Ataccama Keycloak',
      ssoSessionIdle: Duration.hours(10),
      ssoSessionMax: Duration.hours(10),
      reserve: Duration.minutes(5),
    });

    this.snowflake = new SnowflakeExternalOAuth(this, 'Snowflake', {
      issuer: this.server,
      name: 'OKTA_ATACCAMA',
      userMappingClaim: 'email',
      mappingAttribute: 'EMAIL_ADDRESS',
      anyRoleMode: 'ENABLE',
      clients: [this.app],
    });
    // DEV_QA is the role that the scope session:role:DEV_QA opens a session in; Ataccama ONE
    // reads an existing Snowflake data source, whose roles its Snowflake administrator manages,
    // so the role is declared as existing, not created (CREATE ROLE needs USERADMIN or the
    // CREATE ROLE privilege: https://docs.snowflake.com/en/sql-reference/sql/create-role).
    this.snowflake.addExistingRole('DEV_QA', { note: 'managed by the Snowflake administrator of the Ataccama ONE data source' });
    this.snowflake.addUser({ email: settings.userEmail, name: 'ATACCAMA_STEWARD', displayName: 'Data steward', defaultRole: 'DEV_QA', roles: ['DEV_QA'] });
  }
}

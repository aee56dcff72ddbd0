/**
 * Ataccama ONE signs users in through its Keycloak, which brokers Okta; the user's Okta token is
 * then used for the Snowflake data source, as Ataccama's guide "Okta OIDC Integration with
 * Impersonation" describes: an Okta web app with the refresh token grant whose sign-in and
 * sign-out redirects are the Keycloak broker endpoint (and `/logout_response`), users assigned to
 * it, an authorization server whose audience is the data source URL, a `groups` claim in the ID
 * token for the broker's group mapper, an access policy whose refresh-token lifetime is aligned
 * with Keycloak's SSO timeouts plus the reserve for job preprocessing, the Keycloak identity
 * provider's settings, and the Snowflake integration. Each value names its source.
 * @see https://docs.ataccama.com/one/latest/third-party-software/okta-oidc-integration-with-impersonation.html
 */
import {
  ClientAssignment,
  ClientProgram,
  Duration,
  KeycloakBroker,
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
  /** ATACCAMA_OKTA_GROUP_ID: the Okta group of Ataccama users, `00g1ataccamausers0x7`. */
  readonly usersGroupId: string;
}

/** Reads {@link AtaccamaSettings} from the environment. */
export function ataccamaSettings(): AtaccamaSettings {
  return {
    oktaOrgName: setting('OKTA_ORG_NAME', 'acme'),
    oktaBaseUrl: setting('OKTA_BASE_URL', 'okta.com'),
    keycloakRealmUrl: setting('ATACCAMA_KEYCLOAK_URL', 'https://ataccama.acme.example/auth/realms/ataccamaone'),
    dataSourceUrl: setting('SNOWFLAKE_ACCOUNT_URL', 'https://acme-analytics.snowflakecomputing.com'),
    userEmail: setting('ATACCAMA_USER_EMAIL', 'steward@acme.example'),
    usersGroupId: setting('ATACCAMA_OKTA_GROUP_ID', '00g1ataccamausers0x7'),
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
    // The requested scopes: OpenID sign-in, a refresh token (offline_access), the groups for the
    // broker's mapper, and the Snowflake role scope for the data source.
    const scopes = ['openid', 'profile', 'email', 'offline_access', 'groups', SnowflakeScope.ROLE_ANY];
    // The Keycloak identity provider of the guide: alias `okta`, "Client secret sent as post",
    // "Use PKCE" off (Keycloak's default, which the guide keeps).
    const program = ClientProgram.keycloakBroker({
      name: 'Ataccama ONE Keycloak',
      see: 'https://docs.ataccama.com/one/latest/third-party-software/okta-oidc-integration-with-impersonation.html',
      realmUrl: settings.keycloakRealmUrl,
      alias: 'okta',
      clientAuthentication: 'client_secret_post',
      usePkce: false,
      scopes,
    });

    // Guide, "Create Authorization Server in Okta": "In the Audience field, enter the URL of your data source".
    this.server = new OktaAuthorizationServer(this, 'AuthServer', {
      name: 'ataccama-snowflake',
      description: 'Tokens for the Ataccama Snowflake data source',
      audiences: [settings.dataSourceUrl],
    });
    this.server.addScope({ name: 'groups', description: 'Group memberships' });
    this.server.addScope({ name: SnowflakeScope.role('DEV_QA'), description: 'Snowflake role DEV_QA' });
    this.server.addScope({ name: SnowflakeScope.ROLE_ANY, description: 'Any Snowflake role granted to the user' });
    // The broker's group mapper reads the ID token (Keycloak's mappers read the ID token and userinfo), so
    // `groups` is an IDENTITY claim; Snowflake reads `email` from the access token.
    this.server.addGroupsClaim({ name: 'groups', filterType: 'STARTS_WITH', filter: 'ataccama_', claimType: 'IDENTITY' });
    this.server.addClaim({ name: 'email', value: 'user.email', valueKind: 'email' });

    // Guide, "Create an application in Okta": OIDC Web Application, Refresh Token enabled, sign-in
    // redirect `<keycloak>/auth/realms/ataccamaone/broker/<idp_alias>/endpoint` and the same with
    // `/logout_response` for sign-out (the program's URIs); "add the users who can log in" in
    // Assignments. PKCE, rotation and client authentication follow the broker program.
    this.app = new OktaOidcApp(this, 'Ataccama', {
      authorizationServer: this.server,
      kind: 'web',
      label: 'Ataccama ONE',
      grantTypes: ['authorization_code', 'refresh_token'],
      program,
      assignment: ClientAssignment.groups([settings.usersGroupId]),
    });

    // Guide: "Ensure that the Okta refresh token validity rules are aligned with Keycloak SSO timeouts":
    // 12 h refresh tokens = 10 h SSO Session Max + the 2 h reserve below; Okta's default 1 h access token.
    const policy = this.server.addPolicy({ name: 'ataccama', clients: [this.app] });
    policy.addRule({
      name: 'data-stewards',
      grantTypes: ['authorization_code'],
      scopes: [...scopes, SnowflakeScope.role('DEV_QA')],
      accessTokenLifetime: Duration.hours(1),
      refreshTokenLifetime: Duration.hours(12),
      refreshTokenWindow: Duration.hours(12),
    });

    // The Keycloak realm and identity provider: SSO Session Idle / Max 10 h, "Store tokens" and "Stored
    // tokens readable" on (Ataccama reads the user's Okta token for Snowflake), the "Advanced Claim to
    // Group" mapper on `groups`, and a 2 h reserve for job preprocessing before the Okta token expires.
    this.broker = new KeycloakBroker(this, 'KeycloakBroker', {
      client: this.app,
      name: 'Ataccama Keycloak',
      ssoSessionIdle: Duration.hours(10),
      ssoSessionMax: Duration.hours(10),
      reserve: Duration.hours(2),
      storeTokens: true,
      storedTokensReadable: true,
      mappers: [{ name: 'okta-groups', type: 'oidc-advanced-group-idp-mapper', claim: 'groups' }],
    });

    // Snowflake's External OAuth with Okta: the access token's `email` claim mapped to the user's
    // EMAIL_ADDRESS, and any-role mode ENABLE so that the `session:role-any` scope is honoured.
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
    this.snowflake.addUser({
      email: settings.userEmail,
      name: 'ATACCAMA_STEWARD',
      displayName: 'Data steward',
      defaultRole: 'DEV_QA',
      roles: ['DEV_QA'],
    });
  }
}

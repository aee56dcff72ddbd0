/**
 * Atlan Insights queries Snowflake with each person's PingFederate access token, following
 * Atlan's guide "Enable Snowflake OAuth with PingFederate"
 * (https://docs.atlan.com/apps/connectors/data-warehouses/snowflake/how-tos/enable-snowflake-oauth-with-pingfederate)
 * and its reference "SSO integration with PingFederate using OAuth"
 * (https://docs.atlan.com/product/integrations/identity-management/sso/references/integration-with-pingfederate-using-oauth).
 * PingFederate has no Terraform provider here, so it is an external issuer. The stack creates the
 * guide's PING_FEDERATE integration ATLAN_PINGFEDERATE_SSO (any-role ENABLE, `sub` -> LOGIN_NAME)
 * and one Snowflake user per person, whose LOGIN_NAME is that person's PingFederate `sub`: queries
 * run as the signed-in person, never as a shared service account.
 *
 * The guide's alternative, an account that already has an integration for this PingFederate
 * issuer (Snowflake allows one per issuer), is the setting SNOWFLAKE_EXISTING_INTEGRATION: the
 * stack then extends that integration's audience list instead of creating one.
 */
import {
  ClientAssignment,
  ClientProgram,
  ExternalClient,
  ExternalIssuer,
  SnowflakeExternalOAuth,
  type SnowflakeExternalOAuthProps,
  SnowflakeScope,
} from 'cdktf-external-oauth';
import { TerraformStack } from 'cdktf-external-oauth/framework';
import { SnowflakeProvider } from 'cdktf-external-oauth/providers/snowflake/provider';
import { Construct } from 'constructs';

import { setting } from '../shared/settings';

/** Settings of the Atlan example (environment variable, example default). */
export interface AtlanSettings {
  /** PINGFEDERATE_ISSUER, `https://sso.acme.example`. */
  readonly pingIssuer: string;
  /** SNOWFLAKE_ACCOUNT_URL, `https://acme-analytics.snowflakecomputing.com`: also the token audience. */
  readonly snowflakeAccountUrl: string;
  /** ATLAN_URL, `https://acme.atlan.com`: the Atlan tenant. */
  readonly atlanUrl: string;
  /** ATLAN_CLIENT_ID, `atlan-snowflake`. */
  readonly atlanClientId: string;
  /**
   * ATLAN_PINGFEDERATE_USERS, `jane.doe,raj.patel`: the PingFederate `sub` of each person who
   * queries from Atlan (comma-separated); each becomes a Snowflake user with that LOGIN_NAME.
   */
  readonly userSubjects: string[];
  /**
   * SNOWFLAKE_EXISTING_INTEGRATION, unset: the name of an integration that already trusts this
   * PingFederate issuer (the guide's alternative); unset creates ATLAN_PINGFEDERATE_SSO.
   */
  readonly existingIntegration?: string;
  /** SNOWFLAKE_EXISTING_AUDIENCES, empty: that integration's current audience list (comma-separated). */
  readonly existingAudiences?: string[];
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

/** Reads {@link AtlanSettings} from the environment. */
export function atlanSettings(): AtlanSettings {
  const existing = setting('SNOWFLAKE_EXISTING_INTEGRATION', '');
  return {
    pingIssuer: setting('PINGFEDERATE_ISSUER', 'https://sso.acme.example'),
    snowflakeAccountUrl: setting('SNOWFLAKE_ACCOUNT_URL', 'https://acme-analytics.snowflakecomputing.com'),
    atlanUrl: setting('ATLAN_URL', 'https://acme.atlan.com'),
    atlanClientId: setting('ATLAN_CLIENT_ID', 'atlan-snowflake'),
    userSubjects: list(setting('ATLAN_PINGFEDERATE_USERS', 'jane.doe,raj.patel')),
    ...(existing ? { existingIntegration: existing, existingAudiences: list(setting('SNOWFLAKE_EXISTING_AUDIENCES', '')) } : {}),
  };
}

/** The Snowflake user name of a PingFederate subject: upper case, other characters as `_`. */
export function atlanUserName(subject: string): string {
  const name = subject.toUpperCase().replace(/[^A-Z0-9_$]/g, '_');
  return /^[A-Z_]/.test(name) ? name : `_${name}`;
}

/** The Atlan + PingFederate + Snowflake stack. */
export class PingFederateSnowflakeAtlanStack extends TerraformStack {
  public readonly ping: ExternalIssuer;
  public readonly atlan: ExternalClient;
  public readonly snowflake: SnowflakeExternalOAuth;

  constructor(scope: Construct, id: string, settings: AtlanSettings = atlanSettings()) {
    super(scope, id);
    new SnowflakeProvider(this, 'snowflake', {});
    const tenant = settings.atlanUrl.replace(/\/+$/, '');

    this.ping = new ExternalIssuer(this, 'PingFederate', {
      // Guide, Step 1: EXTERNAL_OAUTH_TYPE = PING_FEDERATE (the integration type follows the issuer kind).
      kind: 'pingfederate',
      // Guide, Step 1: EXTERNAL_OAUTH_ISSUER = '<YOUR_PF_ISSUER>' (reference, "Field name mappings":
      // Access Token Manager -> Issuer Claim Value). The JWKS URL defaults to `<issuer>/pf/JWKS`
      // (reference, "OIDC endpoints": JWKS /pf/JWKS, used by Snowflake).
      issuerUrl: settings.pingIssuer,
      // Guide, Step 1: EXTERNAL_OAUTH_AUDIENCE_LIST = ('<YOUR_AUDIENCE>') (reference, "Field name
      // mappings": Access Token Manager -> Audience Claim Value = Atlan's Audience URI).
      audiences: [settings.snowflakeAccountUrl],
      // Reference, "Field name mappings": the OAuth client's scope is "paired with
      // EXTERNAL_OAUTH_ANY_ROLE_MODE": session:role-any with any-role mode ENABLE.
      scopes: [SnowflakeScope.ROLE_ANY],
    });

    this.atlan = new ExternalClient(this, 'Atlan', {
      issuer: this.ping,
      name: 'Atlan',
      // Reference, "Field name mappings": OAuth Client -> Client ID (entered in Atlan's Client ID field).
      clientId: settings.atlanClientId,
      // Reference, "OIDC endpoints": Atlan redirects the browser to /as/authorization.oauth2 and
      // exchanges the code at /as/token.oauth2; Atlan refreshes tokens in the background.
      grantTypes: ['authorization_code', 'refresh_token'],
      // Guide, Step 2 (PingFederate OAuth client): Redirect URIs exactly `<tenant>/api/service/oauth`
      // (wildcards aren't honored, no path is appended) and Allowed Scopes `session:role-any`, paired with
      // any-role mode ENABLE (reference, "Field name mappings", Scope): Atlan's client program gives both.
      program: ClientProgram.atlanSnowflake(tenant),
      // PingFederate OAuth clients have no per-user assignment: the authentication policy of the IdP adapter decides.
      assignment: ClientAssignment.everyone(
        "PingFederate's authentication policy decides who signs in; Snowflake admits only the users declared below",
      ),
    });

    const integration: Omit<SnowflakeExternalOAuthProps, 'name'> = {
      issuer: this.ping,
      // Guide, Step 1: EXTERNAL_OAUTH_TOKEN_USER_MAPPING_CLAIM = ('sub') and
      // EXTERNAL_OAUTH_SNOWFLAKE_USER_MAPPING_ATTRIBUTE = 'LOGIN_NAME'.
      userMappingClaim: 'sub',
      mappingAttribute: 'LOGIN_NAME',
      // Guide, Step 1: EXTERNAL_OAUTH_ANY_ROLE_MODE = 'ENABLE' (the session uses the user's roles).
      anyRoleMode: 'ENABLE',
      clients: [this.atlan],
    };
    this.snowflake = settings.existingIntegration
      ? // The guide's alternative: the account already trusts this PingFederate issuer; extend that
        // integration's audience list (Atlan's troubleshooting page, "Audience mismatch", gives the
        // ALTER statement the manifest records). Its any-role mode must be ENABLE as well.
        SnowflakeExternalOAuth.extendExisting(this, 'Snowflake', {
          ...integration,
          name: settings.existingIntegration,
          existingAudiences: settings.existingAudiences ?? [],
        })
      : // Guide, Step 1: CREATE SECURITY INTEGRATION ATLAN_PINGFEDERATE_SSO TYPE = EXTERNAL_OAUTH ENABLED = TRUE.
        new SnowflakeExternalOAuth(this, 'Snowflake', { ...integration, name: 'ATLAN_PINGFEDERATE_SSO' });

    // Snowflake "runs the query as the mapped Snowflake user with that user's roles" (guide,
    // introduction): a reader role for the people who query from Atlan, created here
    // (CREATE ROLE: https://docs.snowflake.com/en/sql-reference/sql/create-role).
    const reader = this.snowflake.addRole('ATLAN_READER', { comment: 'People who query Snowflake from Atlan Insights' });
    // One Snowflake user per person, LOGIN_NAME = their PingFederate `sub`: "queries authenticate as
    // the PingFederate-authenticated user, not as a shared service account" (Atlan release note
    // "Enable Snowflake OAuth with PingFederate"). No shared service user.
    for (const subject of settings.userSubjects) {
      this.snowflake.addUser({
        name: atlanUserName(subject),
        loginName: subject,
        defaultRole: reader,
        defaultWarehouse: 'ATLAN_WH',
        roles: [reader],
      });
    }
  }
}

/**
 * Seed 004: Atlan reads Snowflake with PingFederate tokens. PingFederate has no Terraform
 * provider here, so it is an external issuer (JWKS at `/pf/JWKS`). The account already has a
 * PING_FEDERATE integration for this issuer (Snowflake allows one per issuer), so Atlan's
 * audience is added to its list, and the Atlan users are created with default role, warehouse
 * and grants, mapped by LOGIN_NAME.
 */
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { SnowflakeProvider } from '@cdktf/provider-snowflake/lib/provider';
import { ClientAssignment } from '../../lib/core/client-program';
import { ExternalClient } from '../../lib/external/external-client';
import { ExternalIssuer } from '../../lib/external/external-issuer';
import { SnowflakeExternalOAuth } from '../../lib/snowflake/snowflake-external-oauth';
import { SnowflakeScope } from '../../lib/snowflake/snowflake-scope';
import { setting } from '../shared/settings';

/** Settings of the Atlan example (environment variable, example default). */
export interface AtlanSettings {
  /** PINGFEDERATE_ISSUER, `https://sso.acme.example`. */
  readonly pingIssuer: string;
  /** SNOWFLAKE_ACCOUNT_URL, `https://acme-analytics.snowflakecomputing.com`. */
  readonly snowflakeAccountUrl: string;
  /** ATLAN_URL, `https://acme.atlan.com`. */
  readonly atlanUrl: string;
  /** ATLAN_CLIENT_ID, `atlan-snowflake`. */
  readonly atlanClientId: string;
  /** SNOWFLAKE_EXISTING_INTEGRATION, `PING_FEDERATE_OAUTH`. */
  readonly existingIntegration: string;
}

/** Reads {@link AtlanSettings} from the environment. */
export function atlanSettings(): AtlanSettings {
  return {
    pingIssuer: setting('PINGFEDERATE_ISSUER', 'https://sso.acme.example'),
    snowflakeAccountUrl: setting('SNOWFLAKE_ACCOUNT_URL', 'https://acme-analytics.snowflakecomputing.com'),
    atlanUrl: setting('ATLAN_URL', 'https://acme.atlan.com'),
    atlanClientId: setting('ATLAN_CLIENT_ID', 'atlan-snowflake'),
    existingIntegration: setting('SNOWFLAKE_EXISTING_INTEGRATION', 'PING_FEDERATE_OAUTH'),
  };
}

/** The Atlan + PingFederate + Snowflake stack. */
export class PingFederateSnowflakeAtlanStack extends TerraformStack {
  public readonly ping: ExternalIssuer;
  public readonly atlan: ExternalClient;
  public readonly snowflake: SnowflakeExternalOAuth;

  constructor(scope: Construct, id: string, settings: AtlanSettings = atlanSettings()) {
    super(scope, id);
    new SnowflakeProvider(this, 'snowflake', {});
    const atlanAudience = `${settings.atlanUrl.replace(/\/+$/, '')}/snowflake`;

    this.ping = new ExternalIssuer(this, 'PingFederate', {
      kind: 'pingfederate',
      issuerUrl: settings.pingIssuer,
      audiences: [settings.snowflakeAccountUrl, atlanAudience],
      scopes: [SnowflakeScope.role('ATLAN_READER').value],
    });

    this.atlan = new ExternalClient(this, 'Atlan', {
      issuer: this.ping,
      name: 'Atlan',
      clientId: settings.atlanClientId,
      grantTypes: ['authorization_code', 'refresh_token'],
      // PingFederate OAuth clients have no per-user assignment: the authentication policy of the IdP adapter decides.
      assignment: ClientAssignment.everyone("PingFederate's authentication policy decides who signs in; Snowflake admits only the users declared below"),
      redirectUris: [`${settings.atlanUrl.replace(/\/+$/, '')}/api/service/oauth/snowflake/callback`],
      scopes: [SnowflakeScope.role('ATLAN_READER').value],
    });

    this.snowflake = SnowflakeExternalOAuth.extendExisting(this, 'Snowflake', {
      issuer: this.ping,
      name: settings.existingIntegration,
      existingAudiences: [settings.snowflakeAccountUrl],
      audiences: [settings.snowflakeAccountUrl, atlanAudience],
      userMappingClaim: 'sub',
      mappingAttribute: 'LOGIN_NAME',
      clients: [this.atlan],
    });
    this.snowflake.addUser({ loginName: 'ATLAN_SVC', displayName: 'Atlan crawler', defaultRole: 'ATLAN_READER', defaultWarehouse: 'ATLAN_WH', roles: ['ATLAN_READER'] });
  }
}

/**
 * Alation as an OAuth resource server for Entra ID tokens, following Alation's "Configure
 * External OAuth Integrations"
 * (https://www.alation.com/docs/en/latest/admins/AdminSettings/Authentication/ConfigureExternalOAuthIntegrations.html)
 * and "Configure OAuth Apps in Identity Providers for External OAuth Integrations", section
 * "Manage Tokens in Microsoft Entra ID"
 * (https://docs.alation.com/en/latest/admins/AdminSettings/Authentication/IdPSetupsForExternalTokens.html).
 * Both of Alation's flow types are on: machine-based flows (a daemon's client-credentials app
 * token, mapped by its `appid` to a system user with a role) and user-initiated flows (people
 * mapped by `unique_name` to their existing username). v1 tokens, so `iss` is
 * `https://sts.windows.net/<tenant>/`.
 */
import { ApiValidationProfile, Duration, EntraClientApp, EntraProtectedApi } from 'cdktf-external-oauth';
import { TerraformStack } from 'cdktf-external-oauth/framework';
import { AzureadProvider } from 'cdktf-external-oauth/providers/azuread/provider';
import { Construct } from 'constructs';

import { setting } from '../shared/settings';

/** Settings of the Alation example (environment variable, example default). */
export interface AlationSettings {
  /** ENTRA_TENANT_ID, `00000000-0000-4000-8000-000000000000` (an example GUID). */
  readonly tenantId: string;
  /** ALATION_URL, `https://alation.acme.example`. */
  readonly alationUrl: string;
  /**
   * ALATION_SYSTEM_USER_ROLE, `Steward`: the Alation role of the machine flow's system user
   * (least privilege; Alation's OAuth client examples often pick Server Admin, which check
   * EO-ROLE-001 warns about).
   */
  readonly systemUserRole: string;
  /** ENTRA_SECRET_ROTATION_KEY, `2026-11`: change it to rotate the client secret. */
  readonly secretRotationKey: string;
}

/** Reads {@link AlationSettings} from the environment. */
export function alationSettings(): AlationSettings {
  return {
    tenantId: setting('ENTRA_TENANT_ID', '00000000-0000-4000-8000-000000000000'),
    alationUrl: setting('ALATION_URL', 'https://alation.acme.example'),
    systemUserRole: setting('ALATION_SYSTEM_USER_ROLE', 'Steward'),
    secretRotationKey: setting('ENTRA_SECRET_ROTATION_KEY', '2026-11'),
  };
}

/** The Alation stack. */
export class AlationEntraApiStack extends TerraformStack {
  public readonly api: EntraProtectedApi;
  public readonly client: EntraClientApp;
  public readonly profile: ApiValidationProfile;

  constructor(scope: Construct, id: string, settings: AlationSettings = alationSettings()) {
    super(scope, id);
    new AzureadProvider(this, 'azuread', { tenantId: settings.tenantId });
    const base = settings.alationUrl.replace(/\/+$/, '');

    this.api = new EntraProtectedApi(this, 'AlationApi', {
      tenantId: settings.tenantId,
      displayName: 'Alation API',
      accessTokenVersion: 1, // the profile reads v1 claims: appid (app tokens) and unique_name (user tokens)
      identifierUri: `${base}/api`,
      optionalClaims: [{ name: 'upn' }],
    });
    this.api.addScope({
      value: 'Catalog.ReadWrite',
      adminConsentDisplayName: 'Use Alation',
      adminConsentDescription: 'Use the Alation API as the signed-in user',
    });
    this.api.addAppRole({ value: 'Catalog.Sync', displayName: 'Alation sync', description: 'Daemon access to the Alation API' });

    this.client = new EntraClientApp(this, 'AlationClient', {
      api: this.api,
      kind: 'web',
      displayName: 'Alation client',
      redirectUris: [`${base}/auth/callback`],
      scopes: ['Catalog.ReadWrite'],
      appRoles: ['Catalog.Sync'],
      adminConsent: true,
      secret: { lifetime: Duration.days(365), rotation: { key: settings.secretRotationKey, everyDays: 180 } },
    });

    this.profile = new ApiValidationProfile(this, 'AlationProfile', {
      name: 'alation-entra',
      client: this.client,
      // Alation, "Supported OAuth Types": machine-based flows (machine-to-machine), where a system
      // user such as a script or data pipeline acts without a person, are enabled by default in
      // Alation's integration settings; so is this profile's machine flow. Entra app tokens name
      // the client in `appid` (v1), which becomes the system user; its role is the System User Role.
      machineFlow: { enabled: true, systemUserClaim: 'appid', systemUserRole: settings.systemUserRole },
      // Alation, "Supported OAuth Types": user-initiated flows act as the signed-in person, whose
      // existing Alation username is in `unique_name` (v1 user tokens).
      userFlow: { enabled: true, usernameClaim: 'unique_name' },
    });
  }
}

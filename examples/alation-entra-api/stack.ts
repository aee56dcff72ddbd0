/**
 * Seed 000: an Alation-style API validates Entra ID access tokens itself. A daemon obtains app
 * tokens (client credentials) and is mapped by its `appid` to an auto-created system user with
 * a role; people sign in through the same app registration and are mapped by `unique_name` to
 * their existing username. v1 tokens, so `iss` is `https://sts.windows.net/<tenant>/`.
 */
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AzureadProvider } from '@cdktf/provider-azuread/lib/provider';
import { Duration } from '../../lib/core/duration';
import { EntraClientApp } from '../../lib/entra/entra-client-app';
import { EntraProtectedApi } from '../../lib/entra/entra-protected-api';
import { ApiValidationProfile } from '../../lib/profile/api-validation-profile';
import { setting } from '../shared/settings';

/** Settings of the Alation example (environment variable, example default). */
export interface AlationSettings {
  /** ENTRA_TENANT_ID, `00000000-0000-4000-8000-000000000000` (an example GUID). */
  readonly tenantId: string;
  /** ALATION_URL, `https://alation.acme.example`. */
  readonly alationUrl: string;
  /** ALATION_SYSTEM_USER_ROLE, `Steward` (least privilege; the seed shows Server Admin). */
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
      accessTokenVersion: 1, // the seed's profile expects v1 claims (appid, unique_name)
      identifierUri: `${base}/api`,
      optionalClaims: [{ name: 'upn' }],
    });
    this.api.addScope({ value: 'Catalog.ReadWrite', adminConsentDisplayName: 'Use Alation', adminConsentDescription: 'Use the Alation API as the signed-in user' });
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
      machineFlow: { enabled: true, systemUserClaim: 'appid', systemUserRole: settings.systemUserRole },
      userFlow: { enabled: true, usernameClaim: 'unique_name' },
    });
  }
}

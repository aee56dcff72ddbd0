/**
 * Seed 003: OpenMetadata signs users in with an Okta single-page app (authorization code with
 * PKCE, rotating refresh tokens, and the implicit hybrid flow OpenMetadata's silent renew
 * asks for), and its server validates the Okta access tokens (audience = the SPA's client id).
 */
import { Lazy, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { OktaProvider } from '@cdktf/provider-okta/lib/provider';
import { ExternalOAuthSuppressions } from '../../lib/checks/suppressions';
import { Duration } from '../../lib/core/duration';
import { OktaAuthorizationServer } from '../../lib/okta/okta-authorization-server';
import { OktaOidcApp } from '../../lib/okta/okta-oidc-app';
import { ApiValidationProfile } from '../../lib/profile/api-validation-profile';
import { setting } from '../shared/settings';

/** Settings of the OpenMetadata example (environment variable, example default). */
export interface OpenMetadataSettings {
  /** OKTA_ORG_NAME, `acme`. */
  readonly oktaOrgName: string;
  /** OKTA_BASE_URL, `okta.com`. */
  readonly oktaBaseUrl: string;
  /** OPENMETADATA_URL, `https://openmetadata.acme.example`. */
  readonly openMetadataUrl: string;
}

/** Reads {@link OpenMetadataSettings} from the environment. */
export function openMetadataSettings(): OpenMetadataSettings {
  return {
    oktaOrgName: setting('OKTA_ORG_NAME', 'acme'),
    oktaBaseUrl: setting('OKTA_BASE_URL', 'okta.com'),
    openMetadataUrl: setting('OPENMETADATA_URL', 'https://openmetadata.acme.example'),
  };
}

/** The OpenMetadata stack. */
export class OktaSpaOpenMetadataStack extends TerraformStack {
  public readonly server: OktaAuthorizationServer;
  public readonly spa: OktaOidcApp;
  public readonly profile: ApiValidationProfile;

  constructor(scope: Construct, id: string, settings: OpenMetadataSettings = openMetadataSettings()) {
    super(scope, id);
    new OktaProvider(this, 'okta', { orgName: settings.oktaOrgName, baseUrl: settings.oktaBaseUrl });
    const base = settings.openMetadataUrl.replace(/\/+$/, '');

    // The audience is the SPA's client id, known after apply; the SPA is declared below.
    let spa: OktaOidcApp | undefined;
    this.server = new OktaAuthorizationServer(this, 'AuthServer', {
      name: 'openmetadata',
      description: 'Tokens for OpenMetadata (seed 003)',
      audiences: [Lazy.stringValue({ produce: () => spa!.clientId })],
      issuerMode: 'ORG_URL',
    });
    this.server.addScope({ name: 'openmetadata', description: 'Sign in to OpenMetadata', default: true });
    this.server.addClaim({ name: 'email', value: 'user.email', valueKind: 'email' });

    spa = new OktaOidcApp(this, 'Spa', {
      authorizationServer: this.server,
      kind: 'browser',
      label: 'OpenMetadata',
      grantTypes: ['authorization_code', 'refresh_token', 'implicit'],
      responseTypes: ['code', 'token', 'id_token'],
      redirectUris: [`${base}/callback`, `${base}/silent-callback`],
      postLogoutRedirectUris: [`${base}/signin`],
      loginUri: `${base}/signin`,
      refreshToken: { rotation: 'ROTATE', leeway: Duration.seconds(30) },
    });
    this.spa = spa;
    ExternalOAuthSuppressions.add(spa, [
      { id: 'EO-GRANT-001', reason: 'OpenMetadata 1.x silent renew uses the Okta hybrid flow (seed 003); remove when it supports code + PKCE renew' },
    ]);

    const policy = this.server.addPolicy({ name: 'openmetadata-users', clients: [spa] });
    policy.addRule({
      name: 'sign-in',
      grantTypes: ['authorization_code', 'implicit'],
      scopes: ['openid', 'profile', 'email', 'offline_access', 'openmetadata'],
      accessTokenLifetime: Duration.minutes(60),
      refreshTokenLifetime: Duration.days(7),
      refreshTokenWindow: Duration.days(1),
    });

    // The OpenMetadata server acts as the resource server: users map by their email claim.
    this.profile = new ApiValidationProfile(this, 'OpenMetadataServer', {
      name: 'openmetadata',
      client: spa,
      machineFlow: { enabled: false, systemUserClaim: 'sub', systemUserRole: 'ingestion-bot' },
      userFlow: { enabled: true, usernameClaim: 'email' },
    });
  }
}

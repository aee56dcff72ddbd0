/**
 * OpenMetadata signs users in with an Okta single-page app, as OpenMetadata's guide "Okta SSO"
 * (implicit flow) describes: authorization code with PKCE, rotating refresh tokens and the
 * implicit hybrid flow its silent renew asks for; its server validates the Okta access tokens
 * (audience = the SPA's client id). The guide's "Base URIs" become Okta trusted origins (CORS and
 * redirect) and its "Controlled access" a group assignment. Each value names its source.
 * @see https://docs.open-metadata.org/latest/deployment/security/okta
 */
import {
  ApiValidationProfile,
  ClientAssignment,
  ClientProgram,
  Duration,
  ExternalOAuthSuppressions,
  OktaAuthorizationServer,
  OktaOidcApp,
} from 'cdktf-external-oauth';
import { Lazy, TerraformStack } from 'cdktf-external-oauth/framework';
import { OktaProvider } from 'cdktf-external-oauth/providers/okta/provider';
import { Construct } from 'constructs';

import { setting } from '../shared/settings';

/** Settings of the OpenMetadata example (environment variable, example default). */
export interface OpenMetadataSettings {
  /** OKTA_ORG_NAME, `acme`. */
  readonly oktaOrgName: string;
  /** OKTA_BASE_URL, `okta.com`. */
  readonly oktaBaseUrl: string;
  /** OPENMETADATA_URL, `https://openmetadata.acme.example`. */
  readonly openMetadataUrl: string;
  /** OPENMETADATA_OKTA_GROUP_ID: the Okta group allowed to sign in, `00g1openmetadata0x7`. */
  readonly usersGroupId: string;
}

/** Reads {@link OpenMetadataSettings} from the environment. */
export function openMetadataSettings(): OpenMetadataSettings {
  return {
    oktaOrgName: setting('OKTA_ORG_NAME', 'acme'),
    oktaBaseUrl: setting('OKTA_BASE_URL', 'okta.com'),
    openMetadataUrl: setting('OPENMETADATA_URL', 'https://openmetadata.acme.example'),
    usersGroupId: setting('OPENMETADATA_OKTA_GROUP_ID', '00g1openmetadata0x7'),
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

    // OpenMetadata guide, step 2: "The Audience is the Client ID of the single page application";
    // step 3: the issuer changed "from Dynamic to Okta URL". The SPA is declared below.
    let spa: OktaOidcApp | undefined;
    this.server = new OktaAuthorizationServer(this, 'AuthServer', {
      name: 'openmetadata',
      description: 'Tokens for OpenMetadata',
      audiences: [Lazy.stringValue({ produce: () => spa!.clientId })],
      issuerMode: 'ORG_URL',
    });
    // Step 4: a scope "Set as a Default Scope"; `email` for OpenMetadata's principal claim (jwtPrincipalClaims).
    this.server.addScope({ name: 'openmetadata', description: 'Sign in to OpenMetadata', default: true });
    this.server.addClaim({ name: 'email', value: 'user.email', valueKind: 'email' });

    // Step 1: Single-Page Application; grants Authorization Code, Refresh Token ("Rotate token after
    // every use") and Implicit (hybrid) with ID and access tokens; sign-in redirects `/callback` and
    // `/silent-callback` (the program's); "Base URIs" = the OpenMetadata origin, which the app trusts
    // for CORS and redirect; "Controlled access" = the group below.
    spa = new OktaOidcApp(this, 'Spa', {
      authorizationServer: this.server,
      kind: 'browser',
      label: 'OpenMetadata',
      grantTypes: ['authorization_code', 'refresh_token', 'implicit'],
      responseTypes: ['code', 'token', 'id_token'],
      program: ClientProgram.openMetadata(base),
      postLogoutRedirectUris: [`${base}/signin`],
      loginUri: `${base}/signin`,
      refreshToken: { rotation: 'ROTATE', leeway: Duration.seconds(30) },
      assignment: ClientAssignment.groups([settings.usersGroupId]),
    });
    this.spa = spa;
    ExternalOAuthSuppressions.add(spa, [
      {
        id: 'EO-GRANT-001',
        reason:
          'The OpenMetadata Okta guide enables the implicit (hybrid) flow for its silent renew; remove when it renews with code + PKCE',
      },
    ]);

    // Not in OpenMetadata's guide: Okta's default access-token lifetime (1 hour), and refresh tokens of
    // this browser app bounded to 7 days and 1 day unused (RFC 9700 section 4.14: bound public clients' refresh tokens).
    const policy = this.server.addPolicy({ name: 'openmetadata-users', clients: [spa] });
    policy.addRule({
      name: 'sign-in',
      grantTypes: ['authorization_code', 'implicit'],
      scopes: ['openid', 'profile', 'email', 'offline_access', 'openmetadata'],
      accessTokenLifetime: Duration.minutes(60),
      refreshTokenLifetime: Duration.days(7),
      refreshTokenWindow: Duration.days(1),
    });

    // The OpenMetadata server acts as the resource server (publicKeyUrls `<issuer>/v1/keys`): users map
    // by their email claim, the first of OpenMetadata's default jwtPrincipalClaims; no machine flow.
    this.profile = new ApiValidationProfile(this, 'OpenMetadataServer', {
      name: 'openmetadata',
      client: spa,
      machineFlow: { enabled: false, systemUserClaim: 'sub', systemUserRole: 'ingestion-bot' },
      userFlow: { enabled: true, usernameClaim: 'email' },
    });
  }
}

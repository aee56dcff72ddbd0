import { AppGroupAssignments } from '@cdktf/provider-okta/lib/app-group-assignments';
import { AppOauth } from '@cdktf/provider-okta/lib/app-oauth';
import { Construct } from 'constructs';
import { Duration } from '../core/duration';
import { CONFIG_ERROR_CODES } from '../core/errors';
import { IClient, IIssuer } from '../core/interfaces';
import type { GrantType } from '../core/kinds';
import { registerClient } from '../core/register';
import { fail, requireInRange, requireNonEmpty, requireOneOf, requirePattern, requireRedirectUri, requireSecureUrl, requireUnique } from '../core/validate';
import type { ClientRecord } from '../manifest/types';
import type { OktaAuthorizationServer } from './okta-authorization-server';

/**
 * The Okta application type: `web` (server-side, confidential), `browser` (single-page app,
 * public), `native` (mobile / desktop, public by default), `service` (machine-to-machine).
 * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#type
 */
export type OktaAppKind = 'web' | 'browser' | 'service' | 'native';

/** How the client authenticates at the token endpoint. */
export type OktaTokenEndpointAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'client_secret_jwt' | 'private_key_jwt' | 'none';

/** OAuth 2.0 response types. `token` / `id_token` only with the explicit `implicit` grant. */
export type OktaResponseType = 'code' | 'token' | 'id_token';

/** Refresh-token behaviour of an app that has the `refresh_token` grant. */
export interface OktaRefreshTokenOptions {
  /**
   * `ROTATE` issues a new refresh token on every use (replay of an old one revokes the family).
   * @default 'ROTATE'
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#refresh_token_rotation
   */
  readonly rotation?: 'ROTATE' | 'STATIC';
  /**
   * Grace period in which the previous refresh token still works after rotation: 0 to 60 seconds.
   * Only for `ROTATE`.
   * @default Duration.seconds(30) (Okta's default)
   * @see https://developer.okta.com/docs/guides/refresh-tokens/main/#refresh-token-rotation
   */
  readonly leeway?: Duration;
}

/** Props of {@link OktaOidcApp}. */
export interface OktaOidcAppProps {
  /** The authorization server the app obtains tokens from (its issuer). */
  readonly authorizationServer: OktaAuthorizationServer;
  /** The application type. */
  readonly kind: OktaAppKind;
  /**
   * Display name.
   * @default the construct id
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#label
   */
  readonly label?: string;
  /**
   * Grants. `service`: `client_credentials` only. `web` and `native` must include
   * `authorization_code`; `browser` needs `authorization_code` or `implicit`. Implicit / hybrid
   * flows are opted into here, with `responseTypes`, never by a flag.
   * @default service: ['client_credentials']; others: ['authorization_code']
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#grant_types
   */
  readonly grantTypes?: GrantType[];
  /**
   * Response types. Required with `implicit` (`token` and / or `id_token`; add `code` for hybrid).
   * @default derived: `code` for authorization_code / password / refresh_token, `token` for client_credentials
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#response_types
   */
  readonly responseTypes?: OktaResponseType[];
  /**
   * Exact redirect URIs: https (http only for loopback), no wildcards; `native` may use a
   * reverse-domain custom scheme (`com.example.app:/callback`). Required for redirect flows,
   * refused for `service`.
   * @default none
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#redirect_uris
   */
  readonly redirectUris?: string[];
  /**
   * Sign-out redirect URIs, same rules as `redirectUris`.
   * @default none
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#post_logout_redirect_uris
   */
  readonly postLogoutRedirectUris?: string[];
  /**
   * The app's initiate-login URI (https). Refused for `service`.
   * @default none
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#login_uri
   */
  readonly loginUri?: string;
  /**
   * Require PKCE on the authorization-code flow. Cannot be turned off for `browser` apps or
   * public clients (`none`); only apps with `authorization_code` may require it.
   * @default true when `authorization_code` is granted
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#pkce_required
   */
  readonly pkce?: boolean;
  /**
   * Token endpoint authentication. `browser`: `none` only; `web` / `service`: never `none`.
   * @default browser and native: 'none'; web: 'client_secret_basic'; service: 'private_key_jwt' when
   * `jwksUri` is given, else 'client_secret_basic'
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#token_endpoint_auth_method
   */
  readonly tokenEndpointAuthMethod?: OktaTokenEndpointAuthMethod;
  /**
   * The client's public keys, for `private_key_jwt` (required then, refused otherwise).
   * @default none
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#jwks_uri
   */
  readonly jwksUri?: string;
  /**
   * Refresh-token rotation; only with the `refresh_token` grant.
   * @default { rotation: 'ROTATE', leeway: 30 s } when `refresh_token` is granted
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#refresh_token_rotation
   */
  readonly refreshToken?: OktaRefreshTokenOptions;
  /**
   * Group ids assigned to the app (`okta_app_group_assignments`). Refused for `service`.
   * @default no assignment
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_group_assignments
   */
  readonly groups?: string[];
  /**
   * Keep the generated client secret out of Terraform state (read it once in the Okta console or
   * rotate it there). Turning this off later recreates the app.
   * @default true
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#omit_secret
   */
  readonly omitSecret?: boolean;
}

const AUTH_CODE: GrantType = 'authorization_code';
const USER_GRANTS_FOR_REFRESH: readonly GrantType[] = [
  'authorization_code',
  'password',
  'urn:ietf:params:oauth:grant-type:device_code',
  'urn:ietf:params:oauth:grant-type:token-exchange',
  'urn:ietf:params:oauth:grant-type:jwt-bearer',
  'urn:ietf:params:oauth:grant-type:saml2-bearer',
];

/** Grants each kind may have (a narrowed form of the provider's table). */
export const OKTA_APP_GRANT_TYPES: Readonly<Record<OktaAppKind, readonly GrantType[]>> = {
  web: ['authorization_code', 'refresh_token', 'implicit', 'client_credentials', 'urn:ietf:params:oauth:grant-type:device_code', 'urn:ietf:params:oauth:grant-type:token-exchange', 'urn:ietf:params:oauth:grant-type:saml2-bearer'],
  browser: ['authorization_code', 'refresh_token', 'implicit'],
  native: ['authorization_code', 'refresh_token', 'implicit', 'password', 'urn:ietf:params:oauth:grant-type:device_code', 'urn:ietf:params:oauth:grant-type:token-exchange', 'urn:ietf:params:oauth:grant-type:jwt-bearer', 'urn:ietf:params:oauth:grant-type:saml2-bearer'],
  service: ['client_credentials'],
};

const AUTH_METHODS: Readonly<Record<OktaAppKind, readonly OktaTokenEndpointAuthMethod[]>> = {
  web: ['client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt'],
  browser: ['none'],
  native: ['none', 'client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt'],
  service: ['client_secret_basic', 'client_secret_post', 'client_secret_jwt', 'private_key_jwt'],
};

/**
 * An Okta OIDC application (`okta_app_oauth`) that obtains tokens from an
 * {@link OktaAuthorizationServer}. Its `clientId` is the app's computed client id. The client
 * secret is never read, output or written to the manifest, and by default is kept out of state.
 *
 * @example
 * const dbt = new OktaOidcApp(stack, 'Dbt', { authorizationServer: server, kind: 'service', jwksUri: 'https://dbt.example.com/jwks.json' });
 */
export class OktaOidcApp extends Construct implements IClient {
  /** The authorization server it obtains tokens from. */
  public readonly issuer: IIssuer;
  /** The same server, typed. */
  public readonly authorizationServer: OktaAuthorizationServer;
  /** The computed `client_id` (a token until apply). */
  public readonly clientId: string;
  /** The app id (a token). */
  public readonly appId: string;
  /** The application type. */
  public readonly kind: OktaAppKind;
  /** The grants it may use. */
  public readonly grantTypes: GrantType[];
  /** The response types sent to Okta. */
  public readonly responseTypes: OktaResponseType[];
  /** The token endpoint authentication method. */
  public readonly tokenEndpointAuthMethod: OktaTokenEndpointAuthMethod;
  /** Whether PKCE is required. */
  public readonly pkce: boolean;
  /** The app resource. */
  public readonly resource: AppOauth;
  /** The group assignments, when groups were given. */
  public readonly groupAssignments?: AppGroupAssignments;
  private readonly props: OktaOidcAppProps;
  private readonly refresh?: ClientRecord['refreshToken'];

  constructor(scope: Construct, id: string, props: OktaOidcAppProps) {
    super(scope, id);
    const kind = props.kind;
    requireOneOf(this, 'kind', kind, ['web', 'browser', 'service', 'native'] as const);
    const label = props.label ?? id;
    requirePattern(this, 'label', label, /\S/, 'must not be empty', CONFIG_ERROR_CODES.INVALID_NAME);

    // Grant types, per kind.
    const grants = props.grantTypes ?? (kind === 'service' ? ['client_credentials'] : [AUTH_CODE]);
    requireNonEmpty(this, 'grantTypes', grants);
    requireUnique(this, 'grantTypes', grants);
    grants.forEach((g, i) => {
      if (!OKTA_APP_GRANT_TYPES[kind].includes(g)) {
        const why = kind === 'service' ? 'a service app may only use client_credentials' : `must be one of ${OKTA_APP_GRANT_TYPES[kind].join(', ')} for a ${kind} app`;
        fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, `grantTypes[${i}]`, g, why);
      }
    });
    const has = (g: GrantType) => grants.includes(g);
    if ((kind === 'web' || kind === 'native') && !has(AUTH_CODE)) {
      fail(this, CONFIG_ERROR_CODES.MISSING_VALUE, 'grantTypes', grants, `must include authorization_code for a ${kind} app`);
    }
    if (kind === 'browser' && !has(AUTH_CODE) && !has('implicit')) {
      fail(this, CONFIG_ERROR_CODES.MISSING_VALUE, 'grantTypes', grants, 'must include authorization_code (or the explicit implicit grant) for a browser app');
    }
    if (has('refresh_token') && !grants.some((g) => USER_GRANTS_FOR_REFRESH.includes(g))) {
      fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, 'grantTypes', grants, `refresh_token needs a grant that issues it (${USER_GRANTS_FOR_REFRESH.join(', ')})`);
    }

    // Response types: explicit for implicit / hybrid, derived otherwise.
    const responseTypes = props.responseTypes ? [...props.responseTypes] : deriveResponseTypes(this, grants);
    requireNonEmpty(this, 'responseTypes', responseTypes);
    requireUnique(this, 'responseTypes', responseTypes);
    responseTypes.forEach((r, i) => {
      const field = `responseTypes[${i}]`;
      requireOneOf(this, field, r, ['code', 'token', 'id_token'] as const);
      if (r === 'code' && !has(AUTH_CODE)) fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, field, r, 'needs the authorization_code grant');
      if (r === 'id_token' && !has('implicit')) fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, field, r, 'needs the explicit implicit grant');
      if (r === 'token' && !has('implicit') && !has('client_credentials')) fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, field, r, 'needs the explicit implicit grant');
    });
    if (has('implicit') && !responseTypes.includes('token') && !responseTypes.includes('id_token')) {
      fail(this, CONFIG_ERROR_CODES.MISSING_VALUE, 'responseTypes', responseTypes, 'must include token and / or id_token with the implicit grant');
    }

    // Token endpoint authentication.
    const authMethod = props.tokenEndpointAuthMethod ?? defaultAuthMethod(kind, props.jwksUri);
    requireOneOf(this, 'tokenEndpointAuthMethod', authMethod, AUTH_METHODS[kind]);
    if (authMethod === 'private_key_jwt' && props.jwksUri === undefined) {
      fail(this, CONFIG_ERROR_CODES.MISSING_VALUE, 'jwksUri', undefined, 'is required with private_key_jwt (the keys Okta verifies client assertions with)');
    }
    if (props.jwksUri !== undefined) {
      if (authMethod !== 'private_key_jwt') fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, 'jwksUri', props.jwksUri, 'applies only with tokenEndpointAuthMethod private_key_jwt');
      requireSecureUrl(this, 'jwksUri', props.jwksUri);
    }

    // PKCE.
    const pkce = props.pkce ?? has(AUTH_CODE);
    if (pkce && !has(AUTH_CODE)) fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, 'pkce', pkce, 'applies only with the authorization_code grant');
    if (!pkce && has(AUTH_CODE) && (kind === 'browser' || authMethod === 'none')) {
      fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, 'pkce', pkce, 'must be true for public clients (browser apps and token endpoint auth none)');
    }

    // URIs.
    const redirectUris = props.redirectUris ?? [];
    const postLogoutRedirectUris = props.postLogoutRedirectUris ?? [];
    if (kind === 'service') {
      for (const [field, value] of [['redirectUris', props.redirectUris], ['postLogoutRedirectUris', props.postLogoutRedirectUris], ['loginUri', props.loginUri]] as const) {
        if (value !== undefined && (!Array.isArray(value) || value.length > 0)) {
          fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, field, value, 'does not apply to a service app (no browser redirects)');
        }
      }
    } else if (has(AUTH_CODE) || has('implicit')) {
      requireNonEmpty(this, 'redirectUris', redirectUris);
    }
    const uriOptions = { allowCustomScheme: kind === 'native' };
    redirectUris.forEach((uri, i) => requireRedirectUri(this, `redirectUris[${i}]`, uri, uriOptions));
    requireUnique(this, 'redirectUris', redirectUris);
    postLogoutRedirectUris.forEach((uri, i) => requireRedirectUri(this, `postLogoutRedirectUris[${i}]`, uri, uriOptions));
    requireUnique(this, 'postLogoutRedirectUris', postLogoutRedirectUris);
    if (props.loginUri !== undefined) requireRedirectUri(this, 'loginUri', props.loginUri);

    // Refresh tokens.
    let refresh: ClientRecord['refreshToken'];
    if (props.refreshToken !== undefined && !has('refresh_token')) {
      fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, 'refreshToken', props.refreshToken.rotation ?? 'ROTATE', 'applies only with the refresh_token grant');
    }
    if (has('refresh_token')) {
      const rotation = props.refreshToken?.rotation ?? 'ROTATE';
      requireOneOf(this, 'refreshToken.rotation', rotation, ['ROTATE', 'STATIC'] as const);
      if (rotation === 'STATIC') {
        if (props.refreshToken?.leeway !== undefined) {
          fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, 'refreshToken.leeway', props.refreshToken.leeway.toString(), 'applies only to ROTATE');
        }
        refresh = { rotation };
      } else {
        const leeway = props.refreshToken?.leeway ?? Duration.seconds(30);
        const seconds = leeway.toSeconds();
        requireInRange(this, 'refreshToken.leeway', seconds, 0, 60, 'seconds');
        refresh = { rotation, leewaySeconds: seconds };
      }
    }

    // Groups.
    if (props.groups !== undefined) {
      if (kind === 'service') fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, 'groups', props.groups, 'does not apply to a service app (no users)');
      requireNonEmpty(this, 'groups', props.groups);
      requireUnique(this, 'groups', props.groups);
      props.groups.forEach((g, i) => requirePattern(this, `groups[${i}]`, g, /^\S+$/, 'must be a group id'));
    }

    this.props = props;
    this.kind = kind;
    this.authorizationServer = props.authorizationServer;
    this.issuer = props.authorizationServer;
    this.grantTypes = [...grants];
    this.responseTypes = responseTypes;
    this.tokenEndpointAuthMethod = authMethod;
    this.pkce = pkce;
    this.refresh = refresh;
    this.resource = new AppOauth(this, 'Resource', {
      label,
      type: kind,
      grantTypes: [...grants],
      responseTypes: [...responseTypes],
      redirectUris: redirectUris.length > 0 ? [...redirectUris] : undefined,
      postLogoutRedirectUris: postLogoutRedirectUris.length > 0 ? [...postLogoutRedirectUris] : undefined,
      loginUri: props.loginUri,
      pkceRequired: pkce,
      tokenEndpointAuthMethod: authMethod,
      jwksUri: props.jwksUri,
      omitSecret: props.omitSecret ?? true,
      wildcardRedirect: 'DISABLED',
      refreshTokenRotation: refresh?.rotation,
      refreshTokenLeeway: refresh?.leewaySeconds,
      status: 'ACTIVE',
    });
    this.clientId = this.resource.clientId;
    this.appId = this.resource.id;
    if (props.groups !== undefined) {
      this.groupAssignments = new AppGroupAssignments(this, 'Groups', {
        appId: this.appId,
        group: props.groups.map((groupId) => ({ id: groupId })),
      });
    }
    registerClient(this);
  }

  /**
   * The manifest record. `scopes` are those the server's policy rules allow this app;
   * no secret value or reference is included.
   */
  public toClientRecord(): ClientRecord {
    const p = this.props;
    return {
      path: this.node.path,
      kind: this.kind,
      name: p.label ?? this.node.id,
      issuer: this.authorizationServer.node.path,
      clientId: this.clientId,
      grantTypes: [...this.grantTypes],
      responseTypes: [...this.responseTypes],
      redirectUris: [...(p.redirectUris ?? [])],
      postLogoutRedirectUris: [...(p.postLogoutRedirectUris ?? [])],
      scopes: this.authorizationServer.scopesGrantedTo(this),
      pkce: this.pkce,
      tokenEndpointAuthMethod: this.tokenEndpointAuthMethod,
      ...(this.refresh ? { refreshToken: { ...this.refresh } } : {}),
      details: {
        ...(p.groups !== undefined ? { groups: [...p.groups] } : {}),
        ...(p.loginUri !== undefined ? { loginUri: p.loginUri } : {}),
      },
    };
  }
}

function deriveResponseTypes(scope: Construct, grants: readonly GrantType[]): OktaResponseType[] {
  if (grants.includes('implicit')) {
    fail(scope, CONFIG_ERROR_CODES.MISSING_VALUE, 'responseTypes', undefined, 'is required with the implicit grant: list token and / or id_token (add code for hybrid)');
  }
  const types: OktaResponseType[] = [];
  if (grants.includes('authorization_code')) types.push('code');
  if (grants.includes('client_credentials')) types.push('token');
  return types;
}

function defaultAuthMethod(kind: OktaAppKind, jwksUri: string | undefined): OktaTokenEndpointAuthMethod {
  if (kind === 'browser' || kind === 'native') return 'none';
  if (kind === 'service' && jwksUri !== undefined) return 'private_key_jwt';
  return 'client_secret_basic';
}

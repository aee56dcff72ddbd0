import { Construct } from 'constructs';

import { assignmentRecordOf } from '../core/assignment';
import { ClientAssignment, ClientProgram, webOrigin } from '../core/client-program';
import { Duration } from '../core/duration';
import { CONFIG_ERROR_CODES } from '../core/errors';
import { IClient, IIssuer } from '../core/interfaces';
import type { GrantType } from '../core/kinds';
import { registerClient } from '../core/register';
import {
  fail,
  isUnresolved,
  requireInRange,
  requireNonEmpty,
  requireOneOf,
  requirePattern,
  requireRedirectUri,
  requireSecureUrl,
  requireUnique,
} from '../core/validate';
import type { AssignmentRecord, ClientRecord, TrustedOriginRecord } from '../manifest/types';
import { AppGroupAssignments } from '../providers/okta/app-group-assignments';
import { AppOauth } from '../providers/okta/app-oauth';
import { AppUser } from '../providers/okta/app-user';
import { DataOktaEveryoneGroup } from '../providers/okta/data-okta-everyone-group';
import { TrustedOrigin } from '../providers/okta/trusted-origin';
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

/** Trusted origins of a browser app (see {@link OktaOidcAppProps.trustedOrigins}). */
export interface OktaTrustedOriginOptions {
  /** Create a trusted origin for each https origin of the redirect and sign-out URIs. @default true for browser apps */
  readonly create?: boolean;
  /** Origins the org already trusts for CORS and redirect, declared so that the checks know them. @default none */
  readonly existing?: string[];
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
   * @default the declared program's redirect URIs; otherwise none
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#redirect_uris
   */
  readonly redirectUris?: string[];
  /**
   * Sign-out redirect URIs, same rules as `redirectUris`.
   * @default the declared program's sign-out redirect URIs; otherwise none
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
   * @default the program's `sendsPkce` when a program is declared; otherwise true when `authorization_code` is granted
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#pkce_required
   */
  readonly pkce?: boolean;
  /**
   * Token endpoint authentication. `browser`: `none` only; `web` / `service`: never `none`.
   * @default the first method of the declared program that the kind allows; otherwise browser and
   * native: 'none'; web: 'client_secret_basic'; service: 'private_key_jwt' when `jwksUri` is given,
   * else 'client_secret_basic'
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
   * @default when `refresh_token` is granted: `STATIC` when the declared program does not keep
   * rotated refresh tokens, otherwise { rotation: 'ROTATE', leeway: 30 s }
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_oauth#refresh_token_rotation
   */
  readonly refreshToken?: OktaRefreshTokenOptions;
  /**
   * Group ids assigned to the app (`okta_app_group_assignments`); the same as
   * `assignment: ClientAssignment.groups(...)`. Refused for `service` and together with `assignment`.
   * @default no assignment
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_group_assignments
   */
  readonly groups?: string[];
  /**
   * Who may sign in: groups (`okta_app_group_assignments`), users (`okta_app_user`), or everyone
   * (the org's built-in Everyone group, with a reason). Okta refuses every sign-in of a user who
   * is not assigned ("User is not assigned to the client application"), so an app that signs
   * users in without an assignment is an error (EO-SIGNIN-001). Refused for `service`.
   * @default nobody is assigned
   * @see https://help.okta.com/en-us/content/topics/apps/apps-assign-applications.htm
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/app_user
   */
  readonly assignment?: ClientAssignment;
  /**
   * The client program behind the app and what it can do. The app's redirect URIs, PKCE,
   * refresh-token rotation and token endpoint authentication default from it, and the checks
   * compare the app with it (EO-CLIENT-001 to 003). Without it those checks report "could not
   * be evaluated".
   * @default not declared
   */
  readonly program?: ClientProgram;
  /**
   * Browser apps: the origins Okta trusts for the app's pages (`okta_trusted_origin`, scopes
   * CORS and REDIRECT). A browser calls Okta's token endpoint from its page's origin, and Okta
   * answers only origins it trusts (CORS). `create` makes one trusted origin per https origin
   * of the redirect and sign-out URIs; `existing` declares origins the org already trusts
   * (Okta refuses a second trusted origin for the same URL); `none` declares none.
   * @default browser apps: { create: true }; others: none
   * @see https://developer.okta.com/docs/guides/enable-cors/main/
   * @see https://registry.terraform.io/providers/okta/okta/4.20.0/docs/resources/trusted_origin
   */
  readonly trustedOrigins?: OktaTrustedOriginOptions;
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
  web: [
    'authorization_code',
    'refresh_token',
    'implicit',
    'client_credentials',
    'urn:ietf:params:oauth:grant-type:device_code',
    'urn:ietf:params:oauth:grant-type:token-exchange',
    'urn:ietf:params:oauth:grant-type:saml2-bearer',
  ],
  browser: ['authorization_code', 'refresh_token', 'implicit'],
  native: [
    'authorization_code',
    'refresh_token',
    'implicit',
    'password',
    'urn:ietf:params:oauth:grant-type:device_code',
    'urn:ietf:params:oauth:grant-type:token-exchange',
    'urn:ietf:params:oauth:grant-type:jwt-bearer',
    'urn:ietf:params:oauth:grant-type:saml2-bearer',
  ],
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
  /** The group assignments, when groups (or everyone) were assigned. */
  public readonly groupAssignments?: AppGroupAssignments;
  /** Who may sign in, as recorded in the manifest. */
  public readonly assignment: AssignmentRecord;
  /** The origins Okta trusts for the app's pages. */
  public readonly trustedOrigins: TrustedOriginRecord[];
  /** The declared client program. */
  public readonly program?: ClientProgram;
  /** The redirect URIs registered. */
  public readonly redirectUris: string[];
  /** The sign-out redirect URIs registered. */
  public readonly postLogoutRedirectUris: string[];
  private readonly props: OktaOidcAppProps;
  private readonly label: string;
  private readonly refresh?: ClientRecord['refreshToken'];

  constructor(scope: Construct, id: string, props: OktaOidcAppProps) {
    super(scope, id);
    const kind = props.kind;
    requireOneOf(this, 'kind', kind, ['web', 'browser', 'service', 'native'] as const);
    const label = props.label ?? id;
    requirePattern(this, 'label', label, /\S/, 'must not be empty', CONFIG_ERROR_CODES.INVALID_NAME);

    // Grant types, per kind.
    const grants = this.grantTypesOf(props, kind);
    const has = (g: GrantType) => grants.includes(g);
    // Response types: explicit for implicit / hybrid, derived otherwise.
    const responseTypes = this.responseTypesOf(props, grants, has);
    // Token endpoint authentication.
    const program = props.program;
    const authMethod = this.authMethodOf(props, kind, program);
    // PKCE.
    const pkce = this.pkceOf(props, kind, has, program, authMethod);
    // URIs.
    const { redirectUris, postLogoutRedirectUris } = this.urisOf(props, kind, has, program);
    // Refresh tokens.
    const refresh = this.refreshOf(props, has, program);

    this.props = props;
    this.label = label;
    this.program = program;
    this.redirectUris = [...redirectUris];
    this.postLogoutRedirectUris = [...postLogoutRedirectUris];
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
    [this.assignment, this.groupAssignments] = this.assign(props, kind);
    this.trustedOrigins = this.trustOrigins(props.trustedOrigins, kind, [...redirectUris, ...postLogoutRedirectUris]);
    registerClient(this);
  }

  // Grant types, per kind.
  private grantTypesOf(props: OktaOidcAppProps, kind: OktaAppKind): GrantType[] {
    const grants = props.grantTypes ?? (kind === 'service' ? ['client_credentials'] : [AUTH_CODE]);
    requireNonEmpty(this, 'grantTypes', grants);
    requireUnique(this, 'grantTypes', grants);
    grants.forEach((g, i) => {
      if (!OKTA_APP_GRANT_TYPES[kind].includes(g)) {
        const why =
          kind === 'service'
            ? 'a service app may only use client_credentials'
            : `must be one of ${OKTA_APP_GRANT_TYPES[kind].join(', ')} for a ${kind} app`;
        fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, `grantTypes[${i}]`, g, why);
      }
    });
    const has = (g: GrantType) => grants.includes(g);
    if ((kind === 'web' || kind === 'native') && !has(AUTH_CODE)) {
      fail(this, CONFIG_ERROR_CODES.MISSING_VALUE, 'grantTypes', grants, `must include authorization_code for a ${kind} app`);
    }
    if (kind === 'browser' && !has(AUTH_CODE) && !has('implicit')) {
      fail(
        this,
        CONFIG_ERROR_CODES.MISSING_VALUE,
        'grantTypes',
        grants,
        'must include authorization_code (or the explicit implicit grant) for a browser app',
      );
    }
    if (has('refresh_token') && !grants.some((g) => USER_GRANTS_FOR_REFRESH.includes(g))) {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        'grantTypes',
        grants,
        `refresh_token needs a grant that issues it (${USER_GRANTS_FOR_REFRESH.join(', ')})`,
      );
    }
    return grants;
  }

  // Response types: explicit for implicit / hybrid, derived otherwise.
  private responseTypesOf(props: OktaOidcAppProps, grants: GrantType[], has: (g: GrantType) => boolean): OktaResponseType[] {
    const responseTypes = props.responseTypes ? [...props.responseTypes] : deriveResponseTypes(this, grants);
    requireNonEmpty(this, 'responseTypes', responseTypes);
    requireUnique(this, 'responseTypes', responseTypes);
    responseTypes.forEach((r, i) => {
      const field = `responseTypes[${i}]`;
      requireOneOf(this, field, r, ['code', 'token', 'id_token'] as const);
      if (r === 'code' && !has(AUTH_CODE)) fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, field, r, 'needs the authorization_code grant');
      if (r === 'id_token' && !has('implicit')) fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, field, r, 'needs the explicit implicit grant');
      if (r === 'token' && !has('implicit') && !has('client_credentials'))
        fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, field, r, 'needs the explicit implicit grant');
    });
    if (has('implicit') && !responseTypes.includes('token') && !responseTypes.includes('id_token')) {
      fail(
        this,
        CONFIG_ERROR_CODES.MISSING_VALUE,
        'responseTypes',
        responseTypes,
        'must include token and / or id_token with the implicit grant',
      );
    }
    return responseTypes;
  }

  // Token endpoint authentication.
  private authMethodOf(props: OktaOidcAppProps, kind: OktaAppKind, program: ClientProgram | undefined): OktaTokenEndpointAuthMethod {
    const authMethod = props.tokenEndpointAuthMethod ?? defaultAuthMethod(kind, props.jwksUri, program);
    requireOneOf(this, 'tokenEndpointAuthMethod', authMethod, AUTH_METHODS[kind]);
    if (authMethod === 'private_key_jwt' && props.jwksUri === undefined) {
      fail(
        this,
        CONFIG_ERROR_CODES.MISSING_VALUE,
        'jwksUri',
        undefined,
        'is required with private_key_jwt (the keys Okta verifies client assertions with)',
      );
    }
    if (props.jwksUri !== undefined) {
      if (authMethod !== 'private_key_jwt')
        fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, 'jwksUri', props.jwksUri, 'applies only with tokenEndpointAuthMethod private_key_jwt');
      requireSecureUrl(this, 'jwksUri', props.jwksUri);
    }
    return authMethod;
  }

  // PKCE.
  private pkceOf(
    props: OktaOidcAppProps,
    kind: OktaAppKind,
    has: (g: GrantType) => boolean,
    program: ClientProgram | undefined,
    authMethod: OktaTokenEndpointAuthMethod,
  ): boolean {
    // A public client always gets PKCE; EO-CLIENT-001 reports a program that cannot send it.
    const pkce =
      props.pkce ?? (has(AUTH_CODE) && (program === undefined || program.sendsPkce || kind === 'browser' || authMethod === 'none'));
    if (pkce && !has(AUTH_CODE))
      fail(this, CONFIG_ERROR_CODES.INVALID_VALUE, 'pkce', pkce, 'applies only with the authorization_code grant');
    if (!pkce && has(AUTH_CODE) && (kind === 'browser' || authMethod === 'none')) {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        'pkce',
        pkce,
        'must be true for public clients (browser apps and token endpoint auth none)',
      );
    }
    return pkce;
  }

  // URIs.
  private urisOf(
    props: OktaOidcAppProps,
    kind: OktaAppKind,
    has: (g: GrantType) => boolean,
    program: ClientProgram | undefined,
  ): { redirectUris: readonly string[]; postLogoutRedirectUris: readonly string[] } {
    const redirectUris = props.redirectUris ?? (kind === 'service' ? [] : [...(program?.redirectUris ?? [])]);
    const postLogoutRedirectUris = props.postLogoutRedirectUris ?? (kind === 'service' ? [] : [...(program?.postLogoutRedirectUris ?? [])]);
    if (kind === 'service') {
      for (const [field, value] of [
        ['redirectUris', props.redirectUris],
        ['postLogoutRedirectUris', props.postLogoutRedirectUris],
        ['loginUri', props.loginUri],
      ] as const) {
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
    return { redirectUris, postLogoutRedirectUris };
  }

  // Refresh tokens.
  private refreshOf(
    props: OktaOidcAppProps,
    has: (g: GrantType) => boolean,
    program: ClientProgram | undefined,
  ): ClientRecord['refreshToken'] {
    let refresh: ClientRecord['refreshToken'];
    if (props.refreshToken !== undefined && !has('refresh_token')) {
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        'refreshToken',
        props.refreshToken.rotation ?? 'ROTATE',
        'applies only with the refresh_token grant',
      );
    }
    if (has('refresh_token')) {
      const rotation = props.refreshToken?.rotation ?? (program && !program.keepsRotatedRefreshToken ? 'STATIC' : 'ROTATE');
      requireOneOf(this, 'refreshToken.rotation', rotation, ['ROTATE', 'STATIC'] as const);
      if (rotation === 'STATIC') {
        if (props.refreshToken?.leeway !== undefined) {
          fail(
            this,
            CONFIG_ERROR_CODES.INVALID_VALUE,
            'refreshToken.leeway',
            props.refreshToken.leeway.toString(),
            'applies only to ROTATE',
          );
        }
        refresh = { rotation };
      } else {
        const leeway = props.refreshToken?.leeway ?? Duration.seconds(30);
        const seconds = leeway.toSeconds();
        requireInRange(this, 'refreshToken.leeway', seconds, 0, 60, 'seconds');
        refresh = { rotation, leewaySeconds: seconds };
      }
    }
    return refresh;
  }

  // Assignment: who may sign in (Okta refuses everyone else).
  private assign(props: OktaOidcAppProps, kind: OktaAppKind): [AssignmentRecord, AppGroupAssignments | undefined] {
    if (props.groups !== undefined && props.assignment !== undefined) {
      fail(
        this,
        CONFIG_ERROR_CODES.MISSING_VALUE,
        'groups',
        props.groups,
        'must not be given together with assignment (use ClientAssignment.of({ groups, users }))',
      );
    }
    const assignment = props.assignment ?? (props.groups !== undefined ? ClientAssignment.groups(props.groups) : undefined);
    if (assignment === undefined) return [{ mode: 'none' }, undefined];
    const field = props.assignment !== undefined ? 'assignment' : 'groups';
    if (kind === 'service')
      fail(
        this,
        CONFIG_ERROR_CODES.INVALID_VALUE,
        field,
        props.groups ?? assignment.mode,
        'does not apply to a service app (no users sign in)',
      );
    const record = assignmentRecordOf(this, field, assignment, { everyone: 'the org', idPattern: /^\S+$/, idRule: 'must be an Okta id' });
    if (record.mode === 'everyone') {
      const everyone = new DataOktaEveryoneGroup(this, 'EveryoneGroup', {});
      return [record, new AppGroupAssignments(this, 'Groups', { appId: this.appId, group: [{ id: everyone.id }] })];
    }
    (record.users ?? []).forEach((userId, i) => new AppUser(this, `User${i}`, { appId: this.appId, userId }));
    const groups = record.groups
      ? new AppGroupAssignments(this, 'Groups', { appId: this.appId, group: record.groups.map((groupId) => ({ id: groupId })) })
      : undefined;
    return [record, groups];
  }

  // Trusted origins: the browser's token and refresh calls need CORS.
  private trustOrigins(options: OktaTrustedOriginOptions | undefined, kind: OktaAppKind, uris: readonly string[]): TrustedOriginRecord[] {
    const create = options?.create ?? kind === 'browser';
    const records: TrustedOriginRecord[] = [];
    (options?.existing ?? []).forEach((origin, i) => {
      requireOrigin(this, `trustedOrigins.existing[${i}]`, origin);
      records.push({ origin, scopes: ['CORS', 'REDIRECT'], source: 'existing' });
    });
    if (!create) return records;
    const known = new Set(records.map((r) => r.origin));
    for (const origin of originsOf(uris)) {
      if (known.has(origin)) continue;
      known.add(origin);
      new TrustedOrigin(this, `TrustedOrigin${records.filter((r) => r.source === 'managed').length}`, {
        name: `${this.label} ${origin}`,
        origin,
        scopes: ['CORS', 'REDIRECT'],
      });
      records.push({ origin, scopes: ['CORS', 'REDIRECT'], source: 'managed' });
    }
    return records;
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
      redirectUris: [...this.redirectUris],
      postLogoutRedirectUris: [...this.postLogoutRedirectUris],
      scopes: this.authorizationServer.scopesGrantedTo(this),
      pkce: this.pkce,
      tokenEndpointAuthMethod: this.tokenEndpointAuthMethod,
      ...(this.refresh ? { refreshToken: { ...this.refresh } } : {}),
      ...(this.kind !== 'service' ? { assignment: { ...this.assignment } } : {}),
      ...(this.trustedOrigins.length > 0 || this.kind === 'browser'
        ? { trustedOrigins: this.trustedOrigins.map((o) => ({ ...o, scopes: [...o.scopes] })) }
        : {}),
      ...(this.program ? { program: this.program.toRecord() } : {}),
      details: {
        ...(this.assignment.groups !== undefined ? { groups: [...this.assignment.groups] } : {}),
        ...(p.loginUri !== undefined ? { loginUri: p.loginUri } : {}),
      },
    };
  }
}

function deriveResponseTypes(scope: Construct, grants: readonly GrantType[]): OktaResponseType[] {
  if (grants.includes('implicit')) {
    fail(
      scope,
      CONFIG_ERROR_CODES.MISSING_VALUE,
      'responseTypes',
      undefined,
      'is required with the implicit grant: list token and / or id_token (add code for hybrid)',
    );
  }
  const types: OktaResponseType[] = [];
  if (grants.includes('authorization_code')) types.push('code');
  if (grants.includes('client_credentials')) types.push('token');
  return types;
}

function defaultAuthMethod(
  kind: OktaAppKind,
  jwksUri: string | undefined,
  program: ClientProgram | undefined,
): OktaTokenEndpointAuthMethod {
  const supported = program?.tokenEndpointAuthMethods.find((m) => AUTH_METHODS[kind].includes(m));
  if (supported !== undefined) return supported;
  if (kind === 'browser' || kind === 'native') return 'none';
  if (kind === 'service' && jwksUri !== undefined) return 'private_key_jwt';
  return 'client_secret_basic';
}

/** The distinct origins of the https (or loopback http) URIs; apply-time values and custom schemes are skipped. */
function originsOf(uris: readonly string[]): string[] {
  return [
    ...new Set(
      uris
        .filter((u) => !isUnresolved(u))
        .map(webOrigin)
        .filter((o): o is string => o !== undefined),
    ),
  ];
}

function requireOrigin(scope: Construct, field: string, origin: string): void {
  if (isUnresolved(origin)) return;
  requireSecureUrl(scope, field, origin);
  if (new URL(origin).origin !== origin)
    fail(scope, CONFIG_ERROR_CODES.INVALID_URL, field, origin, 'must be an origin: scheme://host[:port], no path or trailing slash');
}

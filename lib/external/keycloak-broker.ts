import { Construct } from 'constructs';

import { Duration } from '../core/duration';
import { CONFIG_ERROR_CODES } from '../core/errors';
import { IClient } from '../core/interfaces';
import { captureSourceLocation } from '../core/source-location';
import { fail, requireOneOf, requirePattern } from '../core/validate';
import { ManifestWriter } from '../manifest/manifest-writer';
import { KEYCLOAK_BROKERS_CONTEXT_KEY, type KeycloakBrokerRecord } from '../manifest/types';

/** Keycloak's mapper types that read one claim of the upstream tokens. */
export type KeycloakBrokerMapperType =
  'oidc-advanced-group-idp-mapper' | 'oidc-role-idp-mapper' | 'oidc-user-attribute-idp-mapper' | 'oidc-username-idp-mapper';

/** An identity-provider mapper that reads a claim of the upstream tokens. */
export interface KeycloakBrokerMapper {
  /** The mapper's name in Keycloak. */
  readonly name: string;
  /**
   * The mapper type: `oidc-advanced-group-idp-mapper` ("Advanced Claim to Group"),
   * `oidc-role-idp-mapper` ("Claim to Role"), `oidc-user-attribute-idp-mapper` ("Attribute
   * Importer"), `oidc-username-idp-mapper` ("Username Template Importer").
   * @see https://www.keycloak.org/docs/latest/server_admin/#_mappers
   */
  readonly type: KeycloakBrokerMapperType;
  /** The claim it reads, e.g. `groups`. */
  readonly claim: string;
}

/** Keycloak's token endpoint authentication methods of an OpenID Connect identity provider. */
export type KeycloakClientAuthentication = 'client_secret_post' | 'client_secret_basic' | 'client_secret_jwt' | 'private_key_jwt';

/** Props of {@link KeycloakBroker}. */
export interface KeycloakBrokerProps {
  /** The upstream app (e.g. an `OktaOidcApp`) the Keycloak identity provider signs in with. */
  readonly client: IClient;
  /**
   * The realm's "SSO Session Idle".
   * @see https://www.keycloak.org/docs/latest/server_admin/#_timeouts
   */
  readonly ssoSessionIdle: Duration;
  /**
   * The realm's "SSO Session Max".
   * @see https://www.keycloak.org/docs/latest/server_admin/#_timeouts
   */
  readonly ssoSessionMax: Duration;
  /**
   * How much longer than SSO Session Max the upstream refresh token must live: the time the
   * product needs before it uses the stored token (a job's preprocessing, a scheduled run), plus
   * clock skew. Explicit: below 1 hour a warning explains why (EO-KC-009).
   */
  readonly reserve: Duration;
  /** A readable name for review. @default the construct id */
  readonly name?: string;
  /**
   * "Client authentication" of the identity provider.
   * @default the client's declared program's method when it is a Keycloak broker program; otherwise 'client_secret_post' ("Client secret sent as post", Keycloak's default)
   * @see https://www.keycloak.org/docs/latest/server_admin/#_identity_broker_oidc
   */
  readonly clientAuthentication?: KeycloakClientAuthentication;
  /**
   * "Use PKCE" of the identity provider.
   * @default the client's declared program's `sendsPkce`; otherwise false (Keycloak's default)
   * @see https://www.keycloak.org/docs/latest/server_admin/#_identity_broker_oidc
   */
  readonly usePkce?: boolean;
  /**
   * "Store tokens": Keycloak keeps the upstream tokens, which products such as Ataccama ONE then
   * use to reach the data source as the user.
   * @default false (Keycloak's default)
   * @see https://www.keycloak.org/docs/latest/server_admin/#_identity_broker_tokens
   */
  readonly storeTokens?: boolean;
  /**
   * "Stored tokens readable": users (the product acting for them) may read the stored tokens.
   * @default false (Keycloak's default)
   * @see https://www.keycloak.org/docs/latest/server_admin/#_identity_broker_tokens
   */
  readonly storedTokensReadable?: boolean;
  /**
   * The identity provider's "Scopes" requested at the upstream IdP.
   * @default the client's declared program's requested scopes; otherwise ['openid']
   */
  readonly scopes?: string[];
  /**
   * "Access token is JWT": when on, the mappers read the upstream access token too; when off
   * they read only the ID token and userinfo.
   * @default false (Keycloak's default)
   */
  readonly accessTokenIsJwt?: boolean;
  /** Mappers that read upstream claims. @default none */
  readonly mappers?: KeycloakBrokerMapper[];
}

/** Below this reserve, EO-KC-009 warns: the product's preprocessing may outlast the upstream refresh token. */
export const MIN_RECOMMENDED_BROKER_RESERVE = Duration.hours(1);

/**
 * A Keycloak identity broker (as run by Atlan, Ataccama, ...) in front of an upstream app.
 * Keycloak has no provider here: this creates no resource. It records the realm's session
 * settings in the manifest `context.keycloakBrokers` so that the EO-KC-* checks can compare
 * them with the upstream policy's refresh-token lifetimes and redirect URIs.
 */
export class KeycloakBroker extends Construct {
  public readonly client: IClient;
  public readonly ssoSessionIdle: Duration;
  public readonly ssoSessionMax: Duration;
  public readonly reserve: Duration;

  constructor(scope: Construct, id: string, props: KeycloakBrokerProps) {
    super(scope, id);
    for (const [field, value] of [
      ['ssoSessionIdle', props.ssoSessionIdle],
      ['ssoSessionMax', props.ssoSessionMax],
    ] as const) {
      if (value.toSeconds() <= 0) fail(this, CONFIG_ERROR_CODES.OUT_OF_RANGE, field, value.toString(), 'must be longer than 0 seconds');
    }
    if (props.reserve === undefined)
      fail(
        this,
        CONFIG_ERROR_CODES.MISSING_VALUE,
        'reserve',
        undefined,
        "is required: the time the product needs before it uses the stored upstream token (e.g. a job's preprocessing), plus clock skew",
      );
    if (props.reserve.toSeconds() < 0)
      fail(this, CONFIG_ERROR_CODES.OUT_OF_RANGE, 'reserve', props.reserve.toString(), 'must not be negative');
    (props.scopes ?? []).forEach((scope, i) => requirePattern(this, `scopes[${i}]`, scope, /^\S+$/, 'must be one scope (no spaces)'));
    (props.mappers ?? []).forEach((m, i) => {
      requirePattern(this, `mappers[${i}].name`, m.name, /\S/, 'must not be empty', CONFIG_ERROR_CODES.INVALID_NAME);
      requireOneOf(this, `mappers[${i}].type`, m.type, [
        'oidc-advanced-group-idp-mapper',
        'oidc-role-idp-mapper',
        'oidc-user-attribute-idp-mapper',
        'oidc-username-idp-mapper',
      ] as const);
      requirePattern(this, `mappers[${i}].claim`, m.claim, /^\S+$/, 'must be a claim name');
    });
    const program = props.client.program;
    this.client = props.client;
    this.ssoSessionIdle = props.ssoSessionIdle;
    this.ssoSessionMax = props.ssoSessionMax;
    this.reserve = props.reserve;
    const clientAuthentication =
      props.clientAuthentication ??
      (program?.tokenEndpointAuthMethod !== undefined && program.tokenEndpointAuthMethod !== 'none'
        ? program.tokenEndpointAuthMethod
        : 'client_secret_post');
    requireOneOf(this, 'clientAuthentication', clientAuthentication, [
      'client_secret_post',
      'client_secret_basic',
      'client_secret_jwt',
      'private_key_jwt',
    ] as const);
    const record: KeycloakBrokerRecord = {
      path: this.node.path,
      name: props.name ?? id,
      clientPath: props.client.node.path,
      issuerPath: props.client.issuer.node.path,
      ssoSessionIdleSeconds: this.ssoSessionIdle.toSeconds(),
      ssoSessionMaxSeconds: this.ssoSessionMax.toSeconds(),
      reserveSeconds: this.reserve.toSeconds(),
      clientAuthentication,
      usePkce: props.usePkce ?? program?.sendsPkce ?? false,
      storeTokens: props.storeTokens ?? false,
      storedTokensReadable: props.storedTokensReadable ?? false,
      scopes: [...(props.scopes ?? program?.requestedScopes ?? ['openid'])],
      accessTokenIsJwt: props.accessTokenIsJwt ?? false,
      mappers: (props.mappers ?? []).map((m) => ({ name: m.name, type: m.type, claim: m.claim })),
    };
    const writer = ManifestWriter.of(this);
    const existing = writer.declaredContext[KEYCLOAK_BROKERS_CONTEXT_KEY];
    writer.addContext(KEYCLOAK_BROKERS_CONTEXT_KEY, [...(Array.isArray(existing) ? existing : []), record]);
    captureSourceLocation(this);
  }
}

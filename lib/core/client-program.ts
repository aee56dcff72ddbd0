/**
 * The client program: the software behind an app registration (dbt Cloud, a Keycloak broker,
 * a single-page app), and what it can do. An IdP setting that the program cannot meet fails at
 * the first sign-in (PKCE demanded of a program that never sends `code_challenge`, a rotated
 * refresh token reused by a program that keeps only the first one, a client authentication
 * method it does not use). The IdP's defaults follow the declared program; checks report each
 * mismatch; nothing is guessed: a registration without a program makes those checks report
 * "could not be evaluated".
 *
 * Pure data: importing this file never loads cdktf.
 */
import type { ClaimSource, ClientProgramRecord, ClientRecord } from '../manifest/types';
import { SNOWFLAKE_ROLE_ANY_SCOPE } from '../util/values';
import { CONFIG_ERROR_CODES, ExternalOAuthConfigError } from './errors';
import { type ScopeName, scopeNames } from './scope-name';

/** Token endpoint authentication methods (RFC 7591 section 2, OpenID Connect Core section 9). */
export type TokenEndpointAuthMethod = 'client_secret_basic' | 'client_secret_post' | 'client_secret_jwt' | 'private_key_jwt' | 'none';

/** What a program does, as its vendor documents it. */
export interface ClientProgramProps {
  /** The program's name, shown in review, e.g. `dbt Cloud`. */
  readonly name: string;
  /** The vendor page the facts come from. @default none */
  readonly see?: string;
  /** Sends PKCE (`code_challenge`, RFC 7636) on the authorization request. */
  readonly sendsPkce: boolean;
  /**
   * Stores the new refresh token after every refresh, so the IdP may rotate refresh tokens
   * (a program that keeps reusing the first one is locked out by reuse detection).
   */
  readonly keepsRotatedRefreshToken: boolean;
  /** The token endpoint authentication methods it can use; the first is the one it uses. */
  readonly tokenEndpointAuthMethods: TokenEndpointAuthMethod[];
  /**
   * The tokens it reads user claims from (a Keycloak broker's mappers read the ID token and
   * userinfo; a warehouse reads the access token).
   * @default ['access_token']
   */
  readonly readsClaimsFrom?: ClaimSource[];
  /** The scopes it requests on the authorization request, when documented. @default not documented */
  readonly requestedScopes?: string[];
  /** The redirect (sign-in callback) URIs it uses. @default none */
  readonly redirectUris?: string[];
  /** The sign-out redirect URIs it uses. @default none */
  readonly postLogoutRedirectUris?: string[];
}

/** Options of {@link ClientProgram.keycloakBroker}. */
export interface KeycloakBrokerProgramOptions {
  /** The realm URL, `https://<host>[/auth]/realms/<realm>`. */
  readonly realmUrl: string;
  /** The identity provider's alias in the realm (the broker endpoint path segment). */
  readonly alias: string;
  /**
   * The identity provider's "Use PKCE" switch.
   * @default false (Keycloak's default)
   * @see https://www.keycloak.org/docs/latest/server_admin/#_identity_broker_oidc
   */
  readonly usePkce?: boolean;
  /**
   * The identity provider's "Client authentication".
   * @default 'client_secret_post' ("Client secret sent as post", Keycloak's default)
   * @see https://www.keycloak.org/docs/latest/server_admin/#_identity_broker_oidc
   */
  readonly clientAuthentication?: Exclude<TokenEndpointAuthMethod, 'none'>;
  /** The identity provider's default "Scopes", space-separated in Keycloak. @default ['openid'] */
  readonly scopes?: ScopeName[];
  /** A name for review. @default 'Keycloak broker' */
  readonly name?: string;
  /** The vendor guide of the product that runs the broker. @default Keycloak's identity-broker documentation */
  readonly see?: string;
}

const KEYCLOAK_OIDC_BROKER_DOC = 'https://www.keycloak.org/docs/latest/server_admin/#_identity_broker_oidc';

/** Removes trailing slashes of a base URL (tokens pass through unchanged). */
function base(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * A client program and its documented capabilities. Presets cite the vendor page each fact
 * comes from; {@link ClientProgram.custom} declares any other program.
 *
 * @example
 * new OktaOidcApp(stack, 'DbtCloud', { authorizationServer: server, kind: 'web', program: ClientProgram.dbtCloudSnowflake('https://cloud.getdbt.com') });
 */
export class ClientProgram {
  /** Any program, declared by what it does. */
  public static custom(props: ClientProgramProps): ClientProgram {
    return new ClientProgram(props);
  }

  /**
   * dbt Cloud connecting to Snowflake with external OAuth (Okta or Entra ID): a confidential web
   * client with the authorization code and refresh token grants, redirecting to
   * `<access URL>/complete/snowflake` (the redirect URI of dbt's Snowflake OAuth guide; the
   * external OAuth guide has it copied from dbt's settings page). The guide asks for no PKCE and
   * no refresh-token rotation, so neither is assumed.
   * @see https://docs.getdbt.com/docs/cloud/manage-access/snowflake-external-oauth
   * @see https://docs.getdbt.com/docs/cloud/manage-access/set-up-snowflake-oauth
   */
  public static dbtCloudSnowflake(accessUrl: string): ClientProgram {
    return new ClientProgram({
      name: 'dbt Cloud (Snowflake external OAuth)',
      see: 'https://docs.getdbt.com/docs/cloud/manage-access/snowflake-external-oauth',
      sendsPkce: false,
      keepsRotatedRefreshToken: false,
      tokenEndpointAuthMethods: ['client_secret_basic', 'client_secret_post'],
      readsClaimsFrom: ['access_token'],
      redirectUris: [`${base(accessUrl)}/complete/snowflake`],
    });
  }

  /**
   * dbt Cloud connecting to Redshift through IAM Identity Center with Microsoft Entra ID: a
   * confidential web client. The guide does not print the redirect URI: pass the one dbt shows
   * on its integration page ("Initialize the dbt settings").
   * @see https://docs.getdbt.com/docs/cloud/manage-access/redshift-external-oauth
   */
  public static dbtCloudRedshift(redirectUri: string): ClientProgram {
    return new ClientProgram({
      name: 'dbt Cloud (Redshift external OAuth)',
      see: 'https://docs.getdbt.com/docs/cloud/manage-access/redshift-external-oauth',
      sendsPkce: false,
      keepsRotatedRefreshToken: false,
      tokenEndpointAuthMethods: ['client_secret_post', 'client_secret_basic'],
      readsClaimsFrom: ['access_token'],
      redirectUris: [redirectUri],
    });
  }

  /**
   * A Keycloak OpenID Connect identity provider (the broker that Ataccama ONE, Atlan and other
   * Keycloak-based products run): it signs users in at the upstream IdP with the authorization
   * code flow at `<realm>/broker/<alias>/endpoint`, signs out through `.../endpoint/logout_response`,
   * and its mappers read the ID token and userinfo, never the access token.
   * @see https://www.keycloak.org/docs/latest/server_admin/#_identity_broker_oidc
   */
  public static keycloakBroker(options: KeycloakBrokerProgramOptions): ClientProgram {
    const endpoint = `${base(options.realmUrl)}/broker/${options.alias}/endpoint`;
    return new ClientProgram({
      name: options.name ?? 'Keycloak broker',
      see: options.see ?? KEYCLOAK_OIDC_BROKER_DOC,
      sendsPkce: options.usePkce ?? false,
      // The broker keeps the refresh token it stored at sign-in; it does not follow rotation.
      keepsRotatedRefreshToken: false,
      tokenEndpointAuthMethods: [options.clientAuthentication ?? 'client_secret_post'],
      readsClaimsFrom: ['id_token', 'userinfo'],
      requestedScopes: scopeNames(options.scopes) ?? ['openid'],
      redirectUris: [endpoint],
      postLogoutRedirectUris: [`${endpoint}/logout_response`],
    });
  }

  /**
   * OpenMetadata's single-page app with Okta: a public browser client (authorization code with
   * PKCE, no secret) redirecting to `<base>/callback`, whose token calls come from the
   * OpenMetadata origin (a CORS trusted origin in Okta).
   * @see https://docs.open-metadata.org/latest/deployment/security/okta
   */
  public static openMetadata(baseUrl: string): ClientProgram {
    const b = base(baseUrl);
    return new ClientProgram({
      name: 'OpenMetadata',
      see: 'https://docs.open-metadata.org/latest/deployment/security/okta',
      sendsPkce: true,
      keepsRotatedRefreshToken: true,
      tokenEndpointAuthMethods: ['none'],
      readsClaimsFrom: ['id_token', 'access_token'],
      requestedScopes: ['openid', 'email', 'profile'],
      redirectUris: [`${b}/callback`, `${b}/silent-callback`],
      postLogoutRedirectUris: [b],
    });
  }

  /**
   * Atlan's Snowflake OAuth client at PingFederate: redirects to exactly
   * `<tenant>/api/service/oauth` (wildcards are not honored) and asks for `session:role-any`.
   * @see https://docs.atlan.com/apps/connectors/data-warehouses/snowflake/how-tos/enable-snowflake-oauth-with-pingfederate
   */
  public static atlanSnowflake(tenantUrl: string): ClientProgram {
    return new ClientProgram({
      name: 'Atlan (Snowflake OAuth)',
      see: 'https://docs.atlan.com/apps/connectors/data-warehouses/snowflake/how-tos/enable-snowflake-oauth-with-pingfederate',
      sendsPkce: false,
      keepsRotatedRefreshToken: false,
      tokenEndpointAuthMethods: ['client_secret_basic', 'client_secret_post'],
      readsClaimsFrom: ['access_token'],
      requestedScopes: [SNOWFLAKE_ROLE_ANY_SCOPE],
      redirectUris: [`${base(tenantUrl)}/api/service/oauth`],
    });
  }

  /** The program's name. */
  public readonly name: string;
  /** The vendor page. */
  public readonly see?: string;
  public readonly sendsPkce: boolean;
  public readonly keepsRotatedRefreshToken: boolean;
  public readonly tokenEndpointAuthMethods: readonly TokenEndpointAuthMethod[];
  public readonly readsClaimsFrom: readonly ClaimSource[];
  public readonly requestedScopes?: readonly string[];
  /** The redirect URIs it uses (defaults of the registration's `redirectUris`). */
  public readonly redirectUris: readonly string[];
  /** The sign-out redirect URIs it uses. */
  public readonly postLogoutRedirectUris: readonly string[];

  private constructor(props: ClientProgramProps) {
    if (props.tokenEndpointAuthMethods.length === 0) {
      throw new ExternalOAuthConfigError(CONFIG_ERROR_CODES.EMPTY_LIST, {
        path: `ClientProgram ${props.name}`,
        field: 'tokenEndpointAuthMethods',
        value: [],
        rule: 'must hold at least one method (the first is the one the program uses)',
      });
    }
    this.name = props.name;
    this.see = props.see;
    this.sendsPkce = props.sendsPkce;
    this.keepsRotatedRefreshToken = props.keepsRotatedRefreshToken;
    this.tokenEndpointAuthMethods = [...props.tokenEndpointAuthMethods];
    this.readsClaimsFrom = [...(props.readsClaimsFrom ?? ['access_token'])];
    this.requestedScopes = props.requestedScopes ? [...props.requestedScopes] : undefined;
    this.redirectUris = [...(props.redirectUris ?? [])];
    this.postLogoutRedirectUris = [...(props.postLogoutRedirectUris ?? [])];
  }

  /** The authentication method the program uses: the first it lists. */
  public get tokenEndpointAuthMethod(): TokenEndpointAuthMethod {
    return this.tokenEndpointAuthMethods[0]!;
  }

  /** The manifest record. */
  public toRecord(): ClientProgramRecord {
    return {
      name: this.name,
      ...(this.see ? { see: this.see } : {}),
      sendsPkce: this.sendsPkce,
      keepsRotatedRefreshToken: this.keepsRotatedRefreshToken,
      tokenEndpointAuthMethods: [...this.tokenEndpointAuthMethods],
      readsClaimsFrom: [...this.readsClaimsFrom],
      ...(this.requestedScopes ? { requestedScopes: [...this.requestedScopes] } : {}),
    };
  }
}

/** The `scheme://host[:port]` origin of an http(s) URI, or `undefined` (custom scheme, not a URL). */
export function webOrigin(uri: string): string | undefined {
  try {
    const url = new URL(uri);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** The origins a client's record trusts for CORS (the browser's token and refresh calls), as declared. */
export function corsTrustedOrigins(client: Pick<ClientRecord, 'trustedOrigins'>): string[] {
  return (client.trustedOrigins ?? []).filter((o) => o.scopes.includes('CORS')).map((o) => o.origin);
}

/** The least length of the reason that opens a client to everyone (as for suppressions). */
export const MIN_ASSIGNMENT_REASON_LENGTH = 10;

/**
 * Who may sign in through a user-facing client. Okta lets nobody in who is not assigned; Entra
 * requires assignment when the service principal says so.
 *
 * @example
 * new OktaOidcApp(stack, 'DbtCloud', { ..., assignment: ClientAssignment.groups(['00g1abcd2EFGH3ijk4x7']) });
 */
export class ClientAssignment {
  /** These groups (Okta group ids, Entra group object ids). */
  public static groups(groupIds: string[]): ClientAssignment {
    return new ClientAssignment('assigned', [...groupIds], [], undefined);
  }

  /** These users (Okta user ids, Entra user object ids). */
  public static users(userIds: string[]): ClientAssignment {
    return new ClientAssignment('assigned', [], [...userIds], undefined);
  }

  /** Groups and users together. */
  public static of(assignees: { readonly groups?: string[]; readonly users?: string[] }): ClientAssignment {
    return new ClientAssignment('assigned', [...(assignees.groups ?? [])], [...(assignees.users ?? [])], undefined);
  }

  /**
   * Every user of the org or tenant (Okta: the built-in Everyone group). The reason (at least
   * 10 characters) is recorded and shown in review, like a suppression's.
   */
  public static everyone(reason: string): ClientAssignment {
    return new ClientAssignment('everyone', [], [], reason);
  }

  private constructor(
    /** `assigned` or `everyone`. */
    public readonly mode: 'assigned' | 'everyone',
    public readonly groupIds: readonly string[],
    public readonly userIds: readonly string[],
    public readonly reason: string | undefined,
  ) {}
}

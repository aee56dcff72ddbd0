/**
 * The review model: the identity posture that a set of manifests declares, grouped by issuer.
 * Built field by field from the manifest records, so that nothing unreviewed (and no secret
 * metadata other than dates) can reach an output.
 */
import type { GrantType, IssuerKind, TokenFlow } from '../core/kinds';
import type { ApplyTimeExpression, ClientRecord } from '../manifest/types';

/** How one client obtains tokens from its issuer: one policy rule, or the app registration. */
export interface TokenPath {
  /** `policy "<name>" / rule "<name>"`, or `app registration` when the issuer has no policies. */
  readonly via: string;
  /** Grant types the client may use on this path; a list known only after apply is its one expression. */
  readonly grantTypes: Array<GrantType | ApplyTimeExpression>;
  readonly flows: TokenFlow[];
  readonly scopes: string[];
  /** Undefined: the issuer's default (not declared). */
  readonly accessTokenLifetimeMinutes?: number;
  readonly refreshTokenLifetimeMinutes?: number;
  readonly refreshTokenWindowMinutes?: number;
  /** The audiences the tokens carry. */
  readonly audiences: string[];
}

/** Dates of a client secret; the only secret metadata a review shows. */
export interface SecretDates {
  readonly endDate?: string;
  readonly endDateRelative?: string;
}

/** A client and the tokens it can obtain. `grantTypes` are the ones registered on the client. */
export interface ClientPosture extends Pick<
  ClientRecord,
  'path' | 'name' | 'kind' | 'clientId' | 'responseTypes' | 'redirectUris' | 'postLogoutRedirectUris' | 'pkce' | 'tokenEndpointAuthMethod'
> {
  /** Registered grant types; a list known only after apply is its one expression. */
  readonly grantTypes: Array<GrantType | ApplyTimeExpression>;
  /** Scopes it may request; a list known only after apply is its one expression. */
  readonly scopes: string[];
  readonly refreshTokenRotation?: 'ROTATE' | 'STATIC';
  readonly secret?: SecretDates;
  /** Who may sign in, e.g. `groups 00g1...`, `everyone: <reason>`, `nobody assigned`. */
  readonly signIn?: string;
  /** Trusted browser origins (CORS / redirect) of a browser client. */
  readonly trustedOrigins?: string[];
  /** The declared client program and what it does, e.g. `dbt Cloud: no PKCE, keeps one refresh token, client_secret_basic`. */
  readonly program?: string;
  /** The ways the client obtains tokens; empty when no policy rule lets it. */
  readonly tokens: TokenPath[];
  /** Paths of the trusts that accept its tokens. */
  readonly acceptedBy: string[];
}

/** How a trust turns a token into an identity and a role. */
export interface IdentityMapping {
  readonly flow: TokenFlow | 'any';
  /** The claim read from the token. */
  readonly claim: string;
  /** What the claim value is matched to. */
  readonly identity: string;
  /** The role the identity acts with. */
  readonly role: string;
}

/** A Snowflake user (or service user) that a trust maps tokens to. */
export interface UserPosture {
  readonly name: string;
  readonly service: boolean;
  readonly defaultRole?: string;
  readonly roles: string[];
}

/** A consumer that accepts the issuer's tokens. */
export interface TrustPosture {
  readonly type: 'snowflake' | 'redshift' | 'profile' | 'databricks';
  readonly path: string;
  readonly name: string;
  /** The exact `iss` the trust expects. */
  readonly issuer: string;
  readonly audiences: string[];
  /** Paths of the clients whose tokens it accepts; empty: any client of the issuer. */
  readonly clients: string[];
  readonly mappings: IdentityMapping[];
  /** Role restrictions, e.g. Snowflake any-role mode and blocked roles. */
  readonly roleControls: string[];
  readonly users: UserPosture[];
  /** Steps a human must run (existing integrations or applications). */
  readonly manualSteps: string[];
}

/** An issuer and everything that depends on it. */
export interface IssuerPosture {
  readonly stack: string;
  /** Construct path; `(undeclared)` for trusts whose issuer is not in the manifests. */
  readonly path: string;
  readonly kind: IssuerKind | 'unknown';
  readonly name?: string;
  readonly issuer: string;
  readonly jwksUrl: string;
  readonly audiences: string[];
  /** Scope names; default scopes end with ` (default)`. */
  readonly scopes: string[];
  readonly clients: ClientPosture[];
  readonly trusts: TrustPosture[];
}

/** A synth finding, as reviewers see it. */
export interface FindingPosture {
  readonly stack: string;
  readonly ruleId: string;
  readonly severity: 'error' | 'warning';
  readonly path: string;
  readonly message: string;
  /** The suppression reason, when suppressed. */
  readonly suppressedReason?: string;
  /** `file:line` of the construct, when known. */
  readonly source?: string;
}

/** Everything a review shows. */
export interface ReviewPosture {
  readonly stacks: string[];
  readonly issuers: IssuerPosture[];
  readonly findings: FindingPosture[];
}

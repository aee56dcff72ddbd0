/**
 * What a rule sees: the records of one manifest, the clock, and lookups by construct path.
 * Pure: no cdktf import, so the CLI builds the same context from a manifest file.
 */
import type { ClientRecord, DatabricksTrustRecord, IssuerRecord, ProfileTrustRecord, RedshiftTrustRecord, SnowflakeTrustRecord, TrustRecord } from '../manifest/types';

/** The manifest `context` key under which {@link KeycloakBrokerRecord}s are listed. */
export const KEYCLOAK_BROKERS_CONTEXT_KEY = 'keycloakBrokers';

/** A Keycloak identity broker in front of an (Okta) client, as declared by `KeycloakBroker`. */
export interface KeycloakBrokerRecord {
  readonly path: string;
  readonly name: string;
  /** Construct path of the client the broker signs in with. */
  readonly clientPath: string;
  /** Construct path of that client's issuer. */
  readonly issuerPath: string;
  /** Keycloak realm setting "SSO Session Idle". */
  readonly ssoSessionIdleSeconds: number;
  /** Keycloak realm setting "SSO Session Max". */
  readonly ssoSessionMaxSeconds: number;
  /** Safety margin the upstream refresh token must outlive SSO Session Max by. */
  readonly reserveSeconds: number;
  /** The identity provider's "Client authentication" (`client_secret_post`, ...); absent in older manifests. */
  readonly clientAuthentication?: string;
  /** The identity provider's "Use PKCE". */
  readonly usePkce?: boolean;
  /** "Store tokens": Keycloak keeps the upstream tokens after sign-in. */
  readonly storeTokens?: boolean;
  /** "Stored tokens readable": the product may read the stored upstream tokens. */
  readonly storedTokensReadable?: boolean;
  /** The identity provider's "Scopes" requested at the upstream IdP. */
  readonly scopes?: string[];
  /** "Access token is JWT": the mappers may also read the upstream access token. */
  readonly accessTokenIsJwt?: boolean;
  /** The identity provider's mappers that read a claim. */
  readonly mappers?: KeycloakBrokerMapperRecord[];
}

/** A Keycloak identity-provider mapper that reads one claim of the upstream tokens. */
export interface KeycloakBrokerMapperRecord {
  readonly name: string;
  /** The mapper type id, e.g. `oidc-advanced-group-idp-mapper`. */
  readonly type: string;
  /** The claim it reads. */
  readonly claim: string;
}

/** The records rules read: a {@link TrustManifest} or anything shaped like its record lists. */
export interface ManifestRecords {
  readonly issuers: readonly IssuerRecord[];
  readonly clients: readonly ClientRecord[];
  readonly trusts: readonly TrustRecord[];
  readonly context?: Readonly<Record<string, unknown>>;
}

/** The input of {@link Rule.check}. */
export interface RuleContext {
  readonly manifest: ManifestRecords;
  /** The synth (or check) time; secrets' expiry is measured from it. */
  readonly now: Date;
  readonly snowflakeTrusts: readonly SnowflakeTrustRecord[];
  readonly redshiftTrusts: readonly RedshiftTrustRecord[];
  readonly profileTrusts: readonly ProfileTrustRecord[];
  readonly databricksTrusts: readonly DatabricksTrustRecord[];
  /** Brokers from `context.keycloakBrokers`; malformed entries are dropped. */
  readonly keycloakBrokers: readonly KeycloakBrokerRecord[];
  issuerByPath(path: string): IssuerRecord | undefined;
  clientByPath(path: string): ClientRecord | undefined;
}

/** Builds the context of one manifest. */
export function createRuleContext(manifest: ManifestRecords, now: Date): RuleContext {
  const issuers = new Map(manifest.issuers.map((i) => [i.path, i]));
  const clients = new Map(manifest.clients.map((c) => [c.path, c]));
  return {
    manifest,
    now,
    snowflakeTrusts: manifest.trusts.filter((t): t is SnowflakeTrustRecord => t.type === 'snowflake'),
    redshiftTrusts: manifest.trusts.filter((t): t is RedshiftTrustRecord => t.type === 'redshift'),
    profileTrusts: manifest.trusts.filter((t): t is ProfileTrustRecord => t.type === 'profile'),
    databricksTrusts: manifest.trusts.filter((t): t is DatabricksTrustRecord => t.type === 'databricks'),
    keycloakBrokers: brokersOf(manifest.context?.[KEYCLOAK_BROKERS_CONTEXT_KEY]),
    issuerByPath: (path) => issuers.get(path),
    clientByPath: (path) => clients.get(path),
  };
}

/** The well-formed broker records of a manifest `context.keycloakBrokers` value. */
export function brokersOf(value: unknown): KeycloakBrokerRecord[] {
  if (!Array.isArray(value)) return [];
  return value.filter((b): b is KeycloakBrokerRecord => {
    if (typeof b !== 'object' || b === null) return false;
    const r = b as Record<string, unknown>;
    return typeof r.path === 'string' && typeof r.clientPath === 'string' && typeof r.issuerPath === 'string';
  });
}

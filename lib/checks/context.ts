/**
 * What a rule sees: the records of one manifest, the clock, and lookups by construct path.
 * Pure: no cdktf import, so the CLI builds the same context from a manifest file.
 */
import {
  type ClientRecord,
  type DatabricksTrustRecord,
  type IssuerRecord,
  KEYCLOAK_BROKERS_CONTEXT_KEY,
  type KeycloakBrokerRecord,
  type ProfileTrustRecord,
  type RedshiftTrustRecord,
  type SnowflakeTrustRecord,
  type TrustRecord,
} from '../manifest/types';

export { KEYCLOAK_BROKERS_CONTEXT_KEY };
export type { KeycloakBrokerMapperRecord, KeycloakBrokerRecord } from '../manifest/types';

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

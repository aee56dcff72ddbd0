/**
 * The issuers to check live, gathered from manifests: every declared issuer, every issuer a
 * trust or profile expects, with the JWKS URLs they declare and the profiles' algorithms.
 */
import type { IssuerKind } from '../../core/kinds';
import type { TrustManifest } from '../../manifest/types';

/** A profile that validates this issuer's tokens. */
export interface TargetProfile {
  readonly name: string;
  /** Pinned algorithms; undefined: every asymmetric algorithm (the default). */
  readonly algorithms?: string[];
}

/** One issuer to check, keyed by its exact `iss`. */
export interface IssuerTarget {
  readonly issuer: string;
  readonly kind?: IssuerKind;
  /** Declared discovery URL, when an issuer record declares one. */
  readonly discoveryUrl?: string;
  /** Every JWKS URL declared for this issuer (issuer record, profiles, Snowflake integrations, Databricks `jwks_uri`). */
  readonly jwksUrls: string[];
  /** Construct paths / profile names that declare or expect it. */
  readonly declaredBy: string[];
  readonly profiles: TargetProfile[];
}

interface Draft {
  issuer: string;
  kind?: IssuerKind;
  discoveryUrl?: string;
  jwksUrls: Set<string>;
  declaredBy: Set<string>;
  profiles: Map<string, TargetProfile>;
}

/** The live-check targets of `manifests`, sorted by issuer. */
export function issuerTargets(manifests: readonly TrustManifest[]): IssuerTarget[] {
  const drafts = new Map<string, Draft>();
  const draft = (issuer: string): Draft => {
    let d = drafts.get(issuer);
    if (!d) drafts.set(issuer, (d = { issuer, jwksUrls: new Set(), declaredBy: new Set(), profiles: new Map() }));
    return d;
  };
  for (const m of manifests) {
    for (const i of m.issuers) {
      const d = draft(i.issuer);
      d.kind ??= i.kind;
      d.discoveryUrl ??= i.discoveryUrl || undefined;
      if (i.jwksUrl) d.jwksUrls.add(i.jwksUrl);
      d.declaredBy.add(i.path);
    }
    for (const t of m.trusts) {
      if (t.type === 'profile') continue;
      const d = draft(t.issuer);
      d.declaredBy.add(t.path);
      if (t.type === 'snowflake') t.jwksUrls.forEach((u) => d.jwksUrls.add(u));
      if (t.type === 'databricks' && t.jwks.uri) d.jwksUrls.add(t.jwks.uri);
    }
    for (const p of m.profiles) {
      const d = draft(p.issuer);
      d.kind ??= p.issuerKind;
      d.jwksUrls.add(p.jwksUrl);
      d.declaredBy.add(`profile ${p.name}`);
      d.profiles.set(p.name, { name: p.name, ...(p.algorithms ? { algorithms: [...p.algorithms] } : {}) });
    }
  }
  return [...drafts.values()]
    .sort((a, b) => a.issuer.localeCompare(b.issuer))
    .map((d) => ({
      issuer: d.issuer,
      ...(d.kind ? { kind: d.kind } : {}),
      ...(d.discoveryUrl ? { discoveryUrl: d.discoveryUrl } : {}),
      jwksUrls: [...d.jwksUrls].sort(),
      declaredBy: [...d.declaredBy].sort(),
      profiles: [...d.profiles.values()],
    }));
}

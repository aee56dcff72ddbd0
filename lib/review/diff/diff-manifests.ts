/**
 * The base..head diff of two synth outputs, ranked by risk (see change-kinds.ts).
 * Records are matched by construct path, which is stable across edits of their values.
 */
import type { ClientRecord, IssuerRecord, TrustManifest, TrustRecord, ValidationProfile } from '../../manifest/types';
import { change, rankChanges, type ReviewChange } from './change-kinds';
import { type ClientWithIssuer, diffClient } from './diff-clients';
import { diffFindings } from './diff-findings';
import { diffIssuer } from './diff-issuers';
import { diffProfile, diffTrust } from './diff-trusts';

interface Index {
  readonly issuers: Map<string, IssuerRecord>;
  readonly clients: Map<string, ClientWithIssuer>;
  readonly trusts: Map<string, TrustRecord>;
  /** Profiles that no profile trust carries, by name. */
  readonly looseProfiles: Map<string, ValidationProfile>;
}

function index(manifests: readonly TrustManifest[]): Index {
  const issuers = new Map<string, IssuerRecord>();
  const clients = new Map<string, ClientWithIssuer>();
  const trusts = new Map<string, TrustRecord>();
  const looseProfiles = new Map<string, ValidationProfile>();
  for (const m of manifests) {
    for (const i of m.issuers) issuers.set(i.path, i);
    for (const t of m.trusts) trusts.set(t.path, t);
    const carried = new Set(m.trusts.flatMap((t) => (t.type === 'profile' ? [t.profile.name] : [])));
    for (const p of m.profiles) if (!carried.has(p.name)) looseProfiles.set(p.name, p);
  }
  for (const m of manifests) {
    for (const c of m.clients) clients.set(c.path, withIssuer(c, issuers));
  }
  return { issuers, clients, trusts, looseProfiles };
}

function withIssuer(client: ClientRecord, issuers: Map<string, IssuerRecord>): ClientWithIssuer {
  const issuer = issuers.get(client.issuer);
  return issuer ? { client, issuer } : { client };
}

function keysOf<T>(a: Map<string, T>, b: Map<string, T>): string[] {
  return [...new Set([...a.keys(), ...b.keys()])].sort();
}

/** Every change from `base` to `head`, most risky first. */
export function diffManifests(base: readonly TrustManifest[], head: readonly TrustManifest[]): ReviewChange[] {
  const b = index(base);
  const h = index(head);
  const changes: ReviewChange[] = [];
  for (const k of keysOf(b.issuers, h.issuers)) changes.push(...diffIssuer(b.issuers.get(k), h.issuers.get(k)));
  for (const k of keysOf(b.clients, h.clients)) changes.push(...diffClient(b.clients.get(k), h.clients.get(k)));
  for (const k of keysOf(b.trusts, h.trusts)) changes.push(...diffTrust(b.trusts.get(k), h.trusts.get(k)));
  for (const k of keysOf(b.looseProfiles, h.looseProfiles)) {
    const before = b.looseProfiles.get(k);
    const after = h.looseProfiles.get(k);
    const at = `profile ${k}`;
    if (before && after) changes.push(...diffProfile(at, before, after));
    else if (after) changes.push(change('trust_added', at, `new profile \`${k}\` accepting \`${after.issuer}\``));
    else changes.push(change('removed', at, `profile \`${k}\` removed`));
  }
  changes.push(...diffFindings(base, head));
  return rankChanges(changes);
}

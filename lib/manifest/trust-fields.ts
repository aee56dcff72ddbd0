/**
 * The fields every trust record has, read the same way for every trust type: a validation
 * profile keeps its issuer and audiences inside `profile` (the written manifest format), the
 * other trusts at the top level. Checks, review and simulation read them here. Pure: no cdktf.
 */
import type { ApplyTimeExpression, TrustRecord } from './types';

/** The exact `iss` a trust expects. */
export function trustIssuer(trust: TrustRecord): string {
  return trust.type === 'profile' ? trust.profile.issuer : trust.issuer;
}

/** The audiences a trust accepts, as written: a list, or one apply-time expression for a list known after apply. */
export function trustAudiences(trust: TrustRecord): readonly string[] | ApplyTimeExpression {
  return trust.type === 'profile' ? trust.profile.audiences : trust.audiences;
}

/** Construct paths of the clients a trust serves, as written (a profile serves one). */
export function trustClientPaths(trust: TrustRecord): readonly string[] | ApplyTimeExpression {
  return trust.type === 'profile' ? [trust.clientPath] : trust.clients;
}

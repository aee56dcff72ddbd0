/**
 * App token or user token, by issuer kind (DESIGN.md), and the mapping claim of the flow
 * that serves it. Never guessed from whichever claim happens to be present.
 */
import type { IssuerKind } from '../core/kinds';
import type { CompiledProfile } from './compiled-profile';
import { TokenValidationError } from './errors';

/**
 * True for an app token (client credentials, no end user):
 * entra: no `scp`; auth0: `gty` is `client-credentials`; okta and the others: `sub` equals the client id.
 */
export function isAppToken(kind: IssuerKind, claims: Readonly<Record<string, unknown>>, clientId: string): boolean {
  switch (kind) {
    case 'entra':
      return claims.scp === undefined;
    case 'auth0':
      return claims.gty === 'client-credentials';
    default:
      return claims.sub === clientId;
  }
}

/** The flow and mapped name of a token served by `p`. */
export interface Mapping {
  readonly kind: 'system' | 'user';
  readonly username: string;
}

/** Classifies the token and reads the flow's mapping claim (a non-empty string, taken verbatim). */
export function mapToken(claims: Readonly<Record<string, unknown>>, p: CompiledProfile): Mapping {
  const app = isAppToken(p.profile.issuerKind, claims, p.profile.clientId);
  const flow = app ? p.profile.machineFlow : p.profile.userFlow;
  if (!flow.enabled) {
    throw new TokenValidationError('flow_disabled', `Profile "${p.name}" does not accept ${app ? 'app (client credentials)' : 'user'} tokens`);
  }
  const claim = app ? p.profile.machineFlow.systemUserClaim : p.profile.userFlow.usernameClaim!;
  const value = claims[claim];
  if (typeof value !== 'string' || value.length === 0) {
    throw new TokenValidationError('missing_claim', `Token has no non-empty string "${claim}" claim (profile "${p.name}")`);
  }
  return { kind: app ? 'system' : 'user', username: value };
}

/**
 * The authenticated caller (README.md, "Validator runtime"). Principals are deeply frozen:
 * the verified-token cache hands the same object to every request presenting the token.
 */
import type { ValidationProfile } from '../manifest/types';

/** Who called: a system user (app token, machine flow) or a user (user token, user flow). */
export interface Principal {
  /** `system` for app tokens (machine flow), `user` for user tokens (user flow). */
  readonly kind: 'system' | 'user';
  /** The name of the profile that served the token. */
  readonly profile: string;
  /** The system user (machine flow claim) or the username (user flow claim), exactly as in the token. */
  readonly username: string;
  /** Machine flow: the profile's system user role. User flow: the role `resolveUser` returned, if any. */
  readonly role?: string;
  /** The client id claim value. */
  readonly clientId: string;
  /** `iss`. */
  readonly issuer: string;
  /** `sub`; empty when the token has none. */
  readonly subject: string;
  /** From `scp` (string or list) or `scope` (space-delimited). */
  readonly scopes: readonly string[];
  /** Every claim of the token. */
  readonly claims: Readonly<Record<string, unknown>>;
}

/** Freezes `value` and everything reachable from it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    const record = value as Record<string, unknown>;
    for (const key in record) {
      const v = record[key];
      if (typeof v === 'object' && v !== null) deepFreeze(v);
    }
  }
  return value;
}

/** The scope claim: `scp` when present, else `scope`. */
const scopeClaim = (claims: Readonly<Record<string, unknown>>): unknown => (claims.scp !== undefined ? claims.scp : claims.scope);

/** True when the scope claim is absent, a string, or a list of strings (checked before the signature). */
export function scopeClaimWellFormed(claims: Readonly<Record<string, unknown>>): boolean {
  const value = scopeClaim(claims);
  return value === undefined || typeof value === 'string' || (Array.isArray(value) && value.every((s) => typeof s === 'string'));
}

const NO_SCOPES: readonly string[] = Object.freeze([]);

/**
 * Space-delimited scope values already split, frozen, by their exact text: the tokens of one
 * client repeat one value, and splitting it is a runtime call and three allocations per token.
 * Only values of verified tokens are entered, at most 128 of at most 1,024 characters; the map is
 * emptied when full.
 */
const splitScopes = new Map<string, readonly string[]>();

function splitScopeString(value: string): readonly string[] {
  let parts = splitScopes.get(value);
  if (parts === undefined) {
    const split = value.split(' ');
    parts = Object.freeze(split.includes('') ? split.filter((s) => s.length > 0) : split);
    if (value.length <= 1024) {
      if (splitScopes.size >= 128) splitScopes.clear();
      splitScopes.set(value, parts);
    }
  }
  return parts;
}

/**
 * The scopes of a verified token whose scope claim passed {@link scopeClaimWellFormed}: `scp` as
 * a list or space-delimited string, else `scope`.
 */
export function scopesOf(claims: Readonly<Record<string, unknown>>): readonly string[] {
  const value = scopeClaim(claims);
  if (value === undefined) return NO_SCOPES;
  return typeof value === 'string' ? splitScopeString(value) : (value as string[]);
}

/**
 * The frozen principal of a verified token: the system user with the profile's role (machine
 * flow) or the user without a role (user flow; `resolveUser` may add one). Freezes the claims.
 */
export function buildPrincipal(
  profile: ValidationProfile,
  mapping: { readonly kind: 'system' | 'user'; readonly username: string },
  claims: Record<string, unknown>,
  scopes: readonly string[],
): Principal {
  const subject = typeof claims.sub === 'string' ? claims.sub : '';
  const frozenScopes = Object.freeze(scopes);
  const frozenClaims = deepFreeze(claims);
  const { name, clientId, issuer } = profile;
  return Object.freeze(
    mapping.kind === 'system'
      ? {
          kind: 'system',
          profile: name,
          username: mapping.username,
          role: profile.machineFlow.systemUserRole,
          clientId,
          issuer,
          subject,
          scopes: frozenScopes,
          claims: frozenClaims,
        }
      : { kind: 'user', profile: name, username: mapping.username, clientId, issuer, subject, scopes: frozenScopes, claims: frozenClaims },
  );
}

/**
 * The user hooks, run on verified tokens only (first sight and cache hits): `isRevoked` on
 * (iss, jti), then `resolveUser` for user-flow principals. A hook that throws is
 * `dependency_unavailable` (503); its error text is not passed on.
 */
import { TokenValidationError } from './errors';
import type { IsRevoked, ResolveUser } from './options';
import type { Principal } from './principal';

async function guarded<T>(call: () => T | Promise<T>): Promise<T> {
  try {
    return await call();
  } catch {
    throw new TokenValidationError('dependency_unavailable', 'A user directory or revocation hook failed');
  }
}

/** Applies the hooks to `principal` (whose token expires at `exp`); resolves the final principal. */
export async function applyHooks(
  principal: Principal,
  exp: number,
  hooks: { readonly isRevoked?: IsRevoked; readonly resolveUser?: ResolveUser },
): Promise<Principal> {
  const { isRevoked, resolveUser } = hooks;
  if (isRevoked) {
    const jti = principal.claims.jti;
    const ref = {
      issuer: principal.issuer,
      ...(typeof jti === 'string' ? { jti } : {}),
      profile: principal.profile,
      subject: principal.subject,
      exp,
    };
    if (await guarded(() => isRevoked(ref))) throw new TokenValidationError('token_revoked');
  }
  if (!resolveUser || principal.kind !== 'user') return principal;
  const user = await guarded(() =>
    resolveUser(principal.username, { profile: principal.profile, issuer: principal.issuer, claims: principal.claims }),
  );
  if (!user) throw new TokenValidationError('unknown_user', `User not known to the user directory (profile "${principal.profile}")`);
  const role = typeof user === 'object' && typeof user.role === 'string' ? user.role : undefined;
  const { kind, profile, username, clientId, issuer, subject, scopes, claims } = principal;
  return Object.freeze(
    role !== undefined
      ? { kind, profile, username, role, clientId, issuer, subject, scopes, claims }
      : { kind, profile, username, clientId, issuer, subject, scopes, claims },
  );
}

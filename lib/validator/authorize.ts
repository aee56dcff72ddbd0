/**
 * Authorization on a validated principal: 403 `insufficient_scope` when a role or scope is
 * missing. Comparisons are exact (no case folding).
 */
import { TokenValidationError } from './errors';
import type { Principal } from './principal';

/** Throws `insufficient_scope` unless the principal's role is one of `roles`. */
export function requireRole(principal: Principal, roles: string | readonly string[]): Principal {
  const allowed = typeof roles === 'string' ? [roles] : roles;
  if (principal.role === undefined || !allowed.includes(principal.role)) {
    throw new TokenValidationError('insufficient_scope', `Role required: one of ${allowed.join(', ')}`, { profile: principal.profile });
  }
  return principal;
}

/** Throws `insufficient_scope` unless the principal has every scope of `scopes`. */
export function requireScopes(principal: Principal, scopes: string | readonly string[]): Principal {
  const needed = typeof scopes === 'string' ? [scopes] : scopes;
  const missing = needed.filter((s) => !principal.scopes.includes(s));
  if (missing.length > 0)
    throw new TokenValidationError('insufficient_scope', `Scope required: ${missing.join(', ')}`, { profile: principal.profile });
  return principal;
}

/**
 * A scope, named by its string or by an enum-like scope object such as
 * `SnowflakeScope.ROLE_ANY`, which goes into `scopes` as it is (as aws-cdk's `OAuthScope` does).
 * Pure: no cdktf import.
 */

/** A scope string, or an object that carries one in `value` (`SnowflakeScope`). */
export type ScopeName = string | { readonly value: string };

/** The scope string of `scope`; anything else is returned as it is, for the validation that follows to report. */
export function scopeNameOf(scope: ScopeName): string {
  return typeof scope === 'object' && scope !== null && typeof scope.value === 'string' ? scope.value : (scope as string);
}

/** The scope strings of `scopes`; `undefined` (and, from JavaScript, a value that is not a list) as it is. */
export function scopeNames(scopes: readonly ScopeName[]): string[];
export function scopeNames(scopes: readonly ScopeName[] | undefined): string[] | undefined;
export function scopeNames(scopes: readonly ScopeName[] | undefined): string[] | undefined {
  return Array.isArray(scopes) ? scopes.map(scopeNameOf) : (scopes as string[] | undefined);
}

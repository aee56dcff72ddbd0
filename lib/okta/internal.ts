/**
 * Helpers shared by the Okta constructs: stable child ids and contiguous priorities.
 * Not exported from the package.
 */
import { createHash } from 'node:crypto';

import { IConstruct } from 'constructs';

import { CONFIG_ERROR_CODES, ExternalOAuthConfigError } from '../core/errors';
import { fail, isUnresolved, requirePattern } from '../core/validate';
import { dependable, ITerraformDependable, TerraformResource } from '../framework';

/**
 * A construct id derived from a name, so that Terraform logical ids follow names and not
 * declaration order. Names with characters outside `[A-Za-z0-9_-]` get a short hash suffix so
 * that two names never share an id.
 */
export function childId(prefix: string, name: string): string {
  const safe = name.replace(/[^A-Za-z0-9_-]/g, '_');
  if (safe === name) return `${prefix}_${name}`;
  return `${prefix}_${safe}_${createHash('sha256').update(name).digest('hex').slice(0, 6)}`;
}

/** A non-empty literal string (it names a Terraform resource, so it cannot be a token). */
export function requireLiteralName(scope: IConstruct, field: string, value: string | undefined): asserts value is string {
  if (value === undefined) fail(scope, CONFIG_ERROR_CODES.MISSING_VALUE, field, value, 'is required');
  if (isUnresolved(value))
    fail(scope, CONFIG_ERROR_CODES.INVALID_VALUE, field, value, 'must be a literal string, not a Terraform token (it names a resource)');
  if (value.trim().length === 0 || value.trim() !== value)
    fail(scope, CONFIG_ERROR_CODES.INVALID_NAME, field, value, 'must be non-empty, without leading or trailing spaces');
}

/**
 * A scope or claim name as Okta takes it: a literal name of printable ASCII without spaces.
 * @see https://developer.okta.com/docs/api/openapi/okta-oauth/guides/overview/#scopes
 */
export function requireTokenName(scope: IConstruct, field: string, value: string | undefined): asserts value is string {
  requireLiteralName(scope, field, value);
  requirePattern(scope, field, value, /^[\x21-\x7e]+$/, 'must be printable ASCII without spaces', CONFIG_ERROR_CODES.INVALID_NAME);
}

/**
 * Picks a priority: an explicit one must be a whole number >= 1 not yet used; otherwise the
 * smallest unused number from 1, which keeps auto-assigned priorities contiguous.
 */
export function takePriority(scope: IConstruct, field: string, explicit: number | undefined, used: readonly number[]): number {
  if (explicit === undefined) {
    let p = 1;
    while (used.includes(p)) p++;
    return p;
  }
  if (isUnresolved(explicit))
    fail(scope, CONFIG_ERROR_CODES.INVALID_VALUE, field, explicit, 'must be a literal number, not a Terraform token');
  if (!Number.isInteger(explicit) || explicit < 1)
    fail(scope, CONFIG_ERROR_CODES.OUT_OF_RANGE, field, explicit, 'must be a whole number >= 1');
  if (used.includes(explicit))
    fail(scope, CONFIG_ERROR_CODES.DUPLICATE_NAME, field, explicit, 'must be unique among its siblings (Okta orders by priority)');
  return explicit;
}

/**
 * The synth-time message when `priorities` are not exactly 1..n: Okta renumbers them and the
 * plan never converges (perma-diff). Empty when contiguous.
 */
export function contiguityProblems(scope: IConstruct, field: string, priorities: readonly number[]): string[] {
  const sorted = [...priorities].sort((a, b) => a - b);
  if (sorted.every((p, i) => p === i + 1)) return [];
  const error = new ExternalOAuthConfigError(CONFIG_ERROR_CODES.INVALID_VALUE, {
    path: scope.node.path,
    field,
    value: sorted,
    rule: `must be contiguous from 1 (1..${sorted.length}); Okta renumbers gaps and the plan never converges`,
  });
  return [error.message];
}

/** A resource ordered by priority, with the dependencies it has besides its predecessor. */
export interface Prioritized {
  readonly priority: number;
  readonly resource: TerraformResource;
  readonly baseDependencies: readonly ITerraformDependable[];
}

/**
 * Makes each prioritized resource depend on the one before it (ascending priority), as the
 * provider recommends for policies and rules, on top of its base dependencies.
 */
export function chainByPriority(items: readonly Prioritized[]): void {
  const sorted = [...items].sort((a, b) => a.priority - b.priority);
  sorted.forEach((item, i) => {
    const deps = i === 0 ? [...item.baseDependencies] : [...item.baseDependencies, sorted[i - 1].resource];
    item.resource.dependsOn = deps.length > 0 ? deps.map((d) => dependable(d)) : undefined;
  });
}

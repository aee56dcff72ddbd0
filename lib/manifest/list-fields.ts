/**
 * The one resolver for manifest list fields that may be written as one apply-time expression
 * (see {@link ListOrApplyTime}). Checks, review, drift and simulation read such fields only
 * through these functions, so a `${...}` string is never iterated as characters. Pure: no cdktf.
 */
import type { ApplyTimeExpression, ListOrApplyTime } from './types';

/**
 * A list field read once: the list, or `undefined` when the whole list is one apply-time
 * expression (the manifest writer resolves a list token to one `${...}` string). Missing is empty.
 */
export function listOf<T>(value: ListOrApplyTime<T> | undefined | null): readonly T[] | undefined {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return undefined;
  return value;
}

/**
 * A list field as values to show or stand in for: the list, or the one apply-time expression as
 * a single value (never split into characters). Missing is empty.
 */
export function valuesOf<T>(value: ListOrApplyTime<T> | undefined | null): Array<T | ApplyTimeExpression> {
  if (value === undefined || value === null) return [];
  return typeof value === 'string' ? [value] : [...value];
}

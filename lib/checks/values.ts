/**
 * Helpers for record values that may still be Terraform expressions. The manifest writer
 * resolves tokens to strings containing `${`; a list token becomes one such string.
 */

export { listOf } from '../manifest/list-fields';
export { isApplyTimeValue } from '../util/values';

/** A numeric field: the number, or `undefined` when it is unresolved (or missing). */
export function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A value quoted for messages: strings in double quotes, lists as JSON. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  return JSON.stringify(value);
}

/** Minutes as a readable span, e.g. `90 days (129600 min)`. */
export function showMinutes(minutes: number): string {
  return showSeconds(minutes * 60);
}

/** Seconds as a readable span, e.g. `10 hours (600 min)`. */
export function showSeconds(seconds: number): string {
  const minutes = seconds / 60;
  const exact = (n: number, unit: string): string => `${n} ${unit}${n === 1 ? '' : 's'}`;
  let readable: string;
  if (seconds % 86400 === 0 && seconds >= 86400) readable = exact(seconds / 86400, 'day');
  else if (seconds % 3600 === 0 && seconds >= 3600) readable = exact(seconds / 3600, 'hour');
  else if (seconds % 60 === 0) return exact(minutes, 'minute');
  else return exact(seconds, 'second');
  return `${readable} (${minutes} min)`;
}

/** Days between `now` and `date`, possibly negative or fractional. */
export function daysBetween(now: Date, date: Date): number {
  return (date.getTime() - now.getTime()) / 86_400_000;
}

/** Rounds for messages: whole numbers stay whole, others get one decimal. */
export function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

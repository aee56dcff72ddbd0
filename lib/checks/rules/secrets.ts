import type { SecretRecord } from '../../manifest/types';
import { daysBetween, isApplyTimeValue } from '../values';

/** A secret's lifetime from `now`, in days, and how it was read. */
export type SecretLifetime =
  | { readonly kind: 'days'; readonly days: number; readonly from: string; readonly fixedEnd: boolean }
  | { readonly kind: 'unresolved'; readonly value: string }
  | { readonly kind: 'unknown' };

/** Hours in a Go duration such as `8760h` or `17520h30m`; `undefined` when not one. */
export function goDurationHours(text: string): number | undefined {
  const re = /(\d+(?:\.\d+)?)(h|m|s)/g;
  let hours = 0;
  let consumed = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    hours += Number(m[1]) / { h: 1, m: 60, s: 3600 }[m[2] as 'h' | 'm' | 's'];
    consumed += m[0].length;
  }
  return consumed === text.length && consumed > 0 ? hours : undefined;
}

/** Reads `endDate` (days until it, from `now`) or `endDateRelative` (days from creation). */
export function secretLifetime(secret: SecretRecord, now: Date): SecretLifetime {
  if (secret.endDate !== undefined) {
    if (isApplyTimeValue(secret.endDate)) return { kind: 'unresolved', value: secret.endDate };
    const end = new Date(secret.endDate);
    if (Number.isNaN(end.getTime())) return { kind: 'unknown' };
    return { kind: 'days', days: daysBetween(now, end), from: `endDate ${JSON.stringify(secret.endDate)}`, fixedEnd: true };
  }
  if (secret.endDateRelative !== undefined) {
    if (isApplyTimeValue(secret.endDateRelative)) return { kind: 'unresolved', value: secret.endDateRelative };
    const hours = goDurationHours(secret.endDateRelative);
    return hours === undefined
      ? { kind: 'unknown' }
      : { kind: 'days', days: hours / 24, from: `endDateRelative ${JSON.stringify(secret.endDateRelative)}`, fixedEnd: false };
  }
  return { kind: 'unknown' };
}

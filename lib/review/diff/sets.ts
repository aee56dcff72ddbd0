/** Small set helpers for the diff. */

/** Values of `after` not in `before`, and of `before` not in `after`, in input order. */
export function setDiff<T>(before: readonly T[], after: readonly T[]): { added: T[]; removed: T[] } {
  const b = new Set(before);
  const a = new Set(after);
  return { added: [...a].filter((v) => !b.has(v)), removed: [...b].filter((v) => !a.has(v)) };
}

/** A list as `a, b`, or `(none)`. */
export function listText(values: readonly string[]): string {
  return values.length === 0 ? '(none)' : values.join(', ');
}

/** Deep equality of JSON values. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The largest defined number, if any. */
export function maxOf(values: ReadonlyArray<number | undefined>): number | undefined {
  const defined = values.filter((v): v is number => typeof v === 'number');
  return defined.length === 0 ? undefined : Math.max(...defined);
}

/** Minutes as `90 d`, `2 h` or `45 min`. */
export function minutesText(minutes: number | undefined): string {
  if (minutes === undefined) return 'issuer default';
  if (minutes % 1440 === 0) return `${minutes / 1440} d`;
  if (minutes % 60 === 0) return `${minutes / 60} h`;
  return `${minutes} min`;
}

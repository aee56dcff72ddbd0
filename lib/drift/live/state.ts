/**
 * The drift state file: per issuer, the signing keys (kid + RFC 7638 thumbprint) seen on the
 * last run, so that the next run reports rotation. Holds no key material.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

/** A key as recorded. */
export interface StateKey {
  readonly kid?: string;
  readonly thumbprint: string;
}

/** One issuer's record. */
export interface IssuerState {
  readonly checkedAt: string;
  readonly jwksUri: string;
  readonly keys: StateKey[];
}

/** The whole state file. */
export interface DriftState {
  readonly stateVersion: 1;
  readonly issuers: Record<string, IssuerState>;
}

/** Thrown when a state file exists but is not a drift state. */
export class StateFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StateFileError';
  }
}

/** Reads `file`; an absent file is an empty state. */
export function readState(file: string): DriftState {
  if (!fs.existsSync(file)) return { stateVersion: 1, issuers: {} };
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new StateFileError(`${file}: not JSON (${(err as Error).message})`);
  }
  const v = value as Partial<DriftState> | null;
  if (typeof v !== 'object' || v === null || v.stateVersion !== 1 || typeof v.issuers !== 'object' || v.issuers === null) {
    throw new StateFileError(`${file}: not an external-oauth drift state (expected {"stateVersion":1,"issuers":{...}})`);
  }
  for (const [issuer, entry] of Object.entries(v.issuers)) {
    if (!Array.isArray(entry?.keys) || !entry.keys.every((k) => typeof k?.thumbprint === 'string')) throw new StateFileError(`${file}: issuer ${issuer} has no valid keys list`);
  }
  return v as DriftState;
}

/** Writes `state` atomically (temp file + rename). */
export function writeState(file: string, state: DriftState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(state, null, 2) + '\n');
  fs.renameSync(tmp, file);
}

/** Keys added and removed since `before`, and kids whose key material changed. */
export function compareKeys(before: readonly StateKey[], after: readonly StateKey[]): { added: StateKey[]; removed: StateKey[]; rekeyed: string[] } {
  const beforePrints = new Set(before.map((k) => k.thumbprint));
  const afterPrints = new Set(after.map((k) => k.thumbprint));
  const added = after.filter((k) => !beforePrints.has(k.thumbprint));
  const removed = before.filter((k) => !afterPrints.has(k.thumbprint));
  const rekeyed = added.filter((k) => k.kid !== undefined && removed.some((r) => r.kid === k.kid)).map((k) => k.kid as string);
  return { added, removed, rekeyed };
}

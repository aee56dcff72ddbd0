/**
 * The drift state file: per issuer, the signing keys (kid + RFC 7638 thumbprint) seen on the
 * last run, so that the next run reports rotation. Holds no key material.
 */
import * as fs from 'node:fs';

import { ExternalOAuthError } from '../../util/error';
import { parseJsonText } from '../../util/json';
import { writeFileSafely } from '../../util/write-file';

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

/** The whole state file, as written. */
export interface DriftStateFile {
  readonly stateVersion: 1;
  readonly issuers: Record<string, IssuerState>;
}

/** The state as read: issuers in a Map, so that an issuer named `constructor` or `__proto__` is data. */
export interface DriftState {
  readonly stateVersion: 1;
  readonly issuers: ReadonlyMap<string, IssuerState>;
}

/** Deepest nesting a state file may have. */
const MAX_STATE_DEPTH = 16;

/** Thrown when a state file exists but is not a drift state. */
export class StateFileError extends ExternalOAuthError {
  declare public readonly code: 'EO_DRIFT_INVALID_STATE';

  constructor(message: string) {
    super('EO_DRIFT_INVALID_STATE', message);
  }
}

/** Reads `file`; an absent file is an empty state. */
export function readState(file: string): DriftState {
  if (!fs.existsSync(file)) return { stateVersion: 1, issuers: new Map() };
  let value: unknown;
  try {
    value = parseJsonText(fs.readFileSync(file, 'utf8'), { maxDepth: MAX_STATE_DEPTH });
  } catch (err) {
    throw new StateFileError(`${file}: ${(err as Error).message}`);
  }
  const v = value as Partial<DriftStateFile> | null;
  if (
    typeof v !== 'object' ||
    v === null ||
    Array.isArray(v) ||
    v.stateVersion !== 1 ||
    typeof v.issuers !== 'object' ||
    v.issuers === null ||
    Array.isArray(v.issuers)
  ) {
    throw new StateFileError(`${file}: not an external-oauth drift state (expected {"stateVersion":1,"issuers":{...}})`);
  }
  const issuers = new Map<string, IssuerState>();
  for (const [issuer, entry] of Object.entries(v.issuers)) {
    if (!Array.isArray(entry?.keys) || !entry.keys.every((k) => typeof k?.thumbprint === 'string'))
      throw new StateFileError(`${file}: issuer ${JSON.stringify(issuer)} has no valid keys list`);
    issuers.set(issuer, entry);
  }
  return { stateVersion: 1, issuers };
}

/** Writes `state` atomically, without following symlinks (see {@link writeFileSafely}). */
export function writeState(file: string, state: DriftState): void {
  const issuers = Object.fromEntries([...state.issuers].sort(([a], [b]) => a.localeCompare(b)));
  const content: DriftStateFile = { stateVersion: 1, issuers };
  writeFileSafely(file, JSON.stringify(content, null, 2) + '\n', { mode: 0o600 });
}

/** Keys added and removed since `before`, and kids whose key material changed. */
export function compareKeys(
  before: readonly StateKey[],
  after: readonly StateKey[],
): { added: StateKey[]; removed: StateKey[]; rekeyed: string[] } {
  const beforePrints = new Set(before.map((k) => k.thumbprint));
  const afterPrints = new Set(after.map((k) => k.thumbprint));
  const added = after.filter((k) => !beforePrints.has(k.thumbprint));
  const removed = before.filter((k) => !afterPrints.has(k.thumbprint));
  const rekeyed = added.filter((k) => k.kid !== undefined && removed.some((r) => r.kid === k.kid)).map((k) => k.kid as string);
  return { added, removed, rekeyed };
}

/**
 * `drift --live`: checks every issuer the manifests declare, at most `concurrency` at a time,
 * and keeps the key state file when one is given.
 */
import type { TrustManifest } from '../../manifest/types';
import { type DriftFinding, driftFinding, type IssuerCheck } from '../report';
import { checkIssuer } from './check-issuer';
import { mapBounded } from './pool';
import { type DriftState, type IssuerState, readState, writeState } from './state';
import { issuerTargets } from './targets';

/** Options of {@link runLiveDrift}. */
export interface LiveDriftOptions {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly concurrency: number;
  /** Key state file: read before, updated after. */
  readonly stateFile?: string;
  readonly now: Date;
  /** Receives progress lines (more issuers than `concurrency`). */
  readonly progress?: (line: string) => void;
}

/** Checks every issuer of `manifests`. Throws StateFileError for an unreadable state file. */
export async function runLiveDrift(
  manifests: readonly TrustManifest[],
  options: LiveDriftOptions,
): Promise<{ issuers: IssuerCheck[]; findings: DriftFinding[] }> {
  const state: DriftState | undefined = options.stateFile ? readState(options.stateFile) : undefined;
  const targets = issuerTargets(manifests);
  const report = targets.length > options.concurrency ? options.progress : undefined;
  let finished = 0;
  const outcomes = await mapBounded(targets, options.concurrency, async (target) => {
    const outcome = await checkIssuer(target, {
      limits: { timeoutMs: options.timeoutMs, maxBytes: options.maxBytes },
      trackKeys: state !== undefined,
      ...(state?.issuers.has(target.issuer) ? { previous: state.issuers.get(target.issuer)! } : {}),
      now: options.now,
    });
    finished++;
    report?.(`drift: [${finished}/${targets.length}] ${target.issuer} ${outcome.check.status} (${outcome.check.durationMs} ms)`);
    return outcome;
  });
  const findings = outcomes.flatMap((o) => o.findings);
  if (options.stateFile && state) {
    const issuers = new Map<string, IssuerState>(state.issuers);
    for (const o of outcomes) if (o.state) issuers.set(o.check.issuer, o.state);
    try {
      writeState(options.stateFile, { stateVersion: 1, issuers });
    } catch (err) {
      findings.push(driftFinding('state_write_failed', options.stateFile, `cannot write the state file: ${(err as Error).message}`));
    }
  }
  return { issuers: outcomes.map((o) => o.check), findings };
}

/**
 * The synth findings of a set of manifests, with the stack and manifest file they came from.
 */
import * as path from 'node:path';

import type { FindingRecord } from '../../manifest/types';
import type { LoadedManifest } from '../load-manifests';

/** A finding located in its manifest. */
export interface LocatedFinding extends FindingRecord {
  readonly stack: string;
  /** The manifest file it was read from. */
  readonly manifest: string;
}

/** Finding counts; only unsuppressed findings count as errors or warnings. */
export interface FindingSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly suppressed: number;
}

/** Every finding of `manifests`, in manifest order; manifest files relative to `cwd`. */
export function collectFindings(manifests: readonly LoadedManifest[], cwd: string): LocatedFinding[] {
  return manifests.flatMap(({ file, manifest }) => {
    const relative = path.relative(cwd, file).split(path.sep).join('/');
    return manifest.findings.map((f) => ({ ...f, stack: manifest.stack, manifest: relative }));
  });
}

/** Counts of `findings`. */
export function summarize(findings: readonly FindingRecord[]): FindingSummary {
  const open = findings.filter((f) => !f.suppressed);
  return {
    errors: open.filter((f) => f.severity === 'error').length,
    warnings: open.filter((f) => f.severity === 'warning').length,
    suppressed: findings.length - open.length,
  };
}

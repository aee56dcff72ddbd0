/**
 * Reads the manifests under a CLI path argument, turning read failures into {@link CliError}s.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { locateManifests, readManifest } from '../manifest/read';
import type { TrustManifest } from '../manifest/types';
import { plain } from '../util/escape';
import { CLI_ERROR_CODES, CliError } from './errors';
import type { CliIo } from './io';

/** A manifest and the file it came from. */
export interface LoadedManifest {
  readonly file: string;
  readonly manifest: TrustManifest;
}

/** `target` resolved against `cwd`; fails when it does not exist. */
export function existingPath(target: string, cwd: string, what: string): string {
  const resolved = path.resolve(cwd, target);
  if (!fs.existsSync(resolved)) throw new CliError(CLI_ERROR_CODES.NOT_FOUND, `${what} not found: ${target}`);
  return resolved;
}

/** Options of {@link loadManifests}. */
export interface LoadManifestsOptions {
  /** How the path is named in messages (`DIR`, `--base`). */
  readonly what?: string;
  /** Receives `note: ...` lines (which folder was read). */
  readonly note?: (line: string) => void;
}

/**
 * Every manifest under `target` (a manifest file, a stack folder, a `cdktf.out`, or a project
 * folder whose synth output is `cdktf.out` or the `output` of its `cdktf.json`). No manifest is
 * an error that names the folders looked in. The folder read is noted when it is not `target`.
 */
export function loadManifests(target: string, cwd: string, options: LoadManifestsOptions = {}): LoadedManifest[] {
  const what = options.what ?? 'DIR';
  const resolved = existingPath(target, cwd, what);
  const location = locateManifests(resolved);
  const shown = (p: string) => {
    const relative = path.relative(cwd, p);
    return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? p : relative.split(path.sep).join('/');
  };
  if (location.files.length === 0) {
    throw new CliError(
      CLI_ERROR_CODES.NO_MANIFESTS,
      `no external-oauth.json under ${what} ${target} (looked in ${[resolved, ...location.tried].map(shown).join(', ')}): run the synth first (npm start or cdktf synth), or pass the synth output folder (cdktf.out)`,
    );
  }
  // Said when the synth output was looked up in a project folder: which one was read.
  if (location.folder !== undefined && location.folder !== resolved && location.folder !== path.join(resolved, 'stacks'))
    options.note?.(`note: ${what} ${target}: read ${location.files.length} manifest(s) from ${shown(location.folder)}`);
  return location.files.map((file) => {
    try {
      return { file, manifest: readManifest(file) };
    } catch (err) {
      throw new CliError(CLI_ERROR_CODES.INVALID_MANIFEST, (err as Error).message);
    }
  });
}

/** A `note` sink that writes to stderr. */
export function noteTo(io: CliIo): (line: string) => void {
  return (line) => io.stderr.write(`${plain(line)}\n`);
}

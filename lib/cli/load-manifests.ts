/**
 * Reads the manifests under a CLI path argument, turning read failures into {@link CliError}s.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findManifestFiles, readManifest } from '../manifest/read';
import type { TrustManifest } from '../manifest/types';
import { CLI_ERROR_CODES, CliError } from './errors';

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

/**
 * Every manifest under `target` (a manifest file, a stack folder, a `cdktf.out`, or a project
 * folder holding `cdktf.out`). `allowEmpty`: no manifest is not an error (a base without any).
 */
export function loadManifests(target: string, cwd: string, options: { what?: string; allowEmpty?: boolean } = {}): LoadedManifest[] {
  const what = options.what ?? 'DIR';
  const resolved = existingPath(target, cwd, what);
  const files = findManifestFiles(resolved);
  if (files.length === 0 && !options.allowEmpty) {
    throw new CliError(CLI_ERROR_CODES.NO_MANIFESTS, `no external-oauth.json under ${target}: run the synth first (npm start or cdktf synth), or pass the cdktf.out folder`);
  }
  return files.map((file) => {
    try {
      return { file, manifest: readManifest(file) };
    } catch (err) {
      throw new CliError(CLI_ERROR_CODES.INVALID_MANIFEST, (err as Error).message);
    }
  });
}

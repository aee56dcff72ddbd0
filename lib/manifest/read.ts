/**
 * Reads trust manifests from a file, a stack folder or a whole `cdktf.out`. Pure: no cdktf.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

import { ExternalOAuthError } from '../util/error';
import { parseJsonText } from '../util/json';
import { VERSION } from '../version';
import { manifestProblems } from './schema-validation';
import { MANIFEST_FILE_NAME, MANIFEST_SCHEMA_VERSION, TrustManifest } from './types';

/** A manifest that could not be read or does not fit the schema. */
export class ManifestReadError extends ExternalOAuthError {
  declare public readonly code: 'EO_MANIFEST_INVALID';

  constructor(
    public readonly file: string,
    public readonly problems: string[],
  ) {
    super('EO_MANIFEST_INVALID', `${file}: not a valid external-oauth manifest:\n  ${problems.join('\n  ')}`);
  }
}

/** Deepest nesting a manifest may have (the schema itself needs about 8). */
export const MAX_MANIFEST_DEPTH = 64;

/** Parses and schema-checks manifest JSON text; every schema problem is listed. */
export function parseManifest(text: string, file = '<manifest>'): TrustManifest {
  let value: unknown;
  try {
    value = parseJsonText(text, { maxDepth: MAX_MANIFEST_DEPTH });
  } catch (err) {
    throw new ManifestReadError(file, [(err as Error).message]);
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, 'schemaVersion')) {
    const version = (value as { schemaVersion: unknown }).schemaVersion;
    if (version !== MANIFEST_SCHEMA_VERSION) {
      throw new ManifestReadError(file, [
        `/schemaVersion: ${JSON.stringify(version)} is not the schema version that cdktf-external-oauth ${VERSION} reads (${MANIFEST_SCHEMA_VERSION}): synthesize again with this version, or run the external-oauth CLI of the version that wrote the manifest`,
      ]);
    }
  }
  const problems = manifestProblems(value);
  if (problems.length > 0) throw new ManifestReadError(file, problems);
  return value as TrustManifest;
}

/** Reads one manifest file. */
export function readManifest(file: string): TrustManifest {
  return parseManifest(fs.readFileSync(file, 'utf8'), file);
}

/** Where the manifests of a folder were found, and the folders that were looked in. */
export interface ManifestLocation {
  /** The manifest files, sorted by path. */
  readonly files: string[];
  /** The folder (or file) they were read from; undefined when none were found. */
  readonly folder?: string;
  /** Every folder looked in, in order. */
  readonly tried: string[];
}

/** The `output` folder of `<dir>/cdktf.json` when it declares one. */
function cdktfOutput(dir: string): string | undefined {
  const config = path.join(dir, 'cdktf.json');
  if (!fs.existsSync(config)) return undefined;
  try {
    const value = parseJsonText(fs.readFileSync(config, 'utf8'), { maxDepth: MAX_MANIFEST_DEPTH }) as { output?: unknown } | null;
    const output = value !== null && typeof value === 'object' && Object.hasOwn(value, 'output') ? value.output : undefined;
    return typeof output === 'string' && output.length > 0 ? output : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Finds the manifests under `target`: the file itself, `<dir>/external-oauth.json`, the synth
 * output of a project folder (`<dir>/<cdktf.json output>/stacks`, then `<dir>/cdktf.out/stacks`),
 * and last `<dir>/stacks` (a `cdktf.out` folder itself). A project's own `stacks/` source folder
 * holds no manifests, so the synth output is looked in first.
 */
export function locateManifests(target: string): ManifestLocation {
  const stat = fs.statSync(target);
  if (stat.isFile()) return { files: [target], folder: target, tried: [target] };
  const direct = path.join(target, MANIFEST_FILE_NAME);
  if (fs.existsSync(direct)) return { files: [direct], folder: target, tried: [target] };
  const output = cdktfOutput(target);
  const candidates = [
    ...(output ? [path.resolve(target, output, 'stacks')] : []),
    path.join(target, 'cdktf.out', 'stacks'),
    path.join(target, 'stacks'),
  ];
  const tried: string[] = [];
  for (const stacksDir of [...new Set(candidates)]) {
    tried.push(stacksDir);
    if (!fs.existsSync(stacksDir) || !fs.statSync(stacksDir).isDirectory()) continue;
    const files = fs
      .readdirSync(stacksDir)
      .map((name) => path.join(stacksDir, name, MANIFEST_FILE_NAME))
      .filter((file) => fs.existsSync(file))
      .sort();
    if (files.length > 0) return { files, folder: stacksDir, tried };
  }
  return { files: [], tried };
}

/** The manifest files under `target` (see {@link locateManifests}), sorted by path. */
export function findManifestFiles(target: string): string[] {
  return locateManifests(target).files;
}

/** Reads every manifest under `target` (see {@link locateManifests}). */
export function readManifests(target: string): TrustManifest[] {
  return findManifestFiles(target).map(readManifest);
}

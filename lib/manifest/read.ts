/**
 * Reads trust manifests from a file, a stack folder or a whole `cdktf.out`. Pure: no cdktf.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { manifestProblems } from './schema-validation';
import { MANIFEST_FILE_NAME, TrustManifest } from './types';

/** A manifest that could not be read or does not fit the schema. */
export class ManifestReadError extends Error {
  constructor(
    public readonly file: string,
    public readonly problems: string[],
  ) {
    super(`${file}: not a valid external-oauth manifest:\n  ${problems.join('\n  ')}`);
    this.name = 'ManifestReadError';
  }
}

/** Parses and schema-checks manifest JSON text. */
export function parseManifest(text: string, file = '<manifest>'): TrustManifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ManifestReadError(file, [`invalid JSON: ${(err as Error).message}`]);
  }
  const problems = manifestProblems(value);
  if (problems.length > 0) throw new ManifestReadError(file, problems);
  return value as TrustManifest;
}

/** Reads one manifest file. */
export function readManifest(file: string): TrustManifest {
  return parseManifest(fs.readFileSync(file, 'utf8'), file);
}

/**
 * The manifest files under `target`: the file itself, `<dir>/external-oauth.json`, or every
 * `stacks/<name>/external-oauth.json` of a `cdktf.out` folder (or of `<dir>/cdktf.out`),
 * sorted by path.
 */
export function findManifestFiles(target: string): string[] {
  const stat = fs.statSync(target);
  if (stat.isFile()) return [target];
  const direct = path.join(target, MANIFEST_FILE_NAME);
  if (fs.existsSync(direct)) return [direct];
  for (const stacksDir of [path.join(target, 'stacks'), path.join(target, 'cdktf.out', 'stacks')]) {
    if (!fs.existsSync(stacksDir)) continue;
    return fs
      .readdirSync(stacksDir)
      .map((name) => path.join(stacksDir, name, MANIFEST_FILE_NAME))
      .filter((file) => fs.existsSync(file))
      .sort();
  }
  return [];
}

/** Reads every manifest under `target` (see {@link findManifestFiles}). */
export function readManifests(target: string): TrustManifest[] {
  return findManifestFiles(target).map(readManifest);
}

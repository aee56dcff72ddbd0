/**
 * Finds validation profiles in the JSON of a profiles file: a trust manifest, a
 * `terraform output -json` document, or a `cdktf deploy --outputs-file` document
 * (one entry per stack). Returns raw values; {@link checkProfiles} validates them.
 */
import * as fs from 'node:fs';

import { ManifestReadError, parseManifest } from '../manifest/read';
import { PROFILES_OUTPUT_ID } from '../manifest/types';
import { ValidatorConfigError } from './config-error';

/** Raw profile values and where they came from (for messages). */
export interface ProfileSource {
  readonly file: string;
  /** `manifest`, `terraform-output` or `cdktf-outputs`. */
  readonly shape: 'manifest' | 'terraform-output' | 'cdktf-outputs' | 'profile-list';
  readonly profiles: unknown[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads `file` and extracts its profiles. */
export function readProfileSource(file: string): ProfileSource {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    throw new ValidatorConfigError(
      'EO_PROFILES_FILE_UNREADABLE',
      `${file}: cannot read profiles file (${(err as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  return parseProfileSource(text, file);
}

/** Extracts profiles from the text of a profiles file. */
export function parseProfileSource(text: string, file = '<profiles>'): ProfileSource {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ValidatorConfigError('EO_PROFILES_FILE_INVALID', `${file}: not JSON (${(err as Error).message})`);
  }
  if (Array.isArray(value)) return { file, shape: 'profile-list', profiles: value };
  if (!isObject(value)) throw notFound(file);
  if ('schemaVersion' in value) {
    try {
      return { file, shape: 'manifest', profiles: [...parseManifest(text, file).profiles] };
    } catch (err) {
      if (err instanceof ManifestReadError) throw new ValidatorConfigError('EO_PROFILES_FILE_INVALID', err.message);
      throw err;
    }
  }
  if (PROFILES_OUTPUT_ID in value) {
    return { file, shape: 'terraform-output', profiles: outputValue(value[PROFILES_OUTPUT_ID], file, PROFILES_OUTPUT_ID) };
  }
  const profiles: unknown[] = [];
  let stacks = 0;
  for (const [stack, outputs] of Object.entries(value)) {
    if (isObject(outputs) && PROFILES_OUTPUT_ID in outputs) {
      stacks++;
      profiles.push(...outputValue(outputs[PROFILES_OUTPUT_ID], file, `${stack}.${PROFILES_OUTPUT_ID}`));
    }
  }
  if (stacks === 0) throw notFound(file);
  return { file, shape: 'cdktf-outputs', profiles };
}

/** The list inside an output: `[...]`, `{ "value": [...] }`, or either as a JSON string. */
function outputValue(output: unknown, file: string, where: string): unknown[] {
  let v = isObject(output) && 'value' in output ? output.value : output;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      // reported below
    }
  }
  if (!Array.isArray(v)) {
    throw new ValidatorConfigError('EO_PROFILES_FILE_INVALID', `${file}: ${where} must be a list of validation profiles`);
  }
  return v;
}

function notFound(file: string): ValidatorConfigError {
  return new ValidatorConfigError(
    'EO_PROFILES_NOT_FOUND',
    `${file}: no validation profiles found. Pass a manifest (cdktf.out/stacks/<stack>/external-oauth.json), ` +
      `\`terraform output -json\`, or the file written by \`cdktf deploy --outputs-file\` (output "${PROFILES_OUTPUT_ID}")`,
  );
}

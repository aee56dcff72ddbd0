/**
 * Ajv validators for the manifest and profile schemas, compiled once on first use.
 * Pure: no cdktf import.
 */
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';

import { MANIFEST_SCHEMA, PROFILE_SCHEMA } from './schema';
import type { TrustManifest, ValidationProfile } from './types';

let compiled: { manifest: ValidateFunction; profile: ValidateFunction } | undefined;

function validators(): { manifest: ValidateFunction; profile: ValidateFunction } {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema(PROFILE_SCHEMA);
    compiled = { profile: ajv.getSchema(PROFILE_SCHEMA.$id)!, manifest: ajv.compile(MANIFEST_SCHEMA) };
  }
  return compiled;
}

/** A schema violation, as `<json pointer>: <message>`. */
export type SchemaProblem = string;

function describe(errors: ErrorObject[] | null | undefined): SchemaProblem[] {
  return (errors ?? []).map((e) => {
    const where = e.instancePath || '/';
    const extra =
      e.keyword === 'additionalProperties' ? ` (${String((e.params as { additionalProperty?: string }).additionalProperty)})` : '';
    return `${where}: ${e.message ?? e.keyword}${extra}`;
  });
}

/** Problems of `value` as a manifest; empty when valid. */
export function manifestProblems(value: unknown): SchemaProblem[] {
  const v = validators().manifest;
  return v(value) ? [] : describe(v.errors);
}

/** Problems of `value` as a validation profile; empty when valid. */
export function profileProblems(value: unknown): SchemaProblem[] {
  const v = validators().profile;
  return v(value) ? [] : describe(v.errors);
}

/** Type guard over {@link manifestProblems}. */
export function isTrustManifest(value: unknown): value is TrustManifest {
  return manifestProblems(value).length === 0;
}

/** Type guard over {@link profileProblems}. */
export function isValidationProfile(value: unknown): value is ValidationProfile {
  return profileProblems(value).length === 0;
}

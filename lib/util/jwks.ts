/**
 * Reading a JWK Set document (RFC 7517 section 5): one reader for the validator, drift and the
 * simulation. The document is data from a remote host: only its own `keys` member is read.
 * Pure: no cdktf, no Node built-ins.
 * @see https://www.rfc-editor.org/rfc/rfc7517#section-5
 */

/** A JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The entries of a JWK Set's `keys` array as they stand; `undefined` when `doc` is not an object with an own `keys` array. */
export function jwkSetEntries(doc: unknown): readonly unknown[] | undefined {
  if (!isJsonObject(doc) || !Object.hasOwn(doc, 'keys')) return undefined;
  const keys = doc.keys;
  return Array.isArray(keys) ? keys : undefined;
}

/** The JWKs of a JWK Set (entries that are not JSON objects are dropped); `undefined` when `doc` is not a JWK Set. */
export function jwkSetKeys(doc: unknown): Record<string, unknown>[] | undefined {
  return jwkSetEntries(doc)?.filter(isJsonObject);
}

/**
 * Helpers shared by the Entra constructs: name-based UUIDs, construct ids derived from names,
 * Entra endpoint strings and value rules. Not exported from the package.
 */
import { createHash } from 'node:crypto';

import { IConstruct } from 'constructs';

import { CONFIG_ERROR_CODES } from '../core/errors';
import { fail, isUnresolved } from '../core/validate';

/** RFC 4122 URL namespace; names are `cdktf-external-oauth:entra:<path>:<kind>:<value>`. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * A version-5 (SHA-1, name-based) UUID: the same name always gives the same UUID, so scope and
 * app-role ids never change between synths.
 * @see https://www.rfc-editor.org/rfc/rfc9562#section-5.5
 */
export function uuidV5(name: string, namespace: string = URL_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const hash = createHash('sha1').update(ns).update(name, 'utf8').digest();
  const b = hash.subarray(0, 16);
  b[6] = (b[6] & 0x0f) | 0x50;
  b[8] = (b[8] & 0x3f) | 0x80;
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The stable id of a scope or app role of the API at `apiPath`. */
export function permissionId(apiPath: string, kind: 'scope' | 'app-role', value: string): string {
  return uuidV5(`cdktf-external-oauth:entra:${apiPath}:${kind}:${value}`);
}

/**
 * A construct id derived from a name, so that Terraform logical ids follow names and not
 * declaration order. Names with characters outside `[A-Za-z0-9_-]` get a short hash suffix.
 */
export function childId(prefix: string, name: string): string {
  const safe = name.replace(/[^A-Za-z0-9_-]/g, '_');
  if (safe === name) return `${prefix}_${name}`;
  return `${prefix}_${safe}_${createHash('sha256').update(name).digest('hex').slice(0, 6)}`;
}

/** A GUID in its canonical 8-4-4-4-12 hex form. */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Entra's multi-tenant pseudo tenants: they never appear in `iss`. */
export const MULTI_TENANT_IDS = ['common', 'organizations', 'consumers'] as const;

/**
 * A tenant id: a GUID (or an unresolved token). `common`, `organizations`, `consumers` and domain
 * names are rejected: the `iss` of a token always carries the tenant GUID.
 */
export function requireTenantId(scope: IConstruct, field: string, value: string): void {
  if (isUnresolved(value)) return;
  if ((MULTI_TENANT_IDS as readonly string[]).includes(value.trim().toLowerCase())) {
    fail(
      scope,
      CONFIG_ERROR_CODES.INVALID_VALUE,
      field,
      value,
      'must be a tenant GUID, not a multi-tenant endpoint (common, organizations, consumers): tokens carry the tenant GUID in iss, and Entra signing keys are shared by all tenants',
    );
  }
  if (!GUID_PATTERN.test(value)) {
    fail(
      scope,
      CONFIG_ERROR_CODES.INVALID_VALUE,
      field,
      value,
      'must be the tenant GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx), not a domain name: tokens carry the GUID in iss',
    );
  }
}

/**
 * A scope or app-role value as Entra accepts it: 1 to 120 characters from
 * `A-Z a-z 0-9 ! # $ % & ' ( ) * + , - . / : ; = ? @ [ ] ^ _ { } ~`, not starting with `.`.
 * @see https://learn.microsoft.com/en-us/graph/api/resources/permissionscope
 */
export function requirePermissionValue(scope: IConstruct, field: string, value: string): void {
  if (isUnresolved(value))
    fail(
      scope,
      CONFIG_ERROR_CODES.INVALID_VALUE,
      field,
      value,
      'must be a literal string, not a Terraform token (grants are checked against it at synth)',
    );
  if (value.length < 1 || value.length > 120)
    fail(scope, CONFIG_ERROR_CODES.OUT_OF_RANGE, field, value, 'must be between 1 and 120 characters');
  if (!/^[A-Za-z0-9!#$%&'()*+,\-./:;=?@[\]^_{}~]+$/.test(value) || value.startsWith('.')) {
    fail(
      scope,
      CONFIG_ERROR_CODES.INVALID_VALUE,
      field,
      value,
      "must use only letters, digits and ! # $ % & ' ( ) * + , - . / : ; = ? @ [ ] ^ _ { } ~ (no spaces) and must not start with '.'",
    );
  }
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Milliseconds since the epoch of a literal RFC 3339 date-time. */
export function requireRfc3339(scope: IConstruct, field: string, value: string): number {
  if (isUnresolved(value))
    fail(
      scope,
      CONFIG_ERROR_CODES.INVALID_VALUE,
      field,
      value,
      'must be a literal RFC 3339 date-time (its lifetime is checked at synth), not a Terraform token',
    );
  const ms = Date.parse(value);
  if (!RFC3339.test(value) || Number.isNaN(ms))
    fail(scope, CONFIG_ERROR_CODES.INVALID_VALUE, field, value, 'must be an RFC 3339 date-time such as 2027-05-01T00:00:00Z');
  return ms;
}

/** An RFC 3339 UTC date-time without milliseconds, e.g. `2027-05-01T00:00:00Z`. */
export function toRfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The Microsoft Entra login host. */
export const LOGIN_HOST = 'https://login.microsoftonline.com';

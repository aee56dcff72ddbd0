/**
 * Construct-time value rules. Each helper throws {@link ExternalOAuthConfigError} naming the
 * construct path, the field, the value and the rule. Values that are unresolved Terraform
 * tokens are skipped: they are checked by synth-time rules or at apply, never guessed.
 */
import { IConstruct } from 'constructs';

import { Token } from '../framework';
import { isLoopbackHost } from '../util/values';
import { Duration } from './duration';
import { CONFIG_ERROR_CODES, ConfigErrorCode, ExternalOAuthConfigError } from './errors';
import type { IClient, IIssuer } from './interfaces';

/** True when a value (or any string inside it) is an unresolved Terraform token. */
export function isUnresolved(value: unknown): boolean {
  if (typeof value === 'string' || typeof value === 'number') return Token.isUnresolved(value);
  if (Array.isArray(value)) return Token.isUnresolved(value) || value.some(isUnresolved);
  return false;
}

/** Throws a configuration error for `scope`. */
export function fail(scope: IConstruct, code: ConfigErrorCode, field: string, value: unknown, rule: string): never {
  throw new ExternalOAuthConfigError(code, { path: scope.node.path, field, value, rule });
}

/**
 * Refuses a client that obtains its tokens from another issuer than the trust's, or that the
 * trust lists already (the trusts that list clients: Snowflake, Redshift, Databricks).
 */
export function requireNewClientOf(scope: IConstruct, issuer: IIssuer, listed: readonly IClient[], client: IClient, field: string): void {
  if (client.issuer !== issuer) {
    fail(
      scope,
      CONFIG_ERROR_CODES.INVALID_VALUE,
      field,
      client.node.path,
      `must be a client of issuer ${issuer.node.path} (it obtains tokens from ${client.issuer.node.path})`,
    );
  }
  if (listed.includes(client)) fail(scope, CONFIG_ERROR_CODES.DUPLICATE_NAME, field, client.node.path, 'is already declared');
}

/** Options for {@link requireSecureUrl}. */
export interface SecureUrlOptions {
  /** Accept `http://` for loopback hosts. @default true */
  readonly allowLoopbackHttp?: boolean;
  /** Accept custom schemes such as `com.example.app:/callback` (native apps). @default false */
  readonly allowCustomScheme?: boolean;
}

/**
 * An absolute https URL without credentials or fragment; http only for loopback hosts.
 * Unresolved tokens are skipped.
 */
export function requireSecureUrl(scope: IConstruct, field: string, value: string, options: SecureUrlOptions = {}): void {
  if (isUnresolved(value)) return;
  const allowLoopbackHttp = options.allowLoopbackHttp ?? true;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail(scope, CONFIG_ERROR_CODES.INVALID_URL, field, value, 'must be an absolute URL');
  }
  if (url.username || url.password) {
    fail(scope, CONFIG_ERROR_CODES.INVALID_URL, field, value, 'must not carry credentials');
  }
  if (url.hash) {
    fail(scope, CONFIG_ERROR_CODES.INVALID_URL, field, value, 'must not have a fragment (#...)');
  }
  if (url.protocol === 'https:') return;
  if (url.protocol === 'http:') {
    if (allowLoopbackHttp && isLoopbackHost(url.hostname)) return;
    fail(scope, CONFIG_ERROR_CODES.INVALID_URL, field, value, 'must use https (http is accepted only for loopback hosts)');
  }
  if (options.allowCustomScheme && /^[a-z][a-z0-9+.-]*\.[a-z0-9+.-]+:$/.test(url.protocol)) return;
  fail(scope, CONFIG_ERROR_CODES.INVALID_URL, field, value, 'must use https (http is accepted only for loopback hosts)');
}

/** A redirect or sign-out URI: secure (see {@link requireSecureUrl}) and without `*`. */
export function requireRedirectUri(scope: IConstruct, field: string, value: string, options: SecureUrlOptions = {}): void {
  if (isUnresolved(value)) return;
  if (value.includes('*')) {
    fail(scope, CONFIG_ERROR_CODES.WILDCARD_URI, field, value, 'must be an exact URI without wildcards (*)');
  }
  requireSecureUrl(scope, field, value, options);
}

/** A non-empty string (an unresolved token counts as present). */
export function requireText(scope: IConstruct, field: string, value: string | undefined): asserts value is string {
  if (value === undefined || (!isUnresolved(value) && value.trim().length === 0)) {
    fail(scope, CONFIG_ERROR_CODES.MISSING_VALUE, field, value, 'is required and must not be empty');
  }
}

/** A list with at least one entry. An unresolved list token is accepted. */
export function requireNonEmpty<T>(scope: IConstruct, field: string, value: readonly T[] | undefined): void {
  if (value !== undefined && isUnresolved(value as unknown)) return;
  if (!value || value.length === 0) {
    fail(scope, CONFIG_ERROR_CODES.EMPTY_LIST, field, value ?? [], 'must hold at least one value');
  }
}

/** A number within [min, max] (inclusive); unresolved tokens are skipped. */
export function requireInRange(scope: IConstruct, field: string, value: number, min: number, max: number, unit = ''): void {
  if (isUnresolved(value)) return;
  if (!Number.isFinite(value) || value < min || value > max) {
    const u = unit ? ` ${unit}` : '';
    fail(scope, CONFIG_ERROR_CODES.OUT_OF_RANGE, field, value, `must be between ${min}${u} and ${max}${u}`);
  }
}

/** A duration of whole minutes within [min, max] minutes. */
export function requireMinutesInRange(scope: IConstruct, field: string, value: Duration, min: number, max: number): number {
  let minutes: number;
  try {
    minutes = value.toMinutes();
  } catch {
    fail(scope, CONFIG_ERROR_CODES.OUT_OF_RANGE, field, value.toString(), 'must be a whole number of minutes');
  }
  if (minutes < min || minutes > max) {
    fail(scope, CONFIG_ERROR_CODES.OUT_OF_RANGE, field, value.toString(), `must be between ${min} and ${max} minutes`);
  }
  return minutes;
}

/** A string matching `pattern`; `rule` says the pattern in words. Unresolved tokens are skipped. */
export function requirePattern(
  scope: IConstruct,
  field: string,
  value: string,
  pattern: RegExp,
  rule: string,
  code: ConfigErrorCode = CONFIG_ERROR_CODES.INVALID_VALUE,
): void {
  if (isUnresolved(value)) return;
  if (!pattern.test(value)) fail(scope, code, field, value, rule);
}

/** One of `allowed`. */
export function requireOneOf<T extends string>(scope: IConstruct, field: string, value: string, allowed: readonly T[]): asserts value is T {
  if (!(allowed as readonly string[]).includes(value)) {
    fail(scope, CONFIG_ERROR_CODES.INVALID_VALUE, field, value, `must be one of ${allowed.join(', ')}`);
  }
}

/** No value twice in `values` (resolved values only). */
export function requireUnique(scope: IConstruct, field: string, values: readonly string[]): void {
  const seen = new Set<string>();
  for (const v of values) {
    if (isUnresolved(v)) continue;
    if (seen.has(v)) fail(scope, CONFIG_ERROR_CODES.DUPLICATE_NAME, field, v, 'must not list the same value twice');
    seen.add(v);
  }
}

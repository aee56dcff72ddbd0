/**
 * Load-time rules for validation profiles: no unresolved Terraform values, the shared
 * profile schema, a safe JWKS URL, no multi-tenant issuer, unique names and (issuer, clientId).
 */
import { APP_TOKEN_RULE_KINDS } from '../manifest/schema';
import { profileProblems } from '../manifest/schema-validation';
import type { ValidationProfile } from '../manifest/types';
import { isLoopbackHost } from '../util/values';
import { ValidatorConfigError } from './config-error';

const UNRESOLVED = /\$\{/;
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MULTI_TENANT_SEGMENTS = new Set(['common', 'organizations', 'consumers', '{tenantid}', '{tenant}', '%7btenantid%7d']);

/** Paths (`/issuer`, `/audiences/0`) of string values that are unresolved Terraform expressions. */
export function unresolvedPaths(value: unknown, at = ''): string[] {
  if (typeof value === 'string') return UNRESOLVED.test(value) ? [at || '/'] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => unresolvedPaths(v, `${at}/${i}`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => unresolvedPaths(v, `${at}/${k}`));
  }
  return [];
}

/** The tenant id of an Entra issuer (`https://sts.windows.net/<tid>/`, `https://login.microsoftonline.com/<tid>/v2.0`). */
export function entraTenantOf(issuer: string): string | undefined {
  try {
    const segment = new URL(issuer).pathname.split('/')[1] ?? '';
    return GUID.test(segment) ? segment : undefined;
  } catch {
    return undefined;
  }
}

function label(raw: unknown, index: number): string {
  const name = typeof raw === 'object' && raw !== null ? (raw as { name?: unknown }).name : undefined;
  return typeof name === 'string' && !UNRESOLVED.test(name) ? `profile "${name}"` : `profile #${index}`;
}

function checkJwksUrl(p: ValidationProfile, where: string): void {
  let url: URL;
  try {
    url = new URL(p.jwksUrl);
  } catch {
    throw new ValidatorConfigError('EO_PROFILE_INVALID', `${where}: jwksUrl is not an absolute URL`);
  }
  const httpsOrLoopback = url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname));
  if (!httpsOrLoopback || url.username || url.password) {
    throw new ValidatorConfigError(
      'EO_PROFILE_INSECURE_JWKS_URL',
      `${where}: jwksUrl must be https without credentials (http only for localhost, 127.0.0.0/8, [::1]); got ${url.protocol}//${url.hostname}`,
    );
  }
}

function checkIssuer(p: ValidationProfile, where: string): void {
  let segments: string[] = [];
  try {
    segments = new URL(p.issuer).pathname.toLowerCase().split('/');
  } catch {
    // a non-URL issuer is legal (RFC 7519 StringOrURI); only multi-tenant markers are refused
  }
  if (segments.some((s) => MULTI_TENANT_SEGMENTS.has(s)) || p.issuer.toLowerCase().includes('{tenantid}')) {
    throw new ValidatorConfigError(
      'EO_PROFILE_UNTRUSTED_ISSUER',
      `${where}: multi-tenant issuers (common, organizations, consumers, {tenantid}) are never trusted; use the tenant's own issuer`,
    );
  }
  if (p.issuerKind === 'entra' && entraTenantOf(p.issuer) === undefined) {
    throw new ValidatorConfigError(
      'EO_PROFILE_UNTRUSTED_ISSUER',
      `${where}: an entra issuer must name its tenant id (https://sts.windows.net/<tenant-id>/ or https://login.microsoftonline.com/<tenant-id>/v2.0)`,
    );
  }
}

function checkTokenRules(p: ValidationProfile, where: string): void {
  if (p.appTokenRule !== undefined && !(APP_TOKEN_RULE_KINDS as readonly string[]).includes(p.issuerKind)) {
    throw new ValidatorConfigError(
      'EO_PROFILE_INVALID',
      `${where}: appTokenRule is only for issuerKind ${APP_TOKEN_RULE_KINDS.join(' or ')}; issuerKind "${p.issuerKind}" has a fixed app-token rule`,
    );
  }
  if (p.requireIssuedAt === false && p.tokenProfile === 'rfc9068') {
    throw new ValidatorConfigError(
      'EO_PROFILE_INVALID',
      `${where}: requireIssuedAt false contradicts tokenProfile "rfc9068", which requires iat (RFC 9068 section 2.2)`,
    );
  }
}

/**
 * Checks raw profiles (in order: unresolved values, schema, JWKS URL, issuer, uniqueness)
 * and returns them typed. Throws {@link ValidatorConfigError}.
 */
export function checkProfiles(raw: readonly unknown[], file?: string): ValidationProfile[] {
  const prefix = file ? `${file}: ` : '';
  if (raw.length === 0) throw new ValidatorConfigError('EO_PROFILES_NOT_FOUND', `${prefix}the profile list is empty`);
  const names = new Set<string>();
  const pairs = new Set<string>();
  return raw.map((value, i) => {
    const where = `${prefix}${label(value, i)}`;
    const unresolved = unresolvedPaths(value);
    if (unresolved.length > 0) {
      throw new ValidatorConfigError(
        'EO_PROFILE_UNRESOLVED',
        `${where} has values known only after deployment (${unresolved.join(', ')}). Deploy the stack first, then pass the outputs: ` +
          '`cdktf deploy --outputs-file outputs.json` (or `terraform output -json > outputs.json`) and use --profiles outputs.json',
      );
    }
    const problems = profileProblems(value);
    if (problems.length > 0)
      throw new ValidatorConfigError('EO_PROFILE_INVALID', `${where} is not a valid validation profile:\n  ${problems.join('\n  ')}`);
    const p = value as ValidationProfile;
    checkJwksUrl(p, where);
    checkIssuer(p, where);
    checkTokenRules(p, where);
    if (names.has(p.name)) throw new ValidatorConfigError('EO_PROFILE_DUPLICATE', `${where}: two profiles are named "${p.name}"`);
    const pair = JSON.stringify([p.issuer, p.clientId]);
    if (pairs.has(pair))
      throw new ValidatorConfigError(
        'EO_PROFILE_DUPLICATE',
        `${where}: another profile already serves issuer ${p.issuer} and client ${p.clientId}`,
      );
    names.add(p.name);
    pairs.add(pair);
    return p;
  });
}

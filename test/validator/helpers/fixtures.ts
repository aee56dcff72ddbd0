/**
 * Profiles, frozen clock, claims and validators for unit tests. JWKS are served through an
 * injected `fetch` (no sockets) unless a test starts its own loopback server.
 */
import type { ValidationProfile } from '../../../lib/manifest/types';
import { TokenValidator, TokenValidatorOptions, ValidatorEvent } from '../../../lib/validator';
import { rsaKey, signJwt, TestKey } from './keys';

/** The frozen "now" of unit tests, in seconds. */
export const NOW = 1_800_000_000;
/** The frozen clock (milliseconds). */
export const clock = (): number => NOW * 1000;

export const ISSUER = 'https://idp.example.test/oauth2/default';
export const JWKS_URL = 'https://idp.example.test/oauth2/default/v1/keys';
export const AUDIENCE = 'api://orders';
export const CLIENT_ID = 'orders-client';

/** A generic profile serving machine and user tokens. */
export function profile(overrides: Partial<ValidationProfile> = {}): ValidationProfile {
  return {
    name: 'orders',
    clientId: CLIENT_ID,
    issuer: ISSUER,
    audiences: [AUDIENCE],
    jwksUrl: JWKS_URL,
    machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'Server Admin' },
    userFlow: { enabled: true, usernameClaim: 'preferred_username' },
    issuerKind: 'generic',
    ...overrides,
  };
}

/** Claims of an app token accepted by {@link profile}. */
export function appClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    iss: ISSUER,
    aud: AUDIENCE,
    sub: CLIENT_ID,
    client_id: CLIENT_ID,
    iat: NOW - 10,
    exp: NOW + 600,
    jti: 'jti-app-1',
    scope: 'orders:read',
    ...overrides,
  };
}

/** Claims of a user token accepted by {@link profile}. */
export function userClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    iss: ISSUER,
    aud: AUDIENCE,
    sub: 'u-123',
    client_id: CLIENT_ID,
    preferred_username: 'Alice@Example.test',
    iat: NOW - 10,
    exp: NOW + 600,
    jti: 'jti-user-1',
    scope: 'orders:read orders:write',
    ...overrides,
  };
}

/** A JSON response as `fetch` returns it. */
export function jsonResponse(body: unknown, init: { status?: number; contentType?: string } = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'content-type': init.contentType ?? 'application/json' },
  });
}

/** An injected fetch serving `jwks()` and counting calls. */
export function jwksFetch(jwks: () => unknown): TokenValidatorOptions['fetch'] & { calls: number } {
  const f = (async () => {
    f.calls++;
    return jsonResponse(jwks());
  }) as unknown as TokenValidatorOptions['fetch'] & { calls: number };
  f.calls = 0;
  return f;
}

/** A validator over `profiles` whose JWKS holds `keys`, with the frozen clock and an event log. */
export function validatorFor(
  keys: readonly TestKey[] = [rsaKey()],
  options: TokenValidatorOptions = {},
  profiles: ValidationProfile[] = [profile()],
): { validator: TokenValidator; events: ValidatorEvent[]; fetch: { calls: number } } {
  const events: ValidatorEvent[] = [];
  const fetch = jwksFetch(() => ({ keys: keys.map((k) => k.jwk) }));
  const validator = new TokenValidator(profiles, { clock, fetch, onEvent: (e) => events.push(e), ...options });
  return { validator, events, fetch };
}

/** The code a validation rejects with, or `accepted`. */
export async function verdict(validator: TokenValidator, token: string): Promise<string> {
  try {
    await validator.validate(token);
    return 'accepted';
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (!code) throw err;
    return code;
  }
}

/** Signs `claims` with the default RSA key. */
export function token(
  claims: Record<string, unknown> = appClaims(),
  header: Record<string, unknown> = {},
  key: TestKey = rsaKey(),
): string {
  return signJwt(claims, key, header);
}

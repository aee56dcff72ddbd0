/**
 * What the validator benchmark scripts share: the issuer their tokens come from, the validation
 * profile those tokens satisfy, token minting, and the load-average line each script prints.
 */
import { createPublicKey, generateKeyPairSync, KeyObject, sign } from 'node:crypto';
import * as os from 'node:os';

import type { ValidationProfile } from '../lib/manifest/types';

export const ISSUER = 'https://idp.bench.test/oauth2/default';
export const AUDIENCE = 'api://bench';
export const CLIENT = 'bench-client';
export const JWKS_URL = `${ISSUER}/v1/keys`;

export type BenchAlgorithm = 'RS256' | 'ES256';

/** One fresh signing key's public half and tokens it signed. */
export interface MintedTokens {
  readonly alg: BenchAlgorithm;
  /** The public key as its JWKS publishes it (`kid` `<alg>-key`). */
  readonly jwk: Record<string, unknown>;
  /** The public key imported from that JWK, as the validator imports it. */
  readonly publicKey: KeyObject;
  /** The public key as SPKI PEM (fast-jwt takes it so). */
  readonly pem: string;
  /** `iat` of every token, in seconds. */
  readonly now: number;
  readonly tokens: string[];
}

const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

/**
 * `count` client-credentials access tokens (RFC 9068 shape, valid for an hour, distinct `jti`)
 * signed by a new RSA 2048 or P-256 key. Each token is a flat string, as one read from a request
 * header is (a concatenation would stay a rope and cost the first reader its flattening).
 */
export function mintTokens(alg: BenchAlgorithm, count: number, claims: { scope?: string; jtiPrefix?: string } = {}): MintedTokens {
  const { privateKey, publicKey } =
    alg === 'RS256' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: `${alg}-key`, use: 'sig', alg };
  const now = Math.floor(Date.now() / 1000);
  const header = b64({ alg, kid: jwk.kid, typ: 'at+jwt' });
  const scope = claims.scope ?? 'orders:read orders:write';
  const jtiPrefix = claims.jtiPrefix ?? `jti-${alg}-`;
  const tokens = Array.from({ length: count }, (_, i) => {
    const input = `${header}.${b64({ iss: ISSUER, aud: AUDIENCE, sub: CLIENT, client_id: CLIENT, scope, jti: `${jtiPrefix}${i}`, iat: now, exp: now + 3600 })}`;
    const sig =
      alg === 'RS256'
        ? sign('sha256', Buffer.from(input), privateKey)
        : sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
    return Buffer.from(`${input}.${sig.toString('base64url')}`, 'latin1').toString('latin1');
  });
  return {
    alg,
    jwk,
    publicKey: createPublicKey({ key: jwk as never, format: 'jwk' }),
    pem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
    now,
    tokens,
  };
}

/** The profile the minted tokens satisfy: a generic issuer, machine flow on `client_id`. */
export function benchProfile(jwksUrl: string = JWKS_URL): ValidationProfile {
  return {
    name: 'bench',
    clientId: CLIENT,
    issuer: ISSUER,
    audiences: [AUDIENCE],
    jwksUrl,
    issuerKind: 'generic',
    machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'Server Admin' },
    userFlow: { enabled: false },
  };
}

/** The 1, 5 and 15 minute load averages, two decimals each. */
export const loadAverage = (): string =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');

/** Runs a script's `main`, printing a failure and setting the exit code instead of throwing. */
export function runMain(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}

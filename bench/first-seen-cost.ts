/**
 * Per-token cost of one contender on first-seen tokens, for profilers and instruction counters:
 *
 *   node --import tsx bench/first-seen-cost.ts MODE [ALG] [TOKENS] [PASSES]
 *   valgrind --tool=callgrind node --import tsx bench/first-seen-cost.ts MODE RS256 2000 1
 *   node --cpu-prof --import tsx bench/first-seen-cost.ts validator RS256 2000 40
 *
 * MODE: raw (crypto.verify on bytes prepared in advance), validator (validate(), awaited, a fresh
 * validator per pass), fastjwt (fast-jwt, cache off), setup (everything but the timed loop: run
 * it with the same arguments and subtract its count). Prints ns per token (wall clock).
 */
import { createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createVerifier } from 'fast-jwt';
import type { ValidationProfile } from '../lib/manifest/types';
import { TokenValidator } from '../lib/validator';

const [mode = 'validator', alg = 'RS256', tokensArg = '2000', passesArg = '1'] = process.argv.slice(2);
const TOKENS = Number(tokensArg);
const PASSES = Number(passesArg);
const ISSUER = 'https://idp.bench.test/oauth2/default';
const AUDIENCE = 'api://bench';
const CLIENT = 'bench-client';
const b64 = (v: unknown): string => Buffer.from(JSON.stringify(v)).toString('base64url');

/** Keys and tokens, from FIXTURE when that file exists (repeatable instruction counts), else made now (and saved there). */
function fixture(): { jwk: Record<string, unknown>; pem: string; now: number; tokens: string[] } {
  const file = process.env.FIXTURE;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { jwk: Record<string, unknown>; pem: string; now: number; tokens: string[] };
  const { privateKey, publicKey } = alg === 'RS256' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: `${alg}-key`, use: 'sig', alg };
  const now = Math.floor(Date.now() / 1000);
  const header = b64({ alg, kid: jwk.kid, typ: 'at+jwt' });
  const tokens = Array.from({ length: TOKENS }, (_, i) => {
    const input = `${header}.${b64({ iss: ISSUER, aud: AUDIENCE, sub: CLIENT, client_id: CLIENT, scope: 'orders:read orders:write', jti: `jti-${alg}-${i}`, iat: now, exp: now + 3600 })}`;
    const sig = alg === 'RS256' ? sign('sha256', Buffer.from(input), privateKey) : sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
    return `${input}.${sig.toString('base64url')}`;
  });
  const made = { jwk, pem: publicKey.export({ format: 'pem', type: 'spki' }).toString(), now, tokens };
  if (file) writeFileSync(file, JSON.stringify(made));
  return made;
}
const { jwk, pem, now, tokens: stored } = fixture();
// flat copies, as tokens read from a request header are
const tokens = stored.slice(0, TOKENS).map((t) => Buffer.from(t, 'latin1').toString('latin1'));
const profile: ValidationProfile = {
  name: 'bench',
  clientId: CLIENT,
  issuer: ISSUER,
  audiences: [AUDIENCE],
  jwksUrl: 'https://idp.bench.test/oauth2/default/v1/keys',
  issuerKind: 'generic',
  machineFlow: { enabled: true, systemUserClaim: 'client_id', systemUserRole: 'Server Admin' },
  userFlow: { enabled: false },
};
const body = JSON.stringify({ keys: [jwk] });
async function validator(): Promise<TokenValidator> {
  // the clock the tokens were made at: a stored fixture stays valid
  const v = new TokenValidator([profile], { cacheSize: Number(process.env.CACHE_SIZE ?? 1000), clock: () => now * 1000 + 1000, fetch: async () => new Response(body, { headers: { 'content-type': 'application/json' } }) });
  await v.warm();
  return v;
}
const keyObject = createPublicKey({ key: jwk as never, format: 'jwk' });
const keyInput = alg === 'ES256' ? { key: keyObject, dsaEncoding: 'ieee-p1363' as const } : keyObject;
const prepared = tokens.map((t) => {
  const dot = t.lastIndexOf('.');
  return { data: Buffer.from(t.slice(0, dot)), sig: Buffer.from(t.slice(dot + 1), 'base64url') };
});
const fast = createVerifier({ key: pem, algorithms: [alg as 'RS256' | 'ES256'], allowedIss: ISSUER, allowedAud: AUDIENCE, cache: false, clockTimestamp: now * 1000 + 1000 });

async function main(): Promise<void> {
  let ns = 0n;
  for (let p = 0; p < PASSES; p++) {
    const v = mode === 'validator' ? await validator() : undefined;
    if (mode === 'setup') continue;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < TOKENS; i++) {
      const r: unknown = mode === 'raw' ? verify('sha256', prepared[i]!.data, keyInput, prepared[i]!.sig) : mode === 'fastjwt' ? fast(tokens[i]!) : v!.validate(tokens[i]!);
      if (r instanceof Promise) await r;
      else if (r === false) throw new Error('rejected');
    }
    ns += process.hrtime.bigint() - t0;
  }
  if (mode !== 'setup') console.log(`${mode} ${alg}: ${(Number(ns) / (TOKENS * PASSES)).toFixed(0)} ns per token`);
}
void main();

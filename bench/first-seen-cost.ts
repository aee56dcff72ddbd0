/**
 * Per-token cost of one contender on first-seen tokens, for profilers and instruction counters:
 *
 *   node --import tsx bench/first-seen-cost.ts MODE [ALG] [TOKENS] [PASSES]
 *   valgrind --tool=callgrind node --import tsx bench/first-seen-cost.ts MODE RS256 2000 1
 *   node --cpu-prof --import tsx bench/first-seen-cost.ts validator RS256 2000 40
 *
 * MODE: raw (crypto.verify on bytes prepared in advance), validator (validate(), awaited, one
 * validator, default cache), fastjwt (fast-jwt, cache off), setup (everything but the loop).
 * Pass p validates tokens [p * TOKENS, (p + 1) * TOKENS): every token is first-seen. With
 * FIXTURE=file, keys and tokens are read from (or first written to) that file and the clocks are
 * set to the time the tokens were made, so that instruction counts repeat: count PASSES 1 and 3
 * and divide the difference by 2 * TOKENS. Prints ns per token (wall clock).
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
  if (file && existsSync(file))
    return JSON.parse(readFileSync(file, 'utf8')) as { jwk: Record<string, unknown>; pem: string; now: number; tokens: string[] };
  const { privateKey, publicKey } =
    alg === 'RS256' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const jwk = { ...publicKey.export({ format: 'jwk' }), kid: `${alg}-key`, use: 'sig', alg };
  const now = Math.floor(Date.now() / 1000);
  const header = b64({ alg, kid: jwk.kid, typ: 'at+jwt' });
  const tokens = Array.from({ length: Math.max(TOKENS, 4000) }, (_, i) => {
    const input = `${header}.${b64({ iss: ISSUER, aud: AUDIENCE, sub: CLIENT, client_id: CLIENT, scope: 'orders:read orders:write', jti: `jti-${alg}-${i}`, iat: now, exp: now + 3600 })}`;
    const sig =
      alg === 'RS256'
        ? sign('sha256', Buffer.from(input), privateKey)
        : sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' });
    return `${input}.${sig.toString('base64url')}`;
  });
  const made = { jwk, pem: publicKey.export({ format: 'pem', type: 'spki' }).toString(), now, tokens };
  if (file) writeFileSync(file, JSON.stringify(made));
  return made;
}
const { jwk, pem, now, tokens: stored } = fixture();
// flat copies, as tokens read from a request header are
const tokens = stored.map((t) => Buffer.from(t, 'latin1').toString('latin1'));
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
  const v = new TokenValidator([profile], {
    cacheSize: Number(process.env.CACHE_SIZE ?? 1000),
    clock: () => now * 1000 + 1000,
    fetch: async () => new Response(body, { headers: { 'content-type': 'application/json' } }),
  });
  await v.warm();
  return v;
}
const keyObject = createPublicKey({ key: jwk as never, format: 'jwk' });
const keyInput = alg === 'ES256' ? { key: keyObject, dsaEncoding: 'ieee-p1363' as const } : keyObject;
const prepared = tokens.map((t) => {
  const dot = t.lastIndexOf('.');
  return { data: Buffer.from(t.slice(0, dot)), sig: Buffer.from(t.slice(dot + 1), 'base64url') };
});
const fast = createVerifier({
  key: pem,
  algorithms: [alg as 'RS256' | 'ES256'],
  allowedIss: ISSUER,
  allowedAud: AUDIENCE,
  cache: false,
  clockTimestamp: now * 1000 + 1000,
});

async function main(): Promise<void> {
  if (TOKENS * PASSES > tokens.length) throw new Error(`the fixture holds ${tokens.length} tokens`);
  // one validator for every pass (creating one compiles the profile schema): each pass has its own tokens
  const v = mode === 'validator' ? await validator() : undefined;
  let ns = 0n;
  for (let p = 0; p < PASSES && mode !== 'setup'; p++) {
    const t0 = process.hrtime.bigint();
    for (let i = p * TOKENS; i < (p + 1) * TOKENS; i++) {
      const r: unknown =
        mode === 'raw'
          ? verify('sha256', prepared[i]!.data, keyInput, prepared[i]!.sig)
          : mode === 'fastjwt'
            ? fast(tokens[i]!)
            : v!.validate(tokens[i]!);
      if (r instanceof Promise) await r;
      else if (r === false) throw new Error('rejected');
    }
    ns += process.hrtime.bigint() - t0;
  }
  if (mode !== 'setup') console.log(`${mode} ${alg}: ${(Number(ns) / (TOKENS * PASSES)).toFixed(0)} ns per token`);
}
void main();

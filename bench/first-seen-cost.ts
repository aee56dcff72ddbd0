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
import { createPublicKey, verify } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

import { createVerifier } from 'fast-jwt';

import { TokenValidator } from '../lib/validator';
import { AUDIENCE, BenchAlgorithm, benchProfile, ISSUER, mintTokens, runMain } from './support';

const [mode = 'validator', alg = 'RS256', tokensArg = '2000', passesArg = '1'] = process.argv.slice(2);
const TOKENS = Number(tokensArg);
const PASSES = Number(passesArg);

interface Fixture {
  readonly jwk: Record<string, unknown>;
  readonly pem: string;
  readonly now: number;
  readonly tokens: string[];
}

/** Keys and tokens, from FIXTURE when that file exists (repeatable instruction counts), else made now (and saved there). */
function fixture(): Fixture {
  const file = process.env.FIXTURE;
  if (file && existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as Fixture;
  const { jwk, pem, now, tokens } = mintTokens(alg as BenchAlgorithm, Math.max(TOKENS, 4000));
  const made = { jwk, pem, now, tokens };
  if (file) writeFileSync(file, JSON.stringify(made));
  return made;
}
const { jwk, pem, now, tokens: stored } = fixture();
// flat copies, as tokens read from a request header are (a stored fixture is read back as one string)
const tokens = stored.map((t) => Buffer.from(t, 'latin1').toString('latin1'));
const profile = benchProfile();
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
runMain(main);

/**
 * What each part of the validator's per-token work costs on its own, and what it costs between
 * signature checks, as it runs in `validate()`:
 *
 *   node --import tsx bench/first-seen-parts.ts [RS256|ES256] [ROUNDS]
 *
 * For each part, the same 2,000 first-seen tokens run through it alone, then through it followed
 * by a `createVerify` check of the token's signature (bytes prepared in advance), rounds
 * interleaved. "extra" is (part + signature) - (signature alone) - (part alone): the time the
 * part costs only because a signature check runs between two of its calls. Parts that call into
 * large native code (V8's JSON parser, Node's base64 decoder, `Object.freeze`, the promise
 * machinery) show it; plain JavaScript (the header comparison, the claim rules) does not.
 * Prints medians over rounds, in ns per token, and the machine's load average.
 */
import { createVerify, KeyObject } from 'node:crypto';
import * as os from 'node:os';

import { checkClaims } from '../lib/validator/claim-rules';
import { mapToken } from '../lib/validator/classify';
import { decodeJsonSegment, splitCompact } from '../lib/validator/compact';
import { compileProfile, ProfileIndex } from '../lib/validator/compiled-profile';
import { HeaderCache } from '../lib/validator/header-rules';
import { buildPrincipal, scopeClaimWellFormed } from '../lib/validator/principal';
import { BenchAlgorithm, benchProfile, CLIENT, loadAverage, mintTokens, runMain } from './support';

const alg = (process.argv[2] ?? 'RS256') as BenchAlgorithm;
const ROUNDS = Number(process.argv[3] ?? 12);
const TOKENS = 2000;

const { publicKey, now, tokens } = mintTokens(alg, TOKENS);
const key: KeyObject | { key: KeyObject; dsaEncoding: 'ieee-p1363' } =
  alg === 'ES256' ? { key: publicKey, dsaEncoding: 'ieee-p1363' } : publicKey;
const prepared = tokens.map((t) => {
  const dot = t.lastIndexOf('.');
  return { data: Buffer.from(t.slice(0, dot)), sig: Buffer.from(t.slice(dot + 1), 'base64url') };
});
const segments = tokens.map((t) => t.split('.')[1]!);
const payloads = segments.map((s) => Buffer.from(s, 'base64url').toString('latin1'));
const header = tokens[0]!.slice(0, tokens[0]!.indexOf('.'));

const profile = benchProfile();
const compiled = compileProfile(profile, () => ({}) as never);
const index = new ProfileIndex([compiled]);
const headers = new HeaderCache();
const checkedHeader = headers.check(tokens[0]!, tokens[0]!.indexOf('.'));

let sink = 0;
/** Fresh (unfrozen) claims for the parts that need parsed claims, made untimed before each run. */
let claims: Array<Record<string, unknown>> = [];

const parts: Record<string, (i: number) => unknown> = {
  'nothing (loop)': () => undefined,
  'compact form + signature decode': (i) => (sink += splitCompact(tokens[i]!).dot2),
  'header (cached)': (i) => (sink += headers.check(tokens[i]!, header.length).alg.length),
  'payload: base64url + JSON.parse': (i) => (sink += decodeJsonSegment(segments[i]!, 'payload').exp as number),
  'JSON.parse alone': (i) => (sink += JSON.parse(payloads[i]!).exp as number),
  'base64url decode alone': (i) => (sink += Buffer.from(segments[i]!, 'base64url').length),
  'profile, claim rules, classification': (i) => {
    const c = claims[i]!;
    const p = index.select(c);
    sink += checkClaims(c, checkedHeader, p, now, 86400) + mapToken(c, p).username.length + (scopeClaimWellFormed(c) ? 1 : 0);
  },
  'principal + freezing': (i) => (sink += buildPrincipal(profile, { kind: 'system', username: CLIENT }, claims[i]!, ['a']).username.length),
  'a resolved promise, awaited': async () => {
    sink += await Promise.resolve(1);
  },
};

async function run(part: (i: number) => unknown, withSignature: boolean): Promise<number> {
  claims = payloads.map((p) => JSON.parse(p) as Record<string, unknown>);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < TOKENS; i++) {
    const r = part(i);
    if (r instanceof Promise) await r;
    if (withSignature && !createVerify('sha256').update(prepared[i]!.data).verify(key, prepared[i]!.sig))
      throw new Error('invalid signature');
  }
  return Number(process.hrtime.bigint() - t0) / TOKENS;
}

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${loadAverage()}`);
  const names = Object.keys(parts);
  const alone = new Map<string, number[]>(names.map((n) => [n, []]));
  const paired = new Map<string, number[]>(names.map((n) => [n, []]));
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(k + r) % names.length]!;
      const a = await run(parts[name]!, false);
      const b = await run(parts[name]!, true);
      // the first two rounds warm the compiler up
      if (r >= 2) {
        alone.get(name)!.push(a);
        paired.get(name)!.push(b);
      }
    }
  }
  const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  const signature = median(paired.get('nothing (loop)')!) - median(alone.get('nothing (loop)')!);
  console.log(
    `\n${alg}: signature check alone (createVerify on prepared bytes) ${signature.toFixed(0)} ns per token; ${ROUNDS - 2} rounds of ${TOKENS} tokens`,
  );
  console.log(`${'part'.padEnd(40)} ${'alone'.padStart(8)} ${'extra'.padStart(8)}  (ns per token)`);
  for (const name of names.slice(1)) {
    const a = median(alone.get(name)!);
    const extra = median(paired.get(name)!) - median(paired.get('nothing (loop)')!) - a;
    console.log(`${name.padEnd(40)} ${a.toFixed(0).padStart(8)} ${extra.toFixed(0).padStart(8)}`);
  }
  console.log(`load average after ${loadAverage()}`);
}

runMain(main);

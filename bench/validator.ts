/**
 * Validator benchmark: one process, the same tokens for every contender (RS256 2048 and ES256).
 *
 *   npm run bench:validator
 *
 * Contenders: raw node:crypto verify of the signature alone (buffers prepared in advance: the
 * limit), the floor (what any verifier must do with a token: split it, decode and parse the
 * payload, decode the signature, verify; no check at all), jose jwtVerify with a local JWK Set,
 * aws-jwt-verify (verifySync with cached JWKS), fast-jwt (cache off; cache on with repeat
 * tokens), and this validator with first-seen tokens (a fresh validator per round, keys
 * preloaded) and repeat tokens.
 * Rounds interleave the contenders in rotating order so that machine noise hits all of them;
 * throughput is the sum over rounds; p50/p99 come from per-operation timings.
 * Finally 1,000 concurrent cold validations run against a loopback JWKS endpoint.
 * The targets are printed with PASS / FAIL and the machine's load average; `bench/http.ts`
 * (run next by `npm run bench:validator`) measures the same validator behind Express.
 */
import { createVerify, KeyObject, verify } from 'node:crypto';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';

import { JwtVerifier } from 'aws-jwt-verify';
import { createVerifier } from 'fast-jwt';
import { createLocalJWKSet, jwtVerify } from 'jose';

import { TokenValidator } from '../lib/validator';
import { AUDIENCE, benchProfile, ISSUER, JWKS_URL, loadAverage, MintedTokens, mintTokens, runMain } from './support';

const TOKENS = Number(process.env.BENCH_TOKENS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10);
const REPEAT_PASSES = 25;

type Suite = MintedTokens;

const profile = benchProfile();

async function warmValidator(suite: Suite, cacheSize: number): Promise<TokenValidator> {
  const body = JSON.stringify({ keys: [suite.jwk] });
  const v = new TokenValidator([profile], {
    cacheSize,
    fetch: async () => new Response(body, { headers: { 'content-type': 'application/json' } }),
  });
  await v.warm();
  return v;
}

/** One contender: `prepare` runs untimed before each round, `op` is timed per token. */
interface Contender {
  readonly name: string;
  readonly repeat?: boolean;
  prepare?(): Promise<void>;
  op(i: number): unknown;
}

interface Stats {
  ops: number;
  /** Wall time of the timed operations. */
  ns: number;
  /** CPU time (user + system) of the rounds, robust to other processes on a shared machine. */
  cpuUs: number;
  samples: number[];
  /** Throughput of each round, to compare with raw round by round. */
  rounds: number[];
}

async function contenders(suite: Suite): Promise<Contender[]> {
  const { tokens, alg } = suite;
  const hash = 'sha256';
  const keyInput = alg === 'ES256' ? { key: suite.publicKey, dsaEncoding: 'ieee-p1363' as const } : suite.publicKey;
  const prepared = tokens.map((t) => {
    const dot = t.lastIndexOf('.');
    return { data: Buffer.from(t.slice(0, dot)), sig: Buffer.from(t.slice(dot + 1), 'base64url') };
  });
  const localSet = createLocalJWKSet({ keys: [suite.jwk] as never });
  const aws = JwtVerifier.create({ issuer: ISSUER, audience: AUDIENCE, jwksUri: JWKS_URL });
  aws.cacheJwks({ keys: [suite.jwk] } as never);
  const fastOff = createVerifier({ key: suite.pem, algorithms: [alg], allowedIss: ISSUER, allowedAud: AUDIENCE, cache: false });
  const fastOn = createVerifier({ key: suite.pem, algorithms: [alg], allowedIss: ISSUER, allowedAud: AUDIENCE, cache: TOKENS * 2 });
  let firstSeen = await warmValidator(suite, 1000);
  const repeat = await warmValidator(suite, TOKENS * 2);
  for (const t of tokens) {
    fastOn(t);
    await repeat.validate(t);
  }
  // every contender accepts every token
  for (const t of tokens.slice(0, 20)) {
    await jwtVerify(t, localSet, { issuer: ISSUER, audience: AUDIENCE });
    aws.verifySync(t);
    fastOff(t);
    await firstSeen.validate(t);
  }
  return [
    { name: 'raw node:crypto verify', op: (i) => verify(hash, prepared[i]!.data, keyInput, prepared[i]!.sig) },
    { name: 'floor: decode + verify', op: (i) => floor(tokens[i]!, keyInput) },
    {
      name: 'jose jwtVerify (local set)',
      op: (i) => jwtVerify(tokens[i]!, localSet, { issuer: ISSUER, audience: AUDIENCE, algorithms: [alg] }),
    },
    { name: 'aws-jwt-verify verifySync', op: (i) => aws.verifySync(tokens[i]!) },
    { name: 'fast-jwt (cache off)', op: (i) => fastOff(tokens[i]!) },
    {
      name: 'validator first-seen',
      prepare: async () => {
        firstSeen = await warmValidator(suite, 1000);
      },
      op: (i) => firstSeen.validate(tokens[i]!),
    },
    { name: 'fast-jwt (cache on, repeat)', repeat: true, op: (i) => fastOn(tokens[i]!) },
    { name: 'validator repeat', repeat: true, op: (i) => repeat.validate(tokens[i]!) },
  ];
}

/**
 * The least a verifier does with a token, and no more: split at the dots, decode and parse the
 * payload, decode the signature, verify it (`createVerify`, the faster call in this workload).
 * No strictness, no claim, no profile, no principal, no promise.
 */
function floor(token: string, key: KeyObject | { key: KeyObject; dsaEncoding: 'ieee-p1363' }): unknown {
  const dot1 = token.indexOf('.');
  const dot2 = token.indexOf('.', dot1 + 1);
  const claims: unknown = JSON.parse(Buffer.from(token.slice(dot1 + 1, dot2), 'base64url').toString('latin1'));
  const signature = Buffer.from(token.slice(dot2 + 1), 'base64url');
  if (!createVerify('sha256').update(token.slice(0, dot2), 'latin1').verify(key, signature)) throw new Error('floor: invalid signature');
  return claims;
}

async function runRound(c: Contender, stats: Stats): Promise<void> {
  await c.prepare?.();
  const passes = c.repeat ? REPEAT_PASSES : 1;
  const cpu = process.cpuUsage();
  const before = { ops: stats.ops, ns: stats.ns };
  for (let p = 0; p < passes; p++) {
    for (let i = 0; i < TOKENS; i++) {
      const t0 = process.hrtime.bigint();
      const r = c.op(i);
      if (r instanceof Promise) await r;
      const dt = Number(process.hrtime.bigint() - t0);
      stats.ns += dt;
      stats.ops++;
      if ((i & 7) === 0) stats.samples.push(dt);
    }
  }
  const used = process.cpuUsage(cpu);
  stats.cpuUs += used.user + used.system;
  stats.rounds.push((stats.ops - before.ops) / ((stats.ns - before.ns) / 1e9));
}

const pct = (sorted: number[], q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
const us = (ns: number): string => `${(ns / 1000).toFixed(1)} µs`;

async function benchSuite(suite: Suite): Promise<Map<string, Stats>> {
  const list = await contenders(suite);
  const stats = new Map(list.map((c) => [c.name, { ops: 0, ns: 0, cpuUs: 0, samples: [] as number[], rounds: [] as number[] }]));
  // warm-up round (JIT), not counted
  for (const c of list) await runRound(c, { ops: 0, ns: 0, cpuUs: 0, samples: [], rounds: [] });
  for (let r = 0; r < ROUNDS; r++) {
    for (let k = 0; k < list.length; k++) {
      const c = list[(k + r) % list.length]!;
      await runRound(c, stats.get(c.name)!);
    }
  }
  const raw = stats.get('raw node:crypto verify')!;
  const rawOps = raw.ops / (raw.ns / 1e9);
  const rawCpu = raw.ops / (raw.cpuUs / 1e6);
  console.log(`\n${suite.alg} (${suite.alg === 'RS256' ? 'RSA 2048' : 'P-256'}), ${TOKENS} tokens, ${ROUNDS} interleaved rounds`);
  console.log(
    `${'contender'.padEnd(30)} ${'ops/s'.padStart(10)} ${'x raw'.padStart(7)} ${'p50'.padStart(10)} ${'p99'.padStart(10)} ${'cpu ops/s'.padStart(10)} ${'x raw'.padStart(7)}`,
  );
  for (const c of list) {
    const s = stats.get(c.name)!;
    const ops = s.ops / (s.ns / 1e9);
    const cpuOps = s.ops / (s.cpuUs / 1e6);
    const sorted = [...s.samples].sort((a, b) => a - b);
    console.log(
      `${c.name.padEnd(30)} ${Math.round(ops).toString().padStart(10)} ${(ops / rawOps).toFixed(2).padStart(7)} ${us(pct(sorted, 0.5)).padStart(10)} ${us(pct(sorted, 0.99)).padStart(10)}` +
        ` ${Math.round(cpuOps).toString().padStart(10)} ${(cpuOps / rawCpu).toFixed(2).padStart(7)}`,
    );
  }
  return stats;
}

async function coldStorm(suite: Suite): Promise<void> {
  let hits = 0;
  const server = http.createServer((_req, res) => {
    hits++;
    setTimeout(() => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: [suite.jwk] }));
    }, 50);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/keys`;
    const v = new TokenValidator([{ ...profile, jwksUrl: url }]);
    const started = Date.now();
    const results = await Promise.allSettled(suite.tokens.slice(0, 1000).map((t) => v.validate(t)));
    const accepted = results.filter((r) => r.status === 'fulfilled').length;
    console.log(
      `\n1,000 concurrent cold validations (${suite.alg}): ${accepted} accepted, JWKS fetches: ${hits} (${Date.now() - started} ms)`,
    );
    if (hits !== 1 || accepted !== 1000) process.exitCode = 1;
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

/** Per-round ratios of `name` to raw verify, sorted. */
function perRound(stats: Map<string, Stats>, name: string): number[] {
  const raw = stats.get('raw node:crypto verify')!.rounds;
  return stats
    .get(name)!
    .rounds.map((r, i) => r / raw[i]!)
    .sort((a, b) => a - b);
}

const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');

async function main(): Promise<void> {
  const started = Date.now();
  console.log(`node ${process.version}, ${process.arch}, ${os.cpus().length} cores, load average ${loadAverage()}`);
  const rs = mintTokens('RS256', TOKENS);
  const es = mintTokens('ES256', TOKENS);
  const rsStats = await benchSuite(rs);
  const esStats = await benchSuite(es);
  await coldStorm(rs);
  const rate = (name: string): number => rsStats.get(name)!.ops / (rsStats.get(name)!.ns / 1e9);
  const raw = rate('raw node:crypto verify');
  const summary = (stats: Map<string, Stats>, name: string): string => {
    const r = perRound(stats, name);
    return `per round min ${r[0]!.toFixed(2)} median ${pct(r, 0.5).toFixed(2)} max ${r[r.length - 1]!.toFixed(2)}`;
  };
  const rsFirst = pct(perRound(rsStats, 'validator first-seen'), 0.5);
  const rsFast = pct(perRound(rsStats, 'fast-jwt (cache off)'), 0.5);
  const esFirst = pct(perRound(esStats, 'validator first-seen'), 0.5);
  const rsFloor = pct(perRound(rsStats, 'floor: decode + verify'), 0.5);
  const esFloor = pct(perRound(esStats, 'floor: decode + verify'), 0.5);
  const repeat = rate('validator repeat') / raw;
  console.log('\nTargets (per-round medians of the ratio to raw verify, in this run):');
  console.log(
    `  RS256 first-seen >= 0.85x raw: ${rsFirst.toFixed(2)}x ${verdict(rsFirst >= 0.85)} (${summary(rsStats, 'validator first-seen')})`,
  );
  console.log(
    `  RS256 first-seen above fast-jwt (cache off): ${rsFirst.toFixed(2)}x vs ${rsFast.toFixed(2)}x ${verdict(rsFirst > rsFast)} (fast-jwt ${summary(rsStats, 'fast-jwt (cache off)')})`,
  );
  console.log(
    `  ES256 first-seen >= 0.92x raw: ${esFirst.toFixed(2)}x ${verdict(esFirst >= 0.92)} (${summary(esStats, 'validator first-seen')})`,
  );
  console.log(
    `  (the floor, decode + verify without any check: RS256 ${rsFloor.toFixed(2)}x, ES256 ${esFloor.toFixed(2)}x; ` +
      `the validator's checks, profile, principal and promise cost ${(100 * (1 / rsFirst - 1 / rsFloor)).toFixed(0)} % (RS256) and ` +
      `${(100 * (1 / esFirst - 1 / esFloor)).toFixed(0)} % (ES256) of a raw verify beyond it)`,
  );
  console.log(
    `  RS256 repeat >= 50x raw: ${repeat.toFixed(1)}x ${verdict(repeat >= 50)}; ${(rate('validator repeat') / rate('fast-jwt (cache on, repeat)')).toFixed(2)}x fast-jwt with its cache`,
  );
  console.log(`\ntotal ${((Date.now() - started) / 1000).toFixed(1)} s, load average after ${loadAverage()}`);
}

runMain(main);

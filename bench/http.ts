/**
 * HTTP benchmark: an Express API protected by this validator's middleware, beside the same API
 * protected by jose (`createRemoteJWKSet` + `jwtVerify`), both against a loopback JWKS.
 *
 *   npm run bench:http
 *
 * Each API runs alone in a child process (so that the load client does not share its event
 * loop); the load client in this process keeps 1, 16 or 64 requests in flight over keep-alive
 * connections to 127.0.0.1, for BENCH_HTTP_SECONDS (default 5) per cell, with either distinct
 * valid RS256 tokens round-robin (more than the validator's cache holds, so every one is
 * first-seen) or one repeated token. Cells alternate between the two APIs, BENCH_HTTP_ROUNDS
 * times (default 2), so that machine noise hits both; figures are per-cell medians over rounds.
 * Only loopback sockets; every server and child is stopped at the end.
 */
import { type ChildProcess, fork } from 'node:child_process';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';

import express from 'express';
import { createRemoteJWKSet, jwtVerify } from 'jose';

import { expressMiddleware, TokenValidator } from '../lib/validator';
import { AUDIENCE, benchProfile, ISSUER, loadAverage, mintTokens, runMain } from './support';

const SECONDS = Number(process.env.BENCH_HTTP_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_HTTP_ROUNDS ?? 2);
const DISTINCT = Number(process.env.BENCH_HTTP_TOKENS ?? 4000);
const IN_FLIGHT = [1, 16, 64] as const;

type Api = 'validator' | 'jose';

/** The API under test, in a child process: `--serve <api> <jwksUrl>`; reports its port over IPC. */
async function serve(api: Api, jwksUrl: string): Promise<void> {
  const app = express();
  if (api === 'validator') {
    const validator = new TokenValidator([benchProfile(jwksUrl)]);
    await validator.warm();
    app.use(expressMiddleware(validator));
  } else {
    const jwks = createRemoteJWKSet(new URL(jwksUrl));
    app.use((req, res, next) => {
      const header = req.headers.authorization ?? '';
      jwtVerify(header.slice('Bearer '.length), jwks, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['RS256'] }).then(
        (result) => {
          (req as { principal?: unknown }).principal = result.payload;
          next();
        },
        () => res.status(401).end(),
      );
    });
  }
  app.get('/orders', (_req, res) => {
    res.json({ orders: [] });
  });
  const server = app.listen(0, '127.0.0.1', () => process.send!({ port: (server.address() as AddressInfo).port }));
  process.on('message', () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}

async function startApi(api: Api, jwksUrl: string): Promise<{ child: ChildProcess; port: number }> {
  const child = fork(__filename, ['--serve', api, jwksUrl], { execArgv: process.execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('message', (m: { port: number }) => resolve(m.port));
    child.once('exit', (code) => reject(new Error(`${api} server exited (${code})`)));
  });
  return { child, port };
}

async function stopApi(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send('stop');
  await exited;
}

interface Cell {
  readonly rps: number;
  readonly p50: number;
  readonly p99: number;
  readonly failed: number;
}

/** Keeps `inFlight` requests going for SECONDS; tokens round-robin. */
async function load(port: number, tokens: readonly string[], inFlight: number): Promise<Cell> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: inFlight });
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  let done = 0;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(SECONDS * 1e9);
  const one = (token: string): Promise<number> =>
    new Promise((resolve, reject) => {
      const req = http.get({ host: '127.0.0.1', port, path: '/orders', agent, headers: { authorization: `Bearer ${token}` } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
    });
  const worker = async (): Promise<void> => {
    while (process.hrtime.bigint() < deadline) {
      const token = tokens[next++ % tokens.length]!;
      const t0 = process.hrtime.bigint();
      const status = await one(token);
      latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      if (status === 200) done++;
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const q = (f: number): number => latencies[Math.min(latencies.length - 1, Math.floor(f * latencies.length))] ?? NaN;
  return { rps: done / seconds, p50: q(0.5), p99: q(0.99), failed };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main(): Promise<void> {
  console.log(`node ${process.version}, ${os.cpus().length} cores, load average ${loadAverage()}`);
  const { jwk, tokens: distinct } = mintTokens('RS256', DISTINCT, { scope: 'orders:read', jtiPrefix: 'http-' });
  const jwksServer = http.createServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const jwksUrl = `http://127.0.0.1:${(jwksServer.address() as AddressInfo).port}/keys`;
  const apis: Api[] = ['validator', 'jose'];
  const servers = new Map<Api, { child: ChildProcess; port: number }>();
  for (const api of apis) servers.set(api, await startApi(api, jwksUrl));
  const results = new Map<string, Cell[]>();
  try {
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of ['distinct', 'repeated'] as const) {
        const tokens = mode === 'distinct' ? distinct : [distinct[0]!];
        for (const inFlight of IN_FLIGHT) {
          const order = round % 2 === 0 ? apis : [...apis].reverse();
          for (const api of order) {
            const cell = await load(servers.get(api)!.port, tokens, inFlight);
            const key = `${api}|${mode}|${inFlight}`;
            results.set(key, [...(results.get(key) ?? []), cell]);
          }
        }
      }
    }
  } finally {
    for (const { child } of servers.values()) await stopApi(child);
    jwksServer.closeAllConnections();
    await new Promise((resolve) => jwksServer.close(resolve));
  }
  const cell = (api: Api, mode: string, inFlight: number): Cell => {
    const cells = results.get(`${api}|${mode}|${inFlight}`)!;
    return {
      rps: median(cells.map((c) => c.rps)),
      p50: median(cells.map((c) => c.p50)),
      p99: median(cells.map((c) => c.p99)),
      failed: cells.reduce((n, c) => n + c.failed, 0),
    };
  };
  console.log(`\n${ROUNDS} rounds of ${SECONDS} s per cell; ${DISTINCT} distinct RS256 tokens; medians over rounds`);
  console.log(
    `${'tokens'.padEnd(9)} ${'in flight'.padStart(9)} ${'validator req/s'.padStart(16)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}   ${'jose req/s'.padStart(10)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}   ${'ratio'.padStart(5)}`,
  );
  let failures = 0;
  for (const mode of ['distinct', 'repeated']) {
    for (const inFlight of IN_FLIGHT) {
      const v = cell('validator', mode, inFlight);
      const j = cell('jose', mode, inFlight);
      failures += v.failed + j.failed;
      console.log(
        `${mode.padEnd(9)} ${String(inFlight).padStart(9)} ${Math.round(v.rps).toString().padStart(16)} ${v.p50.toFixed(2).padStart(7)} ${v.p99.toFixed(2).padStart(7)}   ` +
          `${Math.round(j.rps).toString().padStart(10)} ${j.p50.toFixed(2).padStart(7)} ${j.p99.toFixed(2).padStart(7)}   ${(v.rps / j.rps).toFixed(2).padStart(5)}`,
      );
    }
  }
  const verdict = (ok: boolean): string => (ok ? 'PASS' : 'FAIL');
  console.log('\nTargets:');
  for (const inFlight of [16, 64]) {
    const v = cell('validator', 'distinct', inFlight);
    const j = cell('jose', 'distinct', inFlight);
    console.log(
      `  distinct tokens, ${inFlight} in flight: >= 1.2x jose throughput: ${(v.rps / j.rps).toFixed(2)}x ${verdict(v.rps >= 1.2 * j.rps)}; p99 <= jose: ${v.p99.toFixed(2)} vs ${j.p99.toFixed(2)} ms ${verdict(v.p99 <= j.p99)}`,
    );
  }
  for (const inFlight of IN_FLIGHT) {
    const v = cell('validator', 'repeated', inFlight);
    const j = cell('jose', 'repeated', inFlight);
    console.log(`  one repeated token, ${inFlight} in flight: ahead of jose: ${(v.rps / j.rps).toFixed(2)}x ${verdict(v.rps > j.rps)}`);
  }
  if (failures > 0) {
    console.log(`\n${failures} requests were not answered 200`);
    process.exitCode = 1;
  }
  console.log(`load average after: ${loadAverage()}`);
}

if (process.argv[2] === '--serve') {
  serve(process.argv[3] as Api, process.argv[4]!).catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
} else {
  runMain(main);
}
